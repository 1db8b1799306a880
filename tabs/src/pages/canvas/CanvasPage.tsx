import type { MeResponse } from '@koers/contracts';
import { Suspense } from 'react';
import { ApiError } from '../../api/errors';
import { describeError } from '../../api/describeError';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { canvasApi } from '../../api/canvasApi';
import { useApi } from '../../data/apiContext';
import { useCanvasView } from '../../data/canvas';
import { canvasTarget } from '../../data/canvasOpening';
import { useShownInSlices } from '../../data/shown';
import { useFromHash } from '../../hooks/useHashRoute';
import type { TeamsHost } from '../../host/host';
import { useI18n } from '../../i18n/I18nContext';
import { canvasIdFromHash } from '../../routes';
import { lazyComponent } from '../../lazyComponent';
import { CanvasBoard } from './CanvasBoard';
import { useBoardTools } from './boardTools';
import { canvasLayout } from './layout';
import { useCanvasSessionReady } from './useCanvasSession';

// Only where no canvas is named (the Koerskaart tab, a meeting nobody booked): not on the board's way.
const CanvasChoices = lazyComponent(() => import('./CanvasChoices').then((m) => m.CanvasChoices));

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
  const loaded = useShownInSlices(useCanvasView(target));
  // Gesprek afronden, under the board: it comes with the board's tools, right after the board shows.
  const tools = useBoardTools();
  const session = useCanvasSessionReady(loaded.status === 'ready' ? loaded.data.canvas.id : undefined, me.me.id);

  const loading = (
    <div data-testid="page-canvas">
      <PageHeading>{t('route.canvas')}</PageHeading>
      <LoadingState label={t('canvas.loading')} />
    </div>
  );
  if (target !== undefined && (loaded.status === 'loading' || (loaded.status === 'ready' && session.state === 'waiting'))) return loading;
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
          <Suspense fallback={<LoadingState label={t('canvas.loading')} />}>
            <CanvasChoices me={me} meetingId={meetingId} />
          </Suspense>
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
  if (target !== undefined && loaded.status === 'ready' && session.state === 'failed') {
    // Edits a previous page left unsent wait for their validation; without it the board cannot open.
    return (
      <div data-testid="page-canvas">
        <PageHeading>{t('route.canvas')}</PageHeading>
        <ErrorState message={t('error.network')} onRetry={session.retry} />
      </div>
    );
  }
  if (target !== undefined && loaded.status === 'ready') {
    const layout = canvasLayout(teams);
    // Only the side panel shares to the stage; the stage itself is what is shared.
    const share = teams && layout === 'panel' ? (url: string) => teams.shareToStage(`${window.location.origin}${window.location.pathname}${url}`) : undefined;
    return (
      <CanvasBoard key={loaded.data.canvas.id} view={loaded.data} myUserId={me.me.id} api={api} layout={layout} onShareToStage={share}>
        {/* The stage is the shared screen: finishing is done from one's own panel or tab. */}
        {layout !== 'stage' && tools && <tools.CompleteConversation view={loaded.data} timeZone={me.organisation.timeZone} />}
      </CanvasBoard>
    );
  }
  return (
    <div data-testid="page-canvas">
      <PageHeading>{t('canvas.pickTitle')}</PageHeading>
      <Suspense fallback={<LoadingState label={t('canvas.loading')} />}>
        <CanvasChoices me={me} />
      </Suspense>
    </div>
  );
}
