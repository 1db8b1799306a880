import { Button, Caption1, makeStyles, mergeClasses, MessageBar, MessageBarActions, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { koerskaart, type CanvasView, type SetGuidanceOperation } from '@koers/domain';
import { useCallback, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type { CanvasApi } from '../../api/canvasApi';
import { LoadingState } from '../../components/LoadingState';
import { MountInSlices } from '../../components/MountInSlices';
import { useApi } from '../../data/apiContext';
import { afterNextPaint } from '../../hooks/afterNextPaint';
import { canvasOpening } from '../../data/canvasOpening';
import { useI18n } from '../../i18n/I18nContext';
import { canvasHref } from '../../routes';
import { boardMode, editorsByCard, stepState, type SectionsByPhase } from './boardLayout';
import { CanvasHeader } from './CanvasHeader';
import { CanvasLockNotice } from './CanvasLockNotice';
import type { CanvasLayout } from './layout';
import { startBoardTools, useBoardTools } from './boardTools';
import { SectionArea } from './SectionArea';
import { useBoardActions } from './useBoardActions';
import { useCanvasSession } from './useCanvasSession';
import { useFocusAfterAction } from './useFocusAfterAction';
import { useSectionPrompts } from './useSectionPrompts';
import { useSharedAnswers } from './useSharedAnswers';
import { useViewportWidth } from './useViewportWidth';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  // The stage is watched from a distance, often shrunk into a meeting window: the notes' text a size up.
  stage: { '& [data-testid="card-text"]': { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 } },
  // The phases side by side; the first holds most sections, so it gets the room for two or three.
  board: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  single: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground3,
    borderTop: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}`,
    minWidth: 0,
  },
  // One phase at a time: the phase is the page, not a box on it.
  plainColumn: { padding: 0, backgroundColor: 'transparent', borderTop: 'none' },
  currentColumn: { borderTopColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorBrandBackground2 },
  columnHead: { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, padding: `0 ${tokens.spacingHorizontalXS}` },
  columnState: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  sections: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(17rem, 1fr))', gap: tokens.spacingVerticalS, alignItems: 'start' },
  narrowSections: { gridTemplateColumns: 'minmax(0, 1fr)' },
});

interface CanvasBoardProps {
  view: CanvasView;
  myUserId: string;
  api: CanvasApi;
  layout: CanvasLayout;
  /** Present in a meeting's side panel: puts the canvas on the stage. */
  onShareToStage?: (url: string) => Promise<void>;
  /** After the board: how the conversation ends (Gesprek afronden). */
  children?: ReactNode;
}

/** The same layout object while the sections shown stay the same, so the cards need not render again. */
function useStableLayout(layout: SectionsByPhase): SectionsByPhase {
  const key = JSON.stringify(layout);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key is the layout's content
  return useMemo(() => layout, [key]);
}

export function CanvasBoard({ view, myUserId, api, layout, onShareToStage, children }: CanvasBoardProps) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const hintId = useId();
  const { session, snapshot } = useCanvasSession(view, myUserId, api);
  const { guidance, state } = snapshot.content;
  const opening = useApi(canvasOpening);
  const shared = useSharedAnswers(opening, view.canvas.id, snapshot.preparationVersion, guidance.variant, locale);
  const prompts = useSectionPrompts(opening, view.conversation, locale);
  const focusAfter = useFocusAfterAction();
  const tools = useBoardTools();
  // After the first paint, and long before a person can click: a failure shows in the stand-ins, which ask again.
  useEffect(() => afterNextPaint(() => void startBoardTools().catch(() => undefined)), []);
  const mode = boardMode(layout, useViewportWidth());
  const employeeName = view.employee.displayName;
  const managerName = view.manager.displayName;
  const names = useMemo<Record<string, string>>(
    () => ({ [view.employee.id]: employeeName, [view.manager.id]: managerName }),
    [view.employee.id, view.manager.id, employeeName, managerName],
  );
  const byPhase = useStableLayout(koerskaart.shownSectionIdsByPhase(state, guidance.variant));
  // One phase at a time: the current one, unless a card was just moved to another (focus follows it there).
  const [viewed, setViewed] = useState<{ phase: koerskaart.PhaseId; whileCurrent: koerskaart.PhaseId }>();
  const shownPhase = viewed && viewed.whileCurrent === guidance.phase ? viewed.phase : guidance.phase;
  const onCardInPhase = useCallback((phase: koerskaart.PhaseId) => setViewed({ phase, whileCurrent: session.guidance.phase }), [session]);
  const actions = useBoardActions(session, focusAfter, byPhase, onCardInPhase);
  const editors = editorsByCard(snapshot.presence, myUserId, names);
  const present = [...new Set(snapshot.presence.map((p) => p.userId))].filter((id) => id !== myUserId);
  const setGuidance = (change: Omit<SetGuidanceOperation, 'type'>) => session.setGuidance(change);
  const phases = mode === 'board' ? koerskaart.PHASE_IDS : [shownPhase];
  // Completed: the board is a record to read. Its phases can still be looked at one by one.
  const locked = snapshot.lock !== undefined;
  const lookAt = mode === 'phase' ? (phase: koerskaart.PhaseId) => setViewed({ phase, whileCurrent: guidance.phase }) : undefined;

  return (
    <div className={mergeClasses(styles.root, layout === 'stage' && styles.stage)} data-testid="page-canvas" data-canvas-id={view.canvas.id} data-layout={layout} data-mode={mode}>
      <CanvasHeader
        mode={mode}
        foldSettings={layout === 'stage'}
        employeeName={employeeName}
        managerName={managerName}
        connection={snapshot.connection}
        pending={snapshot.pending}
        presentNames={[t('canvas.you'), ...present.map((id) => names[id] ?? '?')]}
        guidance={guidance}
        onGuidance={locked ? undefined : setGuidance}
        onLookAt={lookAt}
        onShareToStage={onShareToStage && (() => onShareToStage(canvasHref(view.canvas.id)))}
      />
      <CanvasLockNotice session={session} lock={snapshot.lock} names={names} myUserId={myUserId} />
      {!locked && (
        <p hidden id={hintId}>
          {t('canvas.moveHint')}
        </p>
      )}
      {mode === 'phase' && shownPhase !== guidance.phase && (
        <MessageBar intent="info" data-testid="viewing-other-phase">
          <MessageBarBody>{t('canvas.viewingOther', { phase: t(`canvas.phase.${shownPhase}`) })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setViewed(undefined)}>
              {t('canvas.backToCurrent')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {/* The header (names, guidance) paints first; the cards follow, built in slices (a large board
          is otherwise one long task that blocks every tap and keypress while it is built). */}
      <MountInSlices key={view.canvas.id} fallback={<LoadingState label={t('canvas.loading')} />}>
        <div className={mode === 'board' ? styles.board : styles.single}>
          {phases.map((phase) => {
            const step = stepState(koerskaart.PHASE_IDS, phase, guidance.phase);
            return (
              <section key={phase} className={mergeClasses(styles.column, step === 'current' && styles.currentColumn, mode === 'phase' && styles.plainColumn)} aria-labelledby={`phase-${phase}`} data-testid="canvas-phase" data-phase={phase}>
                <div className={styles.columnHead}>
                  <Text as="h2" size={mode === 'board' ? 500 : 400} weight="semibold" id={`phase-${phase}`}>
                    {t(`canvas.phase.${phase}`)}
                  </Text>
                  <Caption1 className={styles.columnState}>{t(`canvas.step.${step}`)}</Caption1>
                </div>
                <div className={mergeClasses(styles.sections, phase !== 'uitwisseling' && styles.narrowSections)}>
                  {byPhase[phase].map((section) => (
                    <SectionArea
                      key={section}
                      section={section}
                      cards={koerskaart.cardsInSection(state, section)}
                      session={session}
                      actions={actions}
                      layout={byPhase}
                      names={names}
                      myUserId={myUserId}
                      employeeId={view.employee.id}
                      editors={editors}
                      shared={shared[section] ?? NONE}
                      employeeName={employeeName}
                      managerName={managerName}
                      hintId={hintId}
                      locked={locked}
                      {...(prompts[section] ? { prompt: prompts[section] } : {})}
                    />
                  ))}
                </div>
                {phase === 'voorstellen' && tools && (
                  <tools.PossibleSteps
                    employeeId={view.employee.id}
                    conversationId={view.conversation.id}
                    cards={Object.values(state.cards)}
                    locked={locked}
                    onAdd={(text, link) => actions.add('mogelijkheden', 'note', { text }, link)}
                  />
                )}
              </section>
            );
          })}
        </div>
        {children}
      </MountInSlices>
    </div>
  );
}

const NONE: readonly never[] = [];
