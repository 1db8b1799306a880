import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { koerskaart } from '@koers/domain';
import { useI18n } from '../../i18n/I18nContext';
import { stepState } from './boardLayout';
import { CheckIcon } from './icons';

const useStyles = makeStyles({
  steps: { display: 'flex', alignItems: 'stretch', gap: tokens.spacingHorizontalXS, listStyleType: 'none', padding: 0, margin: 0, minWidth: 0 },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0, flexShrink: 1 },
  line: { width: '16px', height: tokens.strokeWidthThick, backgroundColor: tokens.colorNeutralStroke1, flexShrink: 0 },
  step: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid transparent`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorNeutralForeground1 },
    ...createFocusOutlineStyle(),
  },
  // Not a button: the steps only say where the conversation was.
  shown: { cursor: 'default', ':hover': { backgroundColor: 'transparent', color: tokens.colorNeutralForeground2 } },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  circle: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    width: '22px',
    height: '22px',
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  circleCurrent: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandBackground}` },
  circleDone: { backgroundColor: tokens.colorNeutralBackground5, color: tokens.colorNeutralForeground1 },
  text: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', minWidth: 0, textAlign: 'start' },
  name: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: '100%' },
  state: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100, fontWeight: tokens.fontWeightRegular },
  // One phase at a time (the side panel): three equal steps, each a circle over its name.
  compactSteps: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: tokens.spacingHorizontalXXS, width: '100%' },
  compactItem: { display: 'block' },
  compactStep: { flexDirection: 'column', width: '100%', padding: tokens.spacingVerticalXXS, borderRadius: tokens.borderRadiusMedium, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  compactText: { alignItems: 'center', textAlign: 'center' },
  nav: { minWidth: 0 },
  compactNav: { width: '100%' },
});

interface PhaseStepperProps {
  phase: koerskaart.PhaseId;
  /** Choosing a phase; absent: the steps only show where the conversation is. */
  onPhase?: (phase: koerskaart.PhaseId) => void;
  /** Choosing makes the phase the current one for both parties (its time box starts); else it only shows it. */
  makesCurrent?: boolean;
  /** Narrow: equal steps that fit 320 px, no connecting lines. */
  compact?: boolean;
}

/** The three phases, each marked done, current or still to come; choosing one makes it current. */
export function PhaseStepper({ phase: current, onPhase, makesCurrent = true, compact = false }: PhaseStepperProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <nav aria-label={t('canvas.phases')} className={mergeClasses(styles.nav, compact && styles.compactNav)}>
      <ol className={mergeClasses(styles.steps, compact && styles.compactSteps)}>
        {koerskaart.PHASE_IDS.map((phase, i) => {
          const state = stepState(koerskaart.PHASE_IDS, phase, current);
          const name = t(`canvas.phase.${phase}`);
          const stateText = t(`canvas.step.${state}`);
          const content = (
            <>
              <span className={mergeClasses(styles.circle, state === 'current' && styles.circleCurrent, state === 'done' && styles.circleDone)} aria-hidden="true">
                {state === 'done' ? <CheckIcon /> : i + 1}
              </span>
              <span className={mergeClasses(styles.text, compact && styles.compactText)}>
                <span className={styles.name}>{t(`canvas.phaseShort.${phase}`)}</span>
                <span className={styles.state}>{stateText}</span>
              </span>
            </>
          );
          return (
            <li key={phase} className={mergeClasses(styles.item, compact && styles.compactItem)}>
              {i > 0 && !compact && <span className={styles.line} aria-hidden="true" />}
              {onPhase ? (
                <button
                  type="button"
                  className={mergeClasses(styles.step, compact && styles.compactStep, state === 'current' && styles.current)}
                  aria-current={state === 'current' ? 'step' : undefined}
                  aria-label={state === 'current' || !makesCurrent ? t('canvas.step.label', { phase: name, state: stateText }) : t('canvas.makeCurrent', { phase: name, state: stateText })}
                  data-testid="phase-step"
                  data-phase={phase}
                  data-state={state}
                  onClick={() => onPhase(phase)}
                >
                  {content}
                </button>
              ) : (
                <span
                  className={mergeClasses(styles.step, styles.shown, compact && styles.compactStep, state === 'current' && styles.current)}
                  aria-current={state === 'current' ? 'step' : undefined}
                  data-testid="phase-step"
                  data-phase={phase}
                  data-state={state}
                >
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
