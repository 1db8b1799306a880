import { Button, Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { koerskaart, type SharedAnswer } from '@koers/domain';
import { useRef, useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/locale';
import { dropIndex } from './boardLayout';
import { CARD_DRAG_TYPE, CardView, type CardViewProps } from './CardView';
import { PlusIcon } from './icons';
import { SharedAnswers } from './SharedAnswers';
import { focusTarget } from './useFocusAfterAction';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  // Where a dragged card would land.
  over: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  heading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  prompt: { color: tokens.colorNeutralForeground2 },
  cards: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  add: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** What every card of the board gets alike. */
type BoardWide = Pick<CardViewProps, 'session' | 'actions' | 'layout' | 'names' | 'myUserId' | 'employeeId' | 'hintId' | 'locked'>;

interface SectionAreaProps extends BoardWide {
  section: koerskaart.SectionId;
  cards: readonly koerskaart.Card[];
  /** Per card id: the names of the others typing in it, one a line. */
  editors: ReadonlyMap<string, string>;
  shared: readonly SharedAnswer[];
  employeeName: string;
  managerName: string;
  /** The pinned template's prompt for this section; absent = the board's own. */
  prompt?: string;
}

/** One labelled area of the board: its prompt, the preparation answers that belong here, its notes. */
export function SectionArea(props: SectionAreaProps) {
  const { section, cards, session, actions, layout, names, myUserId, employeeId, editors, shared, employeeName, managerName, hintId, locked, prompt } = props;
  const styles = useStyles();
  const { t } = useI18n();
  const list = useRef<HTMLDivElement>(null);
  const [over, setOver] = useState(false);
  const definition = koerskaart.sectionDefinition(section);
  const headingId = `section-${section}`;

  const carriesCard = (event: DragEvent) => !locked && event.dataTransfer.types.includes(CARD_DRAG_TYPE);
  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (!carriesCard(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (!over) setOver(true);
  };
  const onDragLeave = (event: DragEvent<HTMLElement>) => {
    if (!(event.relatedTarget instanceof Node) || !event.currentTarget.contains(event.relatedTarget)) setOver(false);
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    setOver(false);
    const cardId = event.dataTransfer.getData(CARD_DRAG_TYPE);
    if (!cardId || locked) return;
    event.preventDefault();
    const middles = [...(list.current?.querySelectorAll<HTMLElement>('[data-card-id]') ?? [])]
      .filter((element) => element.dataset.cardId !== cardId)
      .map((element) => {
        const box = element.getBoundingClientRect();
        return box.top + box.height / 2;
      });
    actions.moveTo(cardId, { section, index: dropIndex(middles, event.clientY) }, [focusTarget.card(cardId, 'menu')]);
  };

  return (
    <section
      className={mergeClasses(styles.section, over && styles.over)}
      data-testid="canvas-section"
      data-section={section}
      aria-labelledby={headingId}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <div className={styles.heading}>
        <Text as="h3" size={400} weight="semibold" id={headingId}>
          {t(`canvas.section.${section}.title` as MessageKey)}
        </Text>
        <Caption1 className={styles.prompt} data-testid="section-prompt">
          {prompt ?? t(`canvas.section.${section}.prompt` as MessageKey)}
        </Caption1>
      </div>
      {(['employee', 'manager'] as const).map((author) => (
        <SharedAnswers
          key={author}
          answers={shared.filter((a) => a.author === author)}
          authorName={author === 'employee' ? employeeName : managerName}
          otherName={author === 'employee' ? managerName : employeeName}
          viewerIsAuthor={(myUserId === employeeId) === (author === 'employee')}
          onCopy={locked ? undefined : (answer) => actions.add(answer.section, 'note', { text: answer.answer })}
          onCopyKernkwadrant={
            !locked && definition.cardKinds.includes('kernkwadrant')
              ? (answers) => actions.add(section, 'kernkwadrant', Object.fromEntries(answers.map((a) => [a.questionId, a.answer])))
              : undefined
          }
        />
      ))}
      <div className={styles.cards} ref={list}>
        {cards.map((card, index) => (
          <CardView
            key={card.id}
            card={card}
            session={session}
            actions={actions}
            layout={layout}
            names={names}
            myUserId={myUserId}
            employeeId={employeeId}
            editors={editors.get(card.id) ?? ''}
            index={index}
            count={cards.length}
            hintId={hintId}
            locked={locked}
          />
        ))}
      </div>
      {!locked && (
        <div className={styles.add}>
          {definition.cardKinds.map((kind) => (
            <Button key={kind} size="small" appearance="subtle" icon={<PlusIcon />} data-testid="add-card" data-kind={kind} onClick={() => actions.add(section, kind)}>
              {kind === 'note' ? t('canvas.addNote') : t('canvas.addKernkwadrant')}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
}
