import type { MeResponse as Me } from '@koers/contracts';
import type { Locale } from '@koers/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, useState } from 'react';
import type { AuthorizedCall } from './api/authorizedApi';
import { describeError } from './api/describeError';
import { homeApi } from './api/homeApi';
import { peopleApi } from './api/peopleApi';
import { AppHeader } from './components/AppHeader';
import { AppShell } from './components/AppShell';
import { ErrorState } from './components/ErrorState';
import { LoadingState } from './components/LoadingState';
import { NavBar } from './components/NavBar';
import { PageErrorBoundary } from './components/PageErrorBoundary';
import { PageHeading } from './components/PageHeading';
import { ApiProvider, apiOver } from './data/apiContext';
import { lazyComponent } from './lazyComponent';
import { BellPlaceholder } from './components/notifications/BellTrigger';
import { prefetchHome } from './data/home';
import { meQuery } from './data/people';
import { useShownInSlices } from './data/shown';
import { UnsavedChangesProvider, useUnsavedChangesRegistry } from './hooks/unsavedChanges';
import { navigateToHash, useHashRoute } from './hooks/useHashRoute';
import { useI18n } from './i18n/I18nContext';
import type { TeamsHost } from './host/host';
import { canvasLayout } from './pages/canvas/layout';
import { CanvasPage, CataloguePage, ChangeLogPage, HomePage, HrViewPage, InsightPage, OnboardingPage, PlanPage, PopPage, PortfolioPage, PreparePage, RoundPlanPage, RoundsPage, SettingsPage, TemplatesPage } from './pages/routePages';
import { ApiError } from './api/errors';
import { routeInfo } from './routes';

interface SignedInAppProps {
  /** The signed-in caller the pages' data hooks call the API with. */
  call: AuthorizedCall;
  /** Shown in the header until /me has answered. */
  fallbackName?: string;
  onSwitchPersona?: () => void;
  /** Local mode: the bell that stands in for the Teams activity feed. */
  localNotifications?: boolean;
  onPersonLocale: (locale: Locale) => void;
  /** Inside Teams: the meeting context the Koerskaart needs. */
  teams?: TeamsHost;
}

// Asked only when someone leaves unsaved answers: its code (Fluent's Dialog) is not fetched before.
const LeaveDialog = lazyComponent(() => import('./components/LeaveDialog').then((m) => m.LeaveDialog));
// Local mode only, and after the page: its code (Fluent's Popover) is not on the first route.
const NotificationsBell = lazyComponent(() => import('./components/notifications/NotificationsBell').then((m) => m.NotificationsBell));

/** Koers does not know the signed-in person's organisation: its administrator sets it up, anyone else is told whom to ask. */
function unknownOrganisation(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && error.problem?.code === 'unknown-tenant';
}

/** Everything behind sign-in: loads /me once, then routes between the pages. */
export function SignedInApp({ call, fallbackName, onSwitchPersona, localNotifications, onPersonLocale, teams }: SignedInAppProps) {
  const { t, language } = useI18n();
  const unsaved = useUnsavedChangesRegistry();
  // What the user wanted to do (another page, another persona) while a form held unsaved answers.
  const [leaving, setLeaving] = useState<{ go: () => void }>();
  const route = useHashRoute((target) => {
    if (!unsaved.any()) return false;
    setLeaving({ go: () => navigateToHash(target) });
    return true;
  });
  const switchPersona = onSwitchPersona
    ? () => (unsaved.any() ? setLeaving({ go: onSwitchPersona }) : onSwitchPersona())
    : undefined;
  const me = useShownInSlices(useQuery(meQuery(apiOver(call, peopleApi))));
  // The meeting stage is seen by everyone in the meeting: only the canvas, no way to one's own pages.
  const onStage = canvasLayout(teams) === 'stage';
  const client = useQueryClient();
  // The screen the tab opened on: its data is asked for alongside /me, not after it. The
  // Koerskaart's opening reads (data/canvasOpening.ts) are a small chunk of their own, fetched with
  // the page's code at start (routePages.ts), so the home route does not carry them.
  const firstScreen = useRef(onStage ? 'canvas' : route);
  useEffect(() => {
    if (firstScreen.current === 'home') prefetchHome(client, apiOver(call, homeApi));
    if (firstScreen.current === 'canvas') {
      void import('./data/canvasOpening').then(
        (opening) => opening.startCanvasOpeningOfAddress(call, teams),
        // Not there: the page loads its canvas itself, as it does after any other page.
        () => undefined,
      );
    }
  }, [client, call, teams]);
  const info = routeInfo(route);
  const title = t(info.title);
  const personLocale = me.status === 'ready' ? me.data.me.locale : undefined;

  useEffect(() => {
    if (personLocale) onPersonLocale(personLocale);
  }, [personLocale, onPersonLocale]);

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  const header = (
    <AppHeader
      userName={me.status === 'ready' ? me.data.me.displayName : fallbackName}
      onSwitchPersona={switchPersona}
      notifications={
        localNotifications ? (
          me.status === 'ready' ? (
            <Suspense fallback={<BellPlaceholder />}>
              <NotificationsBell call={call} userId={me.data.me.id} />
            </Suspense>
          ) : (
            <BellPlaceholder />
          )
        ) : undefined
      }
    />
  );

  const pageOf = (data: Me) => {
    if (route === 'canvas' || onStage) return <CanvasPage me={data} teams={teams} />;
    if (route === 'home') return <HomePage me={data} />;
    if (route === 'plan') return <PlanPage me={data} />;
    if (route === 'prepare') return <PreparePage me={data} />;
    if (route === 'pop') return <PopPage me={data} />;
    if (route === 'portfolio') return <PortfolioPage me={data} />;
    if (route === 'catalogue') return <CataloguePage me={data} />;
    if (route === 'insight') return <InsightPage me={data} />;
    if (route === 'hr-view') return <HrViewPage />;
    if (route === 'rounds') return <RoundsPage me={data} />;
    if (route === 'round-plan') return <RoundPlanPage me={data} />;
    if (route === 'templates') return <TemplatesPage me={data} />;
    if (route === 'changelog') return <ChangeLogPage me={data} />;
    return <SettingsPage me={data} />;
  };
  // Another page starts without the previous one's failure. A page's code arrives the first time
  // it is opened; a chunk that fails to load is the boundary's to report, with a retry.
  const page = (data: Me) => (
    <PageErrorBoundary key={onStage ? 'canvas' : route} title={title}>
      <Suspense
        fallback={
          <>
            <PageHeading>{title}</PageHeading>
            <LoadingState label={t('app.loading')} testId="page-loading" />
          </>
        }
      >
        {pageOf(data)}
      </Suspense>
    </PageErrorBoundary>
  );

  return (
    <UnsavedChangesProvider value={unsaved}>
      <AppShell header={header} nav={onStage ? undefined : <NavBar route={route} roles={me.status === 'ready' ? me.data.me.roles : undefined} administrator={me.status === 'ready' && me.data.me.mayAdminister === true} />} wide={onStage || route === 'canvas'}>
        {me.status === 'loading' && (
          <>
            <PageHeading>{title}</PageHeading>
            <LoadingState label={t('me.loading')} />
          </>
        )}
        {me.status === 'error' && unknownOrganisation(me.error) && (
          <ApiProvider call={call}>
            <Suspense fallback={<LoadingState label={t('app.loading')} />}>
              <OnboardingPage />
            </Suspense>
          </ApiProvider>
        )}
        {me.status === 'error' && !unknownOrganisation(me.error) && (
          <>
            <PageHeading>{title}</PageHeading>
            <ErrorState message={describeError(me.error, language, t)} onRetry={me.retry} />
          </>
        )}
        {me.status === 'ready' && <ApiProvider call={call}>{page(me.data)}</ApiProvider>}
        {/* Mounted only while asked: a closed Fluent Dialog still leaves tabster's focus guards in the page. */}
        {leaving && (
          <Suspense fallback={null}>
            <LeaveDialog
              onStay={() => setLeaving(undefined)}
              onLeave={() => {
                unsaved.discardAll();
                setLeaving(undefined);
                leaving.go();
              }}
            />
          </Suspense>
        )}
      </AppShell>
    </UnsavedChangesProvider>
  );
}
