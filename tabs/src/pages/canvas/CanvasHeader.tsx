import { Badge, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import type { CanvasGuidance, koerskaart } from '@koers/domain';
import { useId, useState } from 'react';
import type { Connection } from '../../canvas/canvasSession';
import { useI18n } from '../../i18n/I18nContext';
import type { BoardMode } from './boardLayout';
import { useBoardTools } from './boardTools';
import { PhaseStepper } from './PhaseStepper';
import { PhaseTimer } from './PhaseTimer';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toolbar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, marginRight: 'auto', minWidth: 0 },
  h1: { margin: 0 },
  status: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  settings: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, marginLeft: 'auto' },
  // The time box and variant while their code is on its way: as tall as the fields, so nothing moves when they come.
  settingsPending: { minHeight: '52px' },
  guidance: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  lsd: {
    fontWeight: tokens.fontWeightSemibold,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  quiet: { color: tokens.colorNeutralForeground2 },
});

interface CanvasHeaderProps {
  mode: BoardMode;
  /** On the stage, seen by the whole meeting: the time box and variant fold away behind a button, as in the side panel. */
  foldSettings?: boolean;
  employeeName: string;
  managerName: string;
  connection: Connection;
  pending: number;
  /** Everyone on the canvas now, the reader first ("jij"). */
  presentNames: readonly string[];
  guidance: CanvasGuidance;
  /** Absent on a completed canvas: the phase, time box and variant are what they were. */
  onGuidance?: (change: Partial<Pick<CanvasGuidance, 'phase' | 'variant' | 'timeboxMinutes'>>) => void;
  /** On a completed canvas shown one phase at a time: the stepper shows another phase to this reader only. */
  onLookAt?: (phase: koerskaart.PhaseId) => void;
  /** Present in a meeting's side panel: puts the canvas on the stage. */
  onShareToStage?: () => Promise<void>;
}

/**
 * The compact top of the Koerskaart: who talks, whether the canvas is live, the phase stepper with
 * the time box, and the conversation technique (listen, summarise, ask on) — always in view, never
 * more than a few lines.
 */
export function CanvasHeader({ mode, foldSettings = false, employeeName, managerName, connection, pending, presentNames, guidance, onGuidance, onLookAt, onShareToStage }: CanvasHeaderProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [shareFailed, setShareFailed] = useState(false);
  // Narrow: the time box and the variant are set now and then, so they fold away.
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settingsId = useId();
  const tools = useBoardTools();

  const settings =
    onGuidance &&
    (tools ? (
      <tools.GuidanceSettings guidance={guidance} onGuidance={onGuidance} />
    ) : settingsOpen ? (
      <Spinner size="tiny" className={styles.settingsPending} aria-label={t('canvas.toolsLoading')} />
    ) : (
      <div className={styles.settingsPending} />
    ));
  const share = onShareToStage && (
    <Button
      size="small"
      appearance="primary"
      data-testid="share-to-stage"
      onClick={() => {
        setShareFailed(false);
        onShareToStage().catch(() => setShareFailed(true));
      }}
    >
      {t('canvas.shareToStage')}
    </Button>
  );

  const toggle = settings && (
    <Button size="small" data-testid="canvas-settings" aria-expanded={settingsOpen} aria-controls={settingsId} onClick={() => setSettingsOpen(!settingsOpen)}>
      {t('canvas.settings')}
    </Button>
  );
  const lsd = <Caption1 className={styles.lsd}>{t('canvas.lsd')}</Caption1>;
  const advice = <Caption1 className={styles.quiet}>{t('canvas.guidance')}</Caption1>;

  return (
    <>
      <header className={styles.root} data-testid="canvas-header">
        <div className={styles.row}>
          <div className={styles.title}>
            <Text as="h1" size={mode === 'board' ? 600 : 500} weight="semibold" className={styles.h1}>
              {t('route.canvas')}
            </Text>
            <Text size={300}>{t('canvas.between', { employee: employeeName, manager: managerName })}</Text>
          </div>
          <div className={styles.status} role="status" aria-live="polite">
            <Badge appearance="filled" color={connection === 'offline' ? 'danger' : connection === 'live' ? 'success' : 'informative'} data-testid="connection" data-state={connection}>
              {t(`canvas.status.${connection}`)}
            </Badge>
            {pending > 0 && <Caption1 data-testid="pending">{t('canvas.pending', { count: pending })}</Caption1>}
            <Caption1 data-testid="presence">{t('canvas.presence', { names: presentNames.join(', ') })}</Caption1>
          </div>
        </div>
        {mode === 'phase' && (
          <>
            <div className={styles.row}>
              {toggle}
              {share}
            </div>
            {settingsOpen && (
              <div className={styles.row} id={settingsId}>
                {settings}
              </div>
            )}
            {advice}
          </>
        )}
      </header>
      {shareFailed && (
        <MessageBar intent="error" data-testid="share-failed">
          <MessageBarBody>{t('canvas.shareFailed')}</MessageBarBody>
        </MessageBar>
      )}
      {/* Stays in view while the cards scroll under it: the phase, its time and how to listen. */}
      <div className={styles.toolbar} data-testid="canvas-toolbar">
        <div className={styles.row}>
          <PhaseStepper phase={guidance.phase} onPhase={onGuidance ? (phase) => onGuidance({ phase }) : onLookAt} makesCurrent={onGuidance !== undefined} compact={mode === 'phase'} />
          {mode === 'board' && onGuidance && <PhaseTimer guidance={guidance} />}
          {mode === 'board' && (
            <div className={styles.settings}>
              {foldSettings ? toggle : settings}
              {share}
            </div>
          )}
        </div>
        {mode === 'board' && foldSettings && settingsOpen && (
          <div className={styles.row} id={settingsId}>
            {settings}
          </div>
        )}
        <div className={styles.guidance} data-testid="canvas-guidance">
          {mode === 'phase' && onGuidance && <PhaseTimer guidance={guidance} />}
          {lsd}
          {mode === 'board' && advice}
        </div>
      </div>
    </>
  );
}
