import type { CareerOptionsResponse, LearningOption } from '@koers/domain';
import { Badge, Card, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { learningKindArgument, useLearningCost } from '../catalogue/learningCost';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  paths: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  path: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  gaps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  learning: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground2 },
});

function LearningLine({ item }: { item: LearningOption }) {
  const { t } = useI18n();
  const cost = useLearningCost();
  const styles = useStyles();
  const title = item.url ? (
    <Link href={item.url} target="_blank" rel="noreferrer">
      {item.title}
    </Link>
  ) : (
    item.title
  );
  const details = [
    t('catalogue.kind', { kind: learningKindArgument(item.kind) }),
    item.provider,
    item.internal ? t('catalogue.internal') : '',
    item.hours > 0 ? t('career.hours', { hours: item.hours }) : '',
    // What the employee pays is nothing either way; say who does, unless the fund pays it all.
    item.costForEmployee === 'free-required' ? t('career.costFreeRequired') : item.netCostEuro > 0 ? `${cost(item)}, ${t('career.costEmployer')}` : cost(item),
  ].filter((part) => part !== '');
  return (
    <li data-testid="career-learning" data-learning-id={item.id}>
      {title} <span className={styles.muted}>· {details.join(' · ')}</span>
    </li>
  );
}

interface CareerPathsProps {
  options: CareerOptionsResponse;
  /** The employee's first name or name, when someone else (the manager) looks. */
  employeeName?: string;
}

/** "Waar kan ik groeien?": the person's function, the paths from it and per path what is still to develop, with the learning offer. */
export function CareerPaths({ options, employeeName }: CareerPathsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const ownView = employeeName === undefined;
  return (
    <section aria-labelledby={headingId} className={styles.root} data-testid="career-paths">
      <Text as="h4" id={headingId} size={500} weight="semibold" block className={styles.heading}>
        {ownView ? t('career.title') : t('career.titleFor', { name: employeeName })}
      </Text>
      {options.function === null ? (
        <MessageBar intent="info" layout="multiline" data-testid="career-no-function">
          <MessageBarBody>
            <MessageBarTitle>{t('career.noFunctionTitle')}</MessageBarTitle>
            {t('career.noFunctionBody')}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <div className={styles.row}>
            <Text weight="semibold" data-testid="career-function">
              {ownView ? t('career.function', { name: options.function.name }) : t('career.functionFor', { person: employeeName, name: options.function.name })}
            </Text>
            {options.source && ownView && <Text className={styles.muted}>({t(`career.source.${options.source}`)})</Text>}
          </div>
          {!ownView && (
            <Text as="p" block className={styles.muted} data-testid="career-self-state">
              {options.selfAssessment ? t('career.selfShared', { name: employeeName }) : t('career.selfNotShared', { name: employeeName })}
            </Text>
          )}
          {options.paths.length === 0 ? (
            <Text as="p">{t('career.noPaths')}</Text>
          ) : (
            <>
              <Text as="p" block>
                {t('career.pathsIntro')}
              </Text>
              <ul className={styles.paths}>
                {options.paths.map((path) => (
                  <li key={path.function.id}>
                    <Card appearance="filled-alternative" className={styles.path} data-testid="career-path" data-function-id={path.function.id}>
                      <div className={styles.row}>
                        <Text as="h5" weight="semibold" size={400} className={styles.heading}>
                          {path.function.name}
                        </Text>
                        <Badge appearance="tint" color="brand">
                          {t('career.pathKind', { kind: path.kind })}
                        </Badge>
                        {path.steps > 1 && <Badge appearance="outline">{t('career.steps', { steps: path.steps })}</Badge>}
                      </div>
                      {/* A route of more steps: the note is its first step's, not this function's. */}
                      {path.note && path.steps === 1 && (
                        <Text as="p" block className={styles.muted}>
                          {path.note}
                        </Text>
                      )}
                      {path.gaps.length === 0 ? (
                        <Text as="p">{t('career.nothingMissing')}</Text>
                      ) : (
                        <div>
                          <Text weight="semibold">{t('career.missing')}</Text>
                          <ul className={styles.gaps}>
                            {path.gaps.map((gap) => (
                              <li key={gap.competenceId} data-testid="career-gap" data-competence-id={gap.competenceId}>
                                <Text>{t('career.gap', { name: gap.name, current: `l${gap.current}`, expected: `l${gap.expected}` })}</Text>
                                {gap.learning.length === 0 ? (
                                  <Text as="p" block className={styles.muted}>
                                    {t('career.noLearning')}
                                  </Text>
                                ) : (
                                  <ul className={styles.learning} aria-label={t('career.learnWith')}>
                                    {gap.learning.map((item) => (
                                      <LearningLine key={item.id} item={item} />
                                    ))}
                                  </ul>
                                )}
                              </li>
                            ))}
                          </ul>
                        </div>
                      )}
                    </Card>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
