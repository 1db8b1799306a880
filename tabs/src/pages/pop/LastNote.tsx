import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';
import { instantLabel } from './popFormat';

const useStyles = makeStyles({
  note: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  quote: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** A goal's last check-in note, quoted with who wrote it and when; "no note yet" without one. */
export function LastNote({ note, names, timeZone, testId }: { note: { by: string; at: string; text: string } | undefined; names: Record<string, string>; timeZone: string; testId: string }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  if (!note) return <Text size={200}>{t('pop.card.noNote')}</Text>;
  return (
    <figure className={styles.note} data-testid={testId}>
      <figcaption>
        <Text size={200}>{t('pop.card.lastNote', { name: names[note.by] ?? '', date: instantLabel(note.at, timeZone, locale) })}</Text>
      </figcaption>
      <blockquote className={styles.quote}>{note.text}</blockquote>
    </figure>
  );
}
