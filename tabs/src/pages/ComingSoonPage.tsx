import { EmptyState } from '../components/EmptyState';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/I18nContext';
import type { RouteInfo } from '../routes';

export function ComingSoonPage({ route }: { route: RouteInfo }) {
  const { t } = useI18n();
  return (
    <div data-testid={`page-${route.id}`}>
      <PageHeading>{t(route.title)}</PageHeading>
      <EmptyState level="h2" title={t('comingSoon.title')} testId="coming-soon">
        {route.comingSoon ? t(route.comingSoon) : null}
      </EmptyState>
    </div>
  );
}
