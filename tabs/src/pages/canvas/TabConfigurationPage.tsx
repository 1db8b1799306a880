import { useEffect } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeading } from '../../components/PageHeading';
import type { TeamsHost } from '../../host/host';
import { useI18n } from '../../i18n/I18nContext';
import { routeHref } from '../../routes';

/** The Koerskaart tab's address: the canvas route without an id finds the meeting's canvas itself. */
export function canvasTabUrl(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}${routeHref('canvas')}`;
}

/**
 * Shown by Teams while the Koerskaart is added to a meeting or chat (the manifest's
 * configurationUrl, frameContext "settings"). Nothing to choose, so Save is enabled at once; the
 * tab then opens the canvas of the meeting it sits in. Needs no sign-in: it reads no data.
 */
export function TabConfigurationPage({ host }: { host: TeamsHost }) {
  const { t } = useI18n();
  const name = t('route.canvas');
  useEffect(() => {
    const url = canvasTabUrl(window.location);
    host.offerTabConfiguration({ contentUrl: url, websiteUrl: url, entityId: 'koerskaart', suggestedDisplayName: name });
  }, [host, name]);
  return (
    <div data-testid="page-configure">
      <PageHeading>{t('canvas.configure.title')}</PageHeading>
      <EmptyState level="h2" title={name} testId="configure-ready">
        {t('canvas.configure.body')}
      </EmptyState>
    </div>
  );
}
