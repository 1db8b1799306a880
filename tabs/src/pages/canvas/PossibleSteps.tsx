import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { CareerPathOption, koerskaart, LearningOption } from '@koers/domain';
import { useCareerOptions } from '../../data/careerOptions';
import { useI18n } from '../../i18n/I18nContext';
import { useLearningCost } from '../catalogue/learningCost';

const useStyles = makeStyles({
  root: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge },
  header: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', textAlign: 'start' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, paddingBlockEnd: tokens.spacingVerticalS },
  paths: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  path: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingBlockEnd: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
  learning: { listStyleType: 'none', margin: 0, paddingInlineStart: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  itemText: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1, flexBasis: '10rem' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Learning offer shown per path: what a conversation can take in. */
const MAX_LEARNING_PER_PATH = 3;

/** The learning offer for a path's gaps, each item once, in the order the gaps come (largest first). */
export function pathLearning(path: CareerPathOption): LearningOption[] {
  const seen = new Set<string>();
  return path.gaps
    .flatMap((gap) => gap.learning)
    .filter((item) => !seen.has(item.id) && seen.add(item.id) !== undefined)
    .slice(0, MAX_LEARNING_PER_PATH);
}

function sameLink(a: koerskaart.CardLink | undefined, b: koerskaart.CardLink): boolean {
  return a !== undefined && a.targetFunctionId === b.targetFunctionId && a.learningItemId === b.learningItemId;
}

interface PossibleStepsProps {
  employeeId: string;
  conversationId: string;
  /** The cards on the board: a step already made into a card says so, for both people at once. */
  cards: readonly koerskaart.CardMeta[];
  locked: boolean;
  onAdd: (text: string, link: koerskaart.CardLink) => void;
}

/**
 * "Mogelijke stappen" in phase 2 (Voorstellen): the paths from the employee's function and the
 * learning offer for what each path still asks, from the career use case. One click makes a card
 * under "Mogelijkheden" that remembers the path and the course, so the POP goal drafted from it
 * names them.
 */
export function PossibleSteps({ employeeId, conversationId, cards, locked, onAdd }: PossibleStepsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const cost = useLearningCost();
  const options = useCareerOptions(employeeId, conversationId);
  const data = options.data;
  // Nothing to offer (no function linked, no paths, or no catalogue): the board stays as it was.
  if (!data || data.function === null || data.paths.length === 0) return null;
  const onBoard = (link: koerskaart.CardLink) => cards.some((card) => !card.deleted && sameLink(card.link, link));

  const makeButton = (label: string, text: string, link: koerskaart.CardLink, testId: string) =>
    onBoard(link) ? (
      <Badge appearance="tint" color="success" data-testid={`${testId}-on-board`}>
        {t('steps.onBoard')}
      </Badge>
    ) : (
      <Button size="small" appearance="secondary" disabled={locked} aria-label={label} onClick={() => onAdd(text, link)} data-testid={testId}>
        {t('steps.makeCard')}
      </Button>
    );

  return (
    <Accordion collapsible defaultOpenItems={['steps']} className={styles.root} data-testid="possible-steps">
      <AccordionItem value="steps">
        <AccordionHeader expandIconPosition="start">
          <span className={styles.header}>
            <Text weight="semibold">{t('steps.title')}</Text>
            <Text size={200}>{t('steps.intro', { function: data.function.name })}</Text>
          </span>
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <ul className={styles.paths}>
            {data.paths.map((path) => {
              const pathText = t('steps.pathCardText', { kind: path.kind, name: path.function.name });
              const learning = pathLearning(path);
              return (
                <li key={path.function.id} className={styles.path} data-testid="step-path" data-function-id={path.function.id}>
                  <div className={styles.row}>
                    <Text weight="semibold" className={styles.grow}>
                      {path.function.name}
                    </Text>
                    <Badge appearance="outline">{t('career.pathKind', { kind: path.kind })}</Badge>
                    {makeButton(t('steps.makePathCard', { name: path.function.name }), pathText, { targetFunctionId: path.function.id }, 'step-path-card')}
                  </div>
                  {path.gaps.length > 0 && (
                    <Text size={200} className={styles.muted}>
                      {t('steps.stillToLearn', { competences: path.gaps.map((gap) => gap.name).join(', ') })}
                    </Text>
                  )}
                  {learning.length > 0 && (
                    <ul className={styles.learning} aria-label={t('steps.learningFor', { name: path.function.name })}>
                      {learning.map((item) => {
                        const details = [
                          item.provider,
                          item.hours > 0 ? t('career.hours', { hours: item.hours }) : '',
                          item.costForEmployee === 'free-required' ? t('career.costFreeRequired') : cost(item),
                        ].filter((part) => part !== '');
                        return (
                          <li key={item.id} className={styles.item} data-testid="step-learning" data-learning-id={item.id}>
                            <span className={styles.itemText}>
                              <Text>{item.title}</Text>
                              <Text size={200} className={styles.muted}>
                                {details.join(' · ')}
                              </Text>
                            </span>
                            {makeButton(
                              t('steps.makeLearningCard', { title: item.title }),
                              t('steps.learningCardText', { title: item.title, name: path.function.name }),
                              { targetFunctionId: path.function.id, learningItemId: item.id },
                              'step-learning-card',
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
