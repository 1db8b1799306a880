import type { Locale } from '@koers/domain';
import { useEffect } from 'react';
import type { KoersApi } from './api/koersApi';
import { describeError } from './api/describeError';
import { AppHeader } from './components/AppHeader';
import { AppShell } from './components/AppShell';
import { ErrorState } from './components/ErrorState';
import { LoadingState } from './components/LoadingState';
import { NavBar } from './components/NavBar';
import { PageHeading } from './components/PageHeading';
import { useAsync } from './hooks/useAsync';
import { useHashRoute } from './hooks/useHashRoute';
import { useI18n } from './i18n/I18nContext';
import type { TeamsHost } from './host/host';
import { CanvasPage } from './pages/canvas/CanvasPage';
import { ComingSoonPage } from './pages/ComingSoonPage';
import { HomePage } from './pages/HomePage';
import { routeInfo } from './routes';

interface SignedInAppProps {
  api: KoersApi;
  /** Shown in the header until /me has answered. */
  fallbackName?: string;
  onSwitchPersona?: () => void;
  onPersonLocale: (locale: Locale) => void;
  /** Inside Teams: the meeting context the Koerskaart needs. */
  teams?: TeamsHost;
}

/** Everything behind sign-in: loads /me once, then routes between the pages. */
export function SignedInApp({ api, fallbackName, onSwitchPersona, onPersonLocale, teams }: SignedInAppProps) {
  const { t, language } = useI18n();
  const route = useHashRoute();
  const me = useAsync((signal) => api.me(signal), 'me');
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
      onSwitchPersona={onSwitchPersona}
    />
  );

  return (
    <AppShell header={header} nav={<NavBar route={route} />}>
      {me.status === 'loading' && (
        <>
          <PageHeading>{title}</PageHeading>
          <LoadingState label={t('me.loading')} />
        </>
      )}
      {me.status === 'error' && (
        <>
          <PageHeading>{title}</PageHeading>
          <ErrorState message={describeError(me.error, language, t)} onRetry={me.retry} />
        </>
      )}
      {me.status === 'ready' &&
        (route === 'home' ? (
          <HomePage me={me.data} api={api} />
        ) : route === 'canvas' ? (
          <CanvasPage me={me.data} api={api} teams={teams} />
        ) : (
          <ComingSoonPage route={info} />
        ))}
    </AppShell>
  );
}
