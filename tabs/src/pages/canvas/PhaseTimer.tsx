import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { countdownClock, countdownMinutes, timeboxCountdown, type CanvasGuidance } from '@koers/domain';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  over: { color: tokens.colorPaletteRedForeground1 },
  // Read by screen readers, not shown: the clock itself ticks every second and is not announced.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** The current phase's time box: the minutes it holds, and a live countdown once it runs. */
export function PhaseTimer({ guidance }: { guidance: CanvasGuidance }) {
  const styles = useStyles();
  const { t } = useI18n();
  const now = useNow(1000);
  const minutes = guidance.timeboxMinutes[guidance.phase];
  if (minutes === undefined) return null;
  const countdown = timeboxCountdown(guidance, now);
  const heard = countdown ? countdownMinutes(countdown) : undefined;
  const announcement = ({ over, minutes: n }: { over: boolean; minutes: number }) => {
    if (!over) return t('canvas.timebox.left', { minutes: n });
    if (n === 0) return t('canvas.timebox.up');
    return t('canvas.timebox.over', { minutes: n });
  };

  return (
    <div className={styles.root} data-testid="timebox">
      <Caption1>{t('canvas.timeboxHint', { minutes })}</Caption1>
      {countdown && heard && (
        <>
          {/* role="timer" is not a live region: the per-second clock is never read out. */}
          <Text role="timer" weight="semibold" className={countdown.over ? styles.over : undefined} data-testid="timebox-clock" data-over={countdown.over}>
            {countdown.over ? t('canvas.timebox.overClock', { time: countdownClock(countdown) }) : t('canvas.timebox.leftClock', { time: countdownClock(countdown) })}
          </Text>
          <span className={styles.hidden} aria-live="polite" aria-atomic="true" data-testid="timebox-announcement">
            {announcement(heard)}
          </span>
        </>
      )}
    </div>
  );
}
