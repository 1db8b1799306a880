import type { Locale } from '@koers/domain';
import { FluentProvider, type Theme } from '@fluentui/react-components';
import { startTransition, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { App } from './App';
import { AppHeader } from './components/AppHeader';
import { AppShell } from './components/AppShell';
import { NavBar } from './components/NavBar';
import { readDevSession } from './auth/devSession';
import { ErrorState } from './components/ErrorState';
import { LoadingState } from './components/LoadingState';
import { PageHeading } from './components/PageHeading';
import type { TabConfig } from './config';
import { loadConfig } from './config';
import { detectHost } from './host/detectHost';
import type { Host } from './host/host';
import type { ThemeName } from './host/theme';
import { defaultFluentTheme, loadFluentTheme, toThemeName } from './host/theme';
import { I18nProvider, useI18n } from './i18n/I18nContext';
import { hashForSubPageId, routeFromHash } from './routes';
import { DEFAULT_LOCALE, loadTranslator, toLocale } from './i18n/locale';

type Boot = { status: 'loading' } | { status: 'failed'; host: Host } | { status: 'ready'; config: TabConfig; host: Host };

/**
 * Handy for tests and demos: ?lang=en|nl-BE, and in local mode ?theme=dark|contrast (Teams
 * dark and high contrast in a plain browser). In Azure the theme is always the host's.
 */
const query = new URLSearchParams(window.location.search);
const queryTheme = query.get('theme');
const queryLocale = query.get('lang');

/**
 * A persona picked in this window before (local mode): the tab will open signed in, with the bar
 * of pages. The start screen shows that bar already, so it does not push the page down when the
 * signed-in app replaces it. (Inside Teams the host's own loading screen covers this one.)
 */
const openingSignedIn = readDevSession() !== undefined;

function BootScreen({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <AppShell header={<AppHeader />} nav={openingSignedIn ? <NavBar route={routeFromHash(window.location.hash)} /> : undefined}>
      <PageHeading>{t('app.name')}</PageHeading>
      {children}
    </AppShell>
  );
}

function BootLoading() {
  const { t } = useI18n();
  return (
    <BootScreen>
      <LoadingState label={t('app.loading')} />
    </BootScreen>
  );
}

function BootFailed() {
  const { t } = useI18n();
  return (
    <BootScreen>
      <ErrorState message={t('app.configError')} onRetry={() => window.location.reload()} />
    </BootScreen>
  );
}

/** Loads config.json and finds the host, then owns theme and language for the whole tab. */
export function Root() {
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  const [theme, setTheme] = useState<Theme>(defaultFluentTheme);
  const [hostLocale, setHostLocale] = useState<Locale | undefined>(queryLocale ? toLocale(queryLocale) : undefined);
  const [personLocale, setPersonLocale] = useState<Locale>();
  // ?lang= (tests, demos) first; then the person's language as Koers knows it (their choice, the
  // directory's, the organisation's: the chat's too); the Teams client's only until /me has said it.
  const locale = (queryLocale ? toLocale(queryLocale) : undefined) ?? personLocale ?? hostLocale ?? DEFAULT_LOCALE;

  useEffect(() => {
    let cancelled = false;
    const configLoad = loadConfig().then(
      (value) => value,
      () => undefined,
    );
    // The newest theme asked for wins, however long the one before took to load.
    let themeAsked = 0;
    const applyTheme = (name: ThemeName) => {
      const asked = ++themeAsked;
      return loadFluentTheme(name).then(
        (loaded) => {
          if (!cancelled && asked === themeAsked) setTheme(loaded);
        },
        () => undefined,
      );
    };
    void Promise.all([configLoad, detectHost()]).then(async ([config, host]) => {
      if (cancelled) return;
      const themeOverride = config?.mode === 'local' && queryTheme !== null;
      let initialTheme: ThemeName = themeOverride ? toThemeName(queryTheme) : 'default';
      if (host.kind === 'teams') {
        // A deep link from chat opens its page, once: before the app's first render reads the
        // hash, replacing it so that Back does not lead to the tab's default page first.
        const target = hashForSubPageId(host.subPageId);
        if (target !== undefined && target !== window.location.hash) window.history.replaceState(window.history.state, '', target);
        if (!themeOverride) {
          initialTheme = host.theme;
          host.onThemeChange((name) => void applyTheme(name));
        }
      }
      const clientLocale = host.kind === 'teams' && !queryLocale ? toLocale(host.locale) : undefined;
      // The first screen comes in its own theme and language, without a flash of the light or Dutch one.
      await Promise.all([applyTheme(initialTheme), clientLocale && loadTranslator(clientLocale)]);
      if (cancelled) return;
      if (clientLocale) setHostLocale(clientLocale);
      setBoot(config ? { status: 'ready', config, host } : { status: 'failed', host });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  // Teams keeps its loading indicator up until the app says it has rendered.
  useEffect(() => {
    if (boot.status === 'ready' && boot.host.kind === 'teams') boot.host.notifySuccess();
    if (boot.status === 'failed' && boot.host.kind === 'teams') boot.host.notifyFailure('config.json could not be loaded');
  }, [boot]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // In a transition: the screen stays as it is while that language's texts are fetched.
  const onPersonLocale = useCallback((value: Locale) => startTransition(() => setPersonLocale(value)), []);

  return (
    <FluentProvider theme={theme}>
      {/* Blank only while the first screen's language (not Dutch) arrives; later changes keep the screen. */}
      <Suspense fallback={null}>
        <I18nProvider locale={locale}>
          {boot.status === 'loading' && <BootLoading />}
          {boot.status === 'failed' && <BootFailed />}
          {boot.status === 'ready' && <App config={boot.config} host={boot.host} onPersonLocale={onPersonLocale} />}
        </I18nProvider>
      </Suspense>
    </FluentProvider>
  );
}
