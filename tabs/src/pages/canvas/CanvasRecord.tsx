import { Caption1, Caption1Strong, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { koerskaart, type CanvasView } from '@koers/domain';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/locale';
import { useNoteColours } from './noteColours';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  phase: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0 },
  sections: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(15rem, 1fr))', gap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, alignItems: 'start' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  cards: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
  },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', color: tokens.colorNeutralForeground1 },
  // On the notes' tints only the strongest text colour reads in both themes.
  author: { color: tokens.colorNeutralForeground1 },
});

interface CanvasRecordProps {
  view: CanvasView;
  myUserId: string;
  /** The level of the phases' headings; the sections' are one below. */
  level: 3 | 4;
}

/**
 * A held conversation's Koerskaart to read: per phase and section what was written, each note
 * with who wrote it, in the parties' colours. Nothing here edits; empty notes are left out.
 */
export function CanvasRecord({ view, myUserId, level }: CanvasRecordProps) {
  const styles = useStyles();
  const colours = useNoteColours();
  const { t } = useI18n();
  const phases = koerskaart.canvasRecord(view.canvas.state, view.canvas.guidance.variant);
  const names: Record<string, string> = { [view.employee.id]: view.employee.displayName, [view.manager.id]: view.manager.displayName };
  const phaseHeading = level === 3 ? 'h3' : 'h4';
  const sectionHeading = level === 3 ? 'h4' : 'h5';

  if (phases.length === 0) {
    return (
      <Text as="p" block size={200} data-testid="canvas-record-empty">
        {t('canvas.record.empty')}
      </Text>
    );
  }
  return (
    <div className={styles.root} data-testid="canvas-record">
      {phases.map(({ phase, sections }) => (
        <section key={phase} className={styles.phase} data-phase={phase} aria-labelledby={`record-${view.canvas.id}-${phase}`}>
          <Text as={phaseHeading} id={`record-${view.canvas.id}-${phase}`} size={300} weight="semibold" className={styles.heading}>
            {t(`canvas.phase.${phase}`)}
          </Text>
          <div className={styles.sections}>
            {sections.map(({ section, cards }) => (
              <div key={section} className={styles.section} data-section={section}>
                <Caption1Strong as={sectionHeading} className={styles.heading}>
                  {t(`canvas.section.${section}.title` as MessageKey)}
                </Caption1Strong>
                <ul className={styles.cards}>
                  {cards.map((card) => (
                    <li key={card.id} className={mergeClasses(styles.card, card.authorId === view.employee.id ? colours.employee : colours.manager)} data-testid="record-card">
                      {card.fields.map(({ field, text }) => (
                        <Text as="p" key={field} block size={200} className={styles.text}>
                          {card.kind === 'note' ? text : `${t(`canvas.field.${field}` as MessageKey)}: ${text}`}
                        </Text>
                      ))}
                      <Caption1 className={styles.author} data-testid="record-author">
                        {t('canvas.author', { who: card.authorId === myUserId ? 'me' : 'other', name: names[card.authorId] ?? '?' })}
                      </Caption1>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
