import type { Locale } from '@koers/domain';
import { FluentProvider } from '@fluentui/react-components';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { App } from './App';
import { AppHeader } from './components/AppHeader';
import { AppShell } from './components/AppShell';
import { ErrorState } from './components/ErrorState';
import { LoadingState } from './components/LoadingState';
import { PageHeading } from './components/PageHeading';
import type { TabConfig } from './config';
import { loadConfig } from './config';
import { detectHost } from './host/detectHost';
import type { Host } from './host/host';
import type { ThemeName } from './host/theme';
import { fluentTheme, toThemeName } from './host/theme';
import { I18nProvider, useI18n } from './i18n/I18nContext';
import { hashForSubPageId } from './routes';
import { DEFAULT_LOCALE, toLocale } from './i18n/locale';

type Boot = { status: 'loading' } | { status: 'failed'; host: Host } | { status: 'ready'; config: TabConfig; host: Host };

/**
 * Handy for tests and demos: ?lang=en|nl-BE, and in local mode ?theme=dark|contrast (Teams
 * dark and high contrast in a plain browser). In Azure the theme is always the host's.
 */
const query = new URLSearchParams(window.location.search);
const queryTheme = query.get('theme');
const queryLocale = query.get('lang');

function BootScreen({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <AppShell header={<AppHeader />}>
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
  const [theme, setTheme] = useState<ThemeName>('default');
  const [hostLocale, setHostLocale] = useState<Locale>();
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
    void Promise.all([configLoad, detectHost()]).then(([config, host]) => {
      if (cancelled) return;
      const themeOverride = config?.mode === 'local' && queryTheme !== null;
      if (themeOverride) setTheme(toThemeName(queryTheme));
      if (host.kind === 'teams') {
        // A deep link from chat opens its page, once: before the app's first render reads the
        // hash, replacing it so that Back does not lead to the tab's default page first.
        const target = hashForSubPageId(host.subPageId);
        if (target !== undefined && target !== window.location.hash) window.history.replaceState(window.history.state, '', target);
        if (!themeOverride) {
          setTheme(host.theme);
          host.onThemeChange(setTheme);
        }
        setHostLocale(toLocale(host.locale));
      }
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

  const onPersonLocale = useCallback((value: Locale) => setPersonLocale(value), []);

  return (
    <FluentProvider theme={fluentTheme(theme)}>
      <I18nProvider locale={locale}>
        {boot.status === 'loading' && <BootLoading />}
        {boot.status === 'failed' && <BootFailed />}
        {boot.status === 'ready' && <App config={boot.config} host={boot.host} onPersonLocale={onPersonLocale} />}
      </I18nProvider>
    </FluentProvider>
  );
}
