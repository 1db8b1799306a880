import type { SmartFinding } from '@koers/domain';
import { SMART_LETTER } from '@koers/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteMarigoldBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  done: { borderLeftColor: tokens.colorPaletteGreenBorderActive },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  letter: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * The live SMART check of one goal (domain checkSmart), next to it while typing. Hints only, no
 * score: they are for the conversation, and never block saving or approving. The region is always
 * in the page, so a screen reader hears a hint come and go (politely, after the typing).
 */
export function SmartHints({ findings }: { findings: readonly SmartFinding[] }) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className={findings.length === 0 ? `${styles.root} ${styles.done}` : styles.root}
      data-testid="smart-hints"
      data-print="hide"
    >
      <Text as="h4" id={headingId} weight="semibold" size={300}>
        {t('pop.hintsTitle')}
      </Text>
      <div aria-live="polite" aria-atomic="false">
        {findings.length === 0 ? (
          <Text as="p" data-testid="smart-ok">
            {t('pop.hintsNone')}
          </Text>
        ) : (
          <ul className={styles.list}>
            {findings.map((f) => (
              <li key={`${f.code}|${f.field}`} data-testid="smart-hint" data-code={f.code} data-field={f.field}>
                <span className={styles.letter}>{SMART_LETTER[f.code]}</span> · {t(`pop.smartHint.${f.code}`)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
