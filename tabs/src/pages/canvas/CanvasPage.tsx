import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { CanvasView, MeResponse } from '@koers/domain';
import { useState } from 'react';
import { ApiError } from '../../api/errors';
import { describeError } from '../../api/describeError';
import type { KoersApi } from '../../api/koersApi';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useAsync } from '../../hooks/useAsync';
import { useFromHash } from '../../hooks/useHashRoute';
import type { TeamsHost } from '../../host/host';
import { useI18n } from '../../i18n/I18nContext';
import { canvasHref, canvasIdFromHash } from '../../routes';
import { CanvasBoard } from './CanvasBoard';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

interface CanvasPageProps {
  me: MeResponse;
  api: KoersApi;
  /** Inside Teams: the meeting context (side panel / stage) and share to stage. */
  teams?: TeamsHost;
}

/**
 * Which canvas: the one in the link (#/canvas/{id}), else the one of the Teams meeting this tab
 * sits in, else a choice among my conversations — or a new one without a booked meeting.
 */
export function CanvasPage({ me, api, teams }: CanvasPageProps) {
  const { t, language } = useI18n();
  const id = useFromHash(canvasIdFromHash);
  const meetingId = teams?.chatId ?? teams?.meetingId;
  const key = id ? `id:${id}` : meetingId ? `meeting:${meetingId}` : 'pick';
  const loaded = useAsync<CanvasView | undefined>(async (signal) => {
    if (id) {
      try {
        return await api.canvas.load(id, signal);
      } catch (error) {
        // A booked conversation whose canvas nobody opened yet: the first party to open it starts it.
        if (error instanceof ApiError && error.status === 404) return await api.canvas.create({ conversationId: id });
        throw error;
      }
    }
    if (meetingId) return api.canvas.byMeeting(meetingId, signal);
    return undefined;
  }, key);

  if (loaded.status === 'loading') {
    return (
      <div data-testid="page-canvas">
        <PageHeading>{t('route.canvas')}</PageHeading>
        <LoadingState label={t('canvas.loading')} />
      </div>
    );
  }
  if (loaded.status === 'error') {
    const status = loaded.error instanceof ApiError ? loaded.error.status : undefined;
    return (
      <div data-testid="page-canvas">
        <PageHeading>{t('route.canvas')}</PageHeading>
        {status === 404 || status === 403 ? (
          <EmptyState level="h2" title={t('state.errorTitle')} testId="canvas-not-found">
            {meetingId && !id ? t('canvas.meetingNone') : t('canvas.notFound')}
          </EmptyState>
        ) : (
          <ErrorState message={describeError(loaded.error, language, t)} onRetry={loaded.retry} />
        )}
      </div>
    );
  }
  if (loaded.data) {
    const share = teams && teams.frameContext === 'sidePanel' ? (url: string) => void teams.shareToStage(`${window.location.origin}${window.location.pathname}${url}`) : undefined;
    return <CanvasBoard key={loaded.data.canvas.id} view={loaded.data} myUserId={me.me.id} api={api.canvas} onShareToStage={share} />;
  }
  return <CanvasPicker me={me} api={api} />;
}

function CanvasPicker({ me, api }: { me: MeResponse; api: KoersApi }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const mine = useAsync((signal) => api.conversations('mine', signal), 'mine');
  const team = useAsync((signal) => (me.reports.length > 0 ? api.conversations('team', signal) : Promise.resolve({ items: [] })), 'team');
  const [error, setError] = useState<unknown>();
  const start = async (employeeId?: string) => {
    try {
      const view = await api.canvas.create(employeeId ? { employeeId } : {});
      window.location.hash = canvasHref(view.canvas.id);
    } catch (e) {
      setError(e);
    }
  };
  const names = new Map([...me.reports.map((r) => [r.id, r.displayName] as const), ...(me.manager ? [[me.manager.id, me.manager.displayName] as const] : [])]);
  const conversations = [...(mine.status === 'ready' ? mine.data.items : []), ...(team.status === 'ready' ? team.data.items : [])].filter((c) => c.status !== 'geannuleerd');

  return (
    <div data-testid="page-canvas">
      <PageHeading>{t('canvas.pickTitle')}</PageHeading>
      {error !== undefined && <ErrorState message={describeError(error, language, t)} onRetry={() => setError(undefined)} />}
      <div className={styles.list}>
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
    </div>
  );
}
