import { Button, Caption1, makeStyles, mergeClasses, Spinner, tokens } from '@fluentui/react-components';
import { koerskaart } from '@koers/domain';
import { memo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { CanvasSession } from '../../canvas/canvasSession';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/locale';
import { startBoardTools, useBoardTools } from './boardTools';
import { moveShortcut, moveTarget, type MoveDirection, type SectionsByPhase } from './boardLayout';
import { GripIcon, MoreIcon } from './icons';
import type { BoardActions } from './useBoardActions';
import { CardTextField } from './CardTextField';
import { useNoteColours } from './noteColours';
import { focusTarget } from './useFocusAfterAction';

/** The drag data of a card: its id, under a type no other drop target reads. */
export const CARD_DRAG_TYPE = 'application/x-koers-card';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  dragging: { opacity: 0.5 },
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minHeight: '24px' },
  handle: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    flexGrow: 1,
    minWidth: 0,
    cursor: 'grab',
    // The notes' tints are light in the light theme and deep in the dark one: only the strongest text colour reads on both.
    color: tokens.colorNeutralForeground1,
  },
  author: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  fixed: { cursor: 'default' },
  editing: { color: tokens.colorPaletteBerryForeground2, fontWeight: tokens.fontWeightSemibold },
  quadrants: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(8rem, 1fr))', gap: tokens.spacingHorizontalS },
  quadrant: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  // The note is the field: no box inside the box until it is hovered or focused.
  textarea: {
    width: '100%',
    backgroundColor: 'transparent',
    '& > textarea': { overflowY: 'hidden', minHeight: '1.5em', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}` },
  },
});

export interface CardViewProps {
  card: koerskaart.Card;
  session: CanvasSession;
  actions: BoardActions;
  /** The sections shown, per phase: where the card can go. */
  layout: SectionsByPhase;
  names: Readonly<Record<string, string>>;
  myUserId: string;
  /** The employee of the conversation: their notes and the manager's have their own colours. */
  employeeId: string;
  /** The names of the others typing in this card now, one a line (a string, so an unchanged list keeps the card as it is). */
  editors: string;
  index: number;
  count: number;
  /** The id of the text that explains the move keys, read as each card's description. */
  hintId: string;
  /** The conversation was completed: the note is read, not moved, deleted or written in. */
  locked: boolean;
}

/** Who wrote or types something, as the texts' `who` select and `name` want it. */
interface Author {
  who: 'me' | 'other';
  name: string;
}

/**
 * One note on the board. Memoised: every prop is stable while the card itself is unchanged, so
 * typing in one card renders that card only, not the whole board.
 */
export const CardView = memo(function CardView({ card, session, actions, layout, names, myUserId, employeeId, editors, index, count, hintId, locked }: CardViewProps) {
  const styles = useStyles();
  const colours = useNoteColours();
  const { t } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  // The reader is "jou" / "you" in the texts, not a name: `who` selects that wording.
  const by = (userId: string): Author => ({ who: userId === myUserId ? 'me' : 'other', name: names[userId] ?? '?' });
  const author = by(card.authorId);
  const section = card.place.section;
  const sectionTitle = t(`canvas.section.${section}.title` as MessageKey);
  const can = (direction: MoveDirection) => moveTarget(layout, koerskaart.PHASE_IDS, { section, index }, direction, (s) => (s === section ? count : 0)) !== undefined;
  const move = (direction: MoveDirection, refocus: readonly string[]) => actions.move(card.id, { section, index }, direction, refocus);
  const menuFocus = [focusTarget.card(card.id, 'menu')];
  const menuLabel = t('canvas.cardMenu', author);
  const [menuClicked, setMenuClicked] = useState(false);
  const tools = useBoardTools();

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (locked) return;
    const direction = moveShortcut(event);
    // Keys pressed in the card's menu (a portal) bubble here too; they are the menu's own.
    if (!direction || !(event.target instanceof HTMLElement) || !event.currentTarget.contains(event.target)) return;
    event.preventDefault();
    if (!can(direction)) return;
    const field = event.target.getAttribute('data-field');
    const part = event.target.getAttribute('data-focus');
    const refocus = field ? [focusTarget.field(card.id, field)] : part ? [focusTarget.card(card.id, part)] : [];
    move(direction, refocus);
  };
  const onDragStart = (event: DragEvent<HTMLDivElement>) => {
    event.dataTransfer.setData(CARD_DRAG_TYPE, card.id);
    event.dataTransfer.effectAllowed = 'move';
    if (root.current) event.dataTransfer.setDragImage(root.current, 16, 12);
    root.current?.classList.add(styles.dragging);
  };
  const onDragEnd = () => root.current?.classList.remove(styles.dragging);

  return (
    <div
      ref={root}
      className={mergeClasses(styles.card, card.authorId === employeeId ? colours.employee : colours.manager)}
      data-testid="canvas-card"
      data-card-id={card.id}
      aria-label={t('canvas.cardLabel', { ...author, section: sectionTitle })}
      aria-describedby={locked ? undefined : hintId}
      role="group"
      onKeyDown={onKeyDown}
    >
      <div className={styles.top}>
        {locked ? (
          <Caption1 className={mergeClasses(styles.handle, styles.fixed, styles.author)} data-testid="card-author">
            {t('canvas.author', author)}
          </Caption1>
        ) : (
          <div className={styles.handle} draggable onDragStart={onDragStart} onDragEnd={onDragEnd} title={t('canvas.dragHandle')} data-testid="card-handle">
            <GripIcon />
            <Caption1 className={styles.author} data-testid="card-author">
              {t('canvas.author', author)}
            </Caption1>
          </div>
        )}
        {!locked && (
          tools ? (
            <tools.CardMenu cardId={card.id} section={section} label={menuLabel} layout={layout} actions={actions} can={can} move={(direction) => move(direction, menuFocus)} openAtOnce={menuClicked} />
          ) : (
            <CardMenuPending label={menuLabel} clicked={menuClicked} onClick={() => setMenuClicked(true)} />
          )
        )}
      </div>
      {editors !== '' &&
        [...new Set(editors.split('\n'))].map((name) => (
          <Caption1 key={name} className={styles.editing} data-testid="editing-by">
            {t('canvas.editingBy', { who: 'other', name })}
          </Caption1>
        ))}
      {card.kind === 'note' ? (
        <CardTextField
          session={session}
          cardId={card.id}
          field="text"
          label={t('canvas.field.text')}
          hideLabel
          readOnly={locked}
          onFocus={() => session.setEditing({ cardId: card.id, field: 'text' })}
          onBlur={() => session.setEditing(null)}
        />
      ) : (
        <div className={styles.quadrants}>
          {koerskaart.fieldsOf(card.kind).map((field) => (
            <div key={field} className={styles.quadrant}>
              <CardTextField
                session={session}
                cardId={card.id}
                field={field}
                label={t(`canvas.field.${field}` as MessageKey)}
                readOnly={locked}
                onFocus={() => session.setEditing({ cardId: card.id, field })}
                onBlur={() => session.setEditing(null)}
              />
            </div>
          ))}
        </div>
      )}
    </div>
  );
});

/**
 * The card's menu button while the menu's code is still on its way (it comes right after the
 * board shows): the same button, turning into a spinner when clicked; the menu then opens as it arrives.
 */
function CardMenuPending({ label, clicked, onClick }: { label: string; clicked: boolean; onClick: () => void }) {
  return (
    <Button
      size="small"
      appearance="subtle"
      icon={clicked ? <Spinner size="extra-tiny" /> : <MoreIcon />}
      aria-label={label}
      aria-busy={clicked}
      data-focus="menu"
      data-testid="card-menu"
      onClick={() => {
        onClick();
        // Its first fetch may have failed: a click asks again.
        void startBoardTools().catch(() => undefined);
      }}
    />
  );
}
