import { Button, Caption1, Card, makeStyles, Select, tokens } from '@fluentui/react-components';
import { koerskaart } from '@koers/domain';
import { useId } from 'react';
import type { CanvasSession, PresenceEntry } from '../../canvas/canvasSession';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/locale';
import { CardTextField } from './CardTextField';
import { focusTarget } from './useFocusAfterAction';

const useStyles = makeStyles({
  card: { padding: tokens.spacingVerticalS, gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  editing: { color: tokens.colorPaletteBerryForeground2 },
});

interface CardViewProps {
  card: koerskaart.CardMeta;
  session: CanvasSession;
  names: Record<string, string>;
  myUserId: string;
  presence: PresenceEntry[];
  sections: readonly koerskaart.SectionId[];
  index: number;
  count: number;
  /** Where focus goes after an action that re-renders the control away (see useFocusAfterAction). */
  focusAfter: (candidates: readonly string[]) => void;
}

export function CardView({ card, session, names, myUserId, presence, sections, index, count, focusAfter }: CardViewProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const moveId = useId();
  // The reader is "jou" / "you" in the texts, not a name: `who` selects that wording.
  const by = (userId: string): Author => ({ who: userId === myUserId ? 'me' : 'other', name: names[userId] ?? '?' });
  const sectionTitle = t(`canvas.section.${card.place.section}.title` as MessageKey);
  const others = presence.filter((p) => p.editing?.cardId === card.id && p.userId !== myUserId);

  const move = (section: koerskaart.SectionId, at: number, control: 'move-up' | 'move-down' | 'move-to') => {
    // A moved card is re-inserted (or, in another section, made anew): focus follows it.
    focusAfter([focusTarget.card(card.id, control), focusTarget.firstField(card.id)]);
    session.apply(koerskaart.moveCard(session.state, { cardId: card.id, section, order: koerskaart.orderAt(session.state, section, at, card.id) }));
  };
  const remove = () => {
    focusAfter([focusTarget.addCard(card.place.section)]);
    session.apply(koerskaart.deleteCard(session.state, { cardId: card.id }));
  };

  return (
    <Card className={styles.card} data-testid="canvas-card" data-card-id={card.id} aria-label={t('canvas.cardLabel', { ...by(card.authorId), section: sectionTitle })} role="group">
      <Caption1>{t('canvas.author', by(card.authorId))}</Caption1>
      {others.map((p) => (
        <Caption1 key={p.replicaId} className={styles.editing} data-testid="editing-by">
          {t('canvas.editingBy', by(p.userId))}
        </Caption1>
      ))}
      {koerskaart.fieldsOf(card.kind).map((field) => (
        <CardTextField
          key={field}
          session={session}
          cardId={card.id}
          field={field}
          label={t(`canvas.field.${field}` as MessageKey)}
          readOnly={session.locked}
          onFocus={() => session.setEditing({ cardId: card.id, field })}
          onBlur={() => session.setEditing(null)}
        />
      ))}
      <div className={styles.actions}>
        {/* disabledFocusable: at the top, "up" stays where focus is instead of dropping it. */}
        <Button size="small" data-focus="move-up" disabledFocusable={index === 0} onClick={() => move(card.place.section, index - 1, 'move-up')}>
          {t('canvas.moveUp')}
        </Button>
        <Button size="small" data-focus="move-down" disabledFocusable={index >= count - 1} onClick={() => move(card.place.section, index + 1, 'move-down')}>
          {t('canvas.moveDown')}
        </Button>
        <label htmlFor={moveId}>{t('canvas.moveTo')}</label>
        <Select
          id={moveId}
          size="small"
          value={card.place.section}
          data-focus="move-to"
          onChange={(_e, data) => move(data.value as koerskaart.SectionId, 999, 'move-to')}
        >
          {sections.map((s) => (
            <option key={s} value={s}>
              {t(`canvas.section.${s}.title` as MessageKey)}
            </option>
          ))}
        </Select>
        <Button size="small" data-focus="delete" onClick={remove}>
          {t('canvas.delete')}
        </Button>
      </div>
    </Card>
  );
}

/** Who wrote or types something, as the texts' `who` select and `name` want it. */
interface Author {
  who: 'me' | 'other';
  name: string;
}
