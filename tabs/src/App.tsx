import type { Locale } from '@koers/domain';
import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ApiError } from './api/errors';
import { authorizedCaller } from './api/authorizedApi';
import { describeError } from './api/describeError';
import { devApi } from './api/devApi';
import type { HttpSettings } from './api/http';
import { clearDevSession, readDevSession } from './auth/devSession';
import { devTokenSource } from './auth/devTokenSource';
import { teamsTokenSource } from './auth/teamsTokenSource';
import { AppHeader } from './components/AppHeader';
import { AppShell } from './components/AppShell';
import type { TabConfig } from './config';
import { createQueryClient } from './data/queryClient';
import type { Host } from './host/host';
import { navigate } from './hooks/useHashRoute';
import { useI18n } from './i18n/I18nContext';
import { acceptLanguage } from './i18n/locale';
import { LoadingState } from './components/LoadingState';
import { OpenInTeamsPage, PersonaPage, SignInPage, TabConfigurationPage } from './pages/routePages';
import { SignedInApp } from './SignedInApp';

type AuthState =
  | { kind: 'signed-in'; session: number; userName?: string }
  | { kind: 'choose-persona'; message?: string }
  | { kind: 'teams-sign-in'; message?: string }
  | { kind: 'open-in-teams' };

function initialAuth(config: TabConfig, host: Host): AuthState {
  if (host.kind === 'teams') return { kind: 'signed-in', session: 0 };
  if (config.mode === 'azure') return { kind: 'open-in-teams' };
  const session = readDevSession();
  return session ? { kind: 'signed-in', session: 0, userName: session.displayName } : { kind: 'choose-persona' };
}

interface AppProps {
  config: TabConfig;
  host: Host;
  onPersonLocale: (locale: Locale) => void;
}

/** Who is signed in, and how: Teams SSO inside Teams, the persona switch outside it (local mode). */
export function App({ config, host, onPersonLocale }: AppProps) {
  const i18n = useI18n();
  // The language of the moment, for requests and messages made later (the API client lives across renders).
  const i18nRef = useRef(i18n);
  useLayoutEffect(() => {
    i18nRef.current = i18n;
  });
  const [auth, setAuth] = useState<AuthState>(() => initialAuth(config, host));
  // The tab's one cache; each sign-in starts it empty, so nobody sees what the previous person read.
  const [queryClient] = useState(createQueryClient);
  const withData = (children: ReactNode) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;

  const settings = useMemo<HttpSettings>(
    () => ({ apiBase: config.apiBase, acceptLanguage: () => acceptLanguage(i18nRef.current.locale) }),
    [config.apiBase],
  );
  // eslint-disable-next-line react-hooks/refs -- settings reads the language only when a request is sent, never while rendering
  const dev = useMemo(() => devApi(settings), [settings]);

  const onSignedOut = useCallback(
    (error: ApiError) => {
      const { t, language } = i18nRef.current;
      if (host.kind === 'teams') {
        setAuth({ kind: 'teams-sign-in', message: describeError(error, language, t) });
      } else {
        clearDevSession();
        setAuth({ kind: 'choose-persona', message: t('auth.signedOut') });
      }
    },
    [host],
  );

  const call = useMemo(() => {
    const tokens = host.kind === 'teams' ? teamsTokenSource(host) : devTokenSource(dev);
    // eslint-disable-next-line react-hooks/refs -- settings and onSignedOut read the language when a request is sent or fails, never while rendering
    return authorizedCaller(settings, tokens, onSignedOut);
  }, [host, dev, settings, onSignedOut]);

  const signedIn = (userName?: string) => {
    queryClient.clear();
    setAuth((previous) => ({
      kind: 'signed-in',
      session: previous.kind === 'signed-in' ? previous.session + 1 : Date.now(),
      userName,
    }));
  };

  const switchPersona = () => {
    clearDevSession();
    // The next person starts on their own home page, not on whatever the previous one had open.
    navigate('home');
    setAuth({ kind: 'choose-persona' });
  };

  const loading = <LoadingState label={i18n.t('app.loading')} testId="page-loading" />;

  // Teams' configuration page of the meeting tab: reads no data, so it needs no sign-in.
  if (host.kind === 'teams' && host.frameContext === 'settings') {
    return (
      <AppShell header={<AppHeader />}>
        <Suspense fallback={loading}>
          <TabConfigurationPage host={host} />
        </Suspense>
      </AppShell>
    );
  }

  if (auth.kind === 'signed-in') {
    return withData(
      <SignedInApp
        key={auth.session}
        call={call}
        fallbackName={auth.userName}
        onSwitchPersona={host.kind === 'browser' && config.mode === 'local' ? switchPersona : undefined}
        localNotifications={config.mode === 'local'}
        onPersonLocale={onPersonLocale}
        teams={host.kind === 'teams' ? host : undefined}
      />,
    );
  }

  return withData(
    <AppShell header={<AppHeader />}>
      <Suspense fallback={loading}>
        {auth.kind === 'choose-persona' && (
          <PersonaPage dev={dev} message={auth.message} onSignedIn={(session) => signedIn(session.displayName)} />
        )}
        {auth.kind === 'teams-sign-in' && host.kind === 'teams' && (
          <SignInPage
            message={auth.message}
            onSignIn={async () => {
              await host.getAuthToken();
              signedIn();
            }}
          />
        )}
        {auth.kind === 'open-in-teams' && <OpenInTeamsPage />}
      </Suspense>
    </AppShell>,
  );
}
