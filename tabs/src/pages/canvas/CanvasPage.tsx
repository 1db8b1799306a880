import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { MeResponse } from '@koers/contracts';
import { useState } from 'react';
import { ApiError } from '../../api/errors';
import { describeError } from '../../api/describeError';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { MountInSlices } from '../../components/MountInSlices';
import { PageHeading } from '../../components/PageHeading';
import { canvasApi } from '../../api/canvasApi';
import { useApi } from '../../data/apiContext';
import { useConversations } from '../../data/conversation';
import { useCanvasView, useCreateCanvas } from '../../data/canvas';
import { canvasTarget } from '../../data/canvasOpening';
import { shown } from '../../data/shown';
import { navigateToHash, useFromHash } from '../../hooks/useHashRoute';
import type { TeamsHost } from '../../host/host';
import { useI18n } from '../../i18n/I18nContext';
import { canvasHref, canvasIdFromHash } from '../../routes';
import { CanvasBoard } from './CanvasBoard';
import { useBoardTools } from './boardTools';
import { canvasLayout } from './layout';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

interface CanvasPageProps {
  me: MeResponse;
  /** Inside Teams: the meeting context (side panel / stage) and share to stage. */
  teams?: TeamsHost;
}

/**
 * Which canvas: the one in the link (#/canvas/{id}), else the one of the Teams meeting this tab
 * sits in, else a choice among my conversations — or a new one without a booked meeting. A
 * booked conversation whose canvas nobody opened yet is started by the first party to open it.
 */
export function CanvasPage({ me, teams }: CanvasPageProps) {
  const { t, language } = useI18n();
  const api = useApi(canvasApi);
  const id = useFromHash(canvasIdFromHash);
  const meetingId = teams?.chatId ?? teams?.meetingId;
  const target = canvasTarget(id, teams);
  const loaded = shown(useCanvasView(target));
  // Gesprek afronden, under the board: it comes with the board's tools, right after the board shows.
  const tools = useBoardTools();

  const loading = (
    <div data-testid="page-canvas">
      <PageHeading>{t('route.canvas')}</PageHeading>
      <LoadingState label={t('canvas.loading')} />
    </div>
  );
  if (target !== undefined && loaded.status === 'loading') return loading;
  if (loaded.status === 'error') {
    const status = loaded.error instanceof ApiError ? loaded.error.status : undefined;
    if (status === 404 && meetingId && !id) {
      // A meeting nobody booked in Koers (or not with this person): say so, and offer to start one.
      return (
        <div data-testid="page-canvas">
          <PageHeading>{t('route.canvas')}</PageHeading>
          <EmptyState level="h2" title={t('canvas.meetingNoneTitle')} testId="canvas-meeting-none">
            {t('canvas.meetingNone')}
          </EmptyState>
          <CanvasChoices me={me} meetingId={meetingId} />
        </div>
      );
    }
    return (
      <div data-testid="page-canvas">
        <PageHeading>{t('route.canvas')}</PageHeading>
        {status === 404 || status === 403 ? (
          <EmptyState level="h2" title={t('state.errorTitle')} testId="canvas-not-found">
            {t('canvas.notFound')}
          </EmptyState>
        ) : (
          <ErrorState message={describeError(loaded.error, language, t)} onRetry={loaded.retry} />
        )}
      </div>
    );
  }
  if (target !== undefined && loaded.status === 'ready') {
    const layout = canvasLayout(teams);
    // Only the side panel shares to the stage; the stage itself is what is shared.
    const share = teams && layout === 'panel' ? (url: string) => teams.shareToStage(`${window.location.origin}${window.location.pathname}${url}`) : undefined;
    return (
      <MountInSlices key={loaded.data.canvas.id} fallback={loading}>
        <CanvasBoard view={loaded.data} myUserId={me.me.id} api={api} layout={layout} onShareToStage={share}>
          {/* The stage is the shared screen: finishing is done from one's own panel or tab. */}
          {layout !== 'stage' && tools && <tools.CompleteConversation view={loaded.data} timeZone={me.organisation.timeZone} />}
        </CanvasBoard>
      </MountInSlices>
    );
  }
  return (
    <div data-testid="page-canvas">
      <PageHeading>{t('canvas.pickTitle')}</PageHeading>
      <CanvasChoices me={me} />
    </div>
  );
}

/**
 * My conversations to open, and a new canvas to start without a booked meeting. Inside a Teams
 * meeting (`meetingId`) the new one is linked to that meeting: the side panel finds it next time.
 */
function CanvasChoices({ me, meetingId }: { me: MeResponse; meetingId?: string }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const mine = shown(useConversations('mine'));
  const team = shown(useConversations('team', { enabled: me.reports.length > 0 }));
  const creation = useCreateCanvas();
  const [error, setError] = useState<unknown>();
  const start = async (employeeId?: string) => {
    try {
      const view = await creation.mutateAsync(meetingId ? { meetingId, employeeId: employeeId ?? me.me.id } : employeeId ? { employeeId } : {});
      navigateToHash(canvasHref(view.canvas.id));
    } catch (e) {
      setError(e);
    }
  };
  const names = new Map([...me.reports.map((r) => [r.id, r.displayName] as const), ...(me.manager ? [[me.manager.id, me.manager.displayName] as const] : [])]);
  const conversations = [...(mine.status === 'ready' ? mine.data.items : []), ...(team.status === 'ready' ? team.data.items : [])].filter((c) => c.status !== 'geannuleerd');

  return (
    <>
      {error !== undefined && <ErrorState message={describeError(error, language, t)} onRetry={() => setError(undefined)} />}
      <div className={styles.list} data-testid="canvas-choices">
        {conversations.length === 0 && <p>{t('canvas.pickEmpty')}</p>}
        {conversations.map((c) => (
          <a key={c.id} href={canvasHref(c.id)} data-testid="canvas-conversation">
            {t('canvas.conversationWith', { name: names.get(c.employeeId === me.me.id ? c.managerId : c.employeeId) ?? '?' })}
          </a>
        ))}
        {me.reports.map((r) => (
          <Button key={r.id} data-testid="start-canvas" data-employee={r.id} onClick={() => void start(r.id)}>
            {t('canvas.startWith', { name: r.displayName })}
          </Button>
        ))}
        {me.manager && (
          <Button data-testid="start-canvas" onClick={() => void start()}>
            {t('canvas.startWithManager')}
          </Button>
        )}
      </div>
    </>
  );
}
