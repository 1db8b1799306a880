import type { MeResponse } from '@koers/contracts';
import { EmptyState } from '../../components/EmptyState';
import { PageHeading } from '../../components/PageHeading';
import { useI18n } from '../../i18n/I18nContext';
import { InsightView } from './InsightView';

/** Its own route for now: the view also sits on HR's insight page beside the progress board. */
export function InsightPage({ me }: { me: MeResponse }) {
  const { t } = useI18n();
  return (
    <div data-testid="page-insight">
      <PageHeading>{t('route.insight')}</PageHeading>
      {me.me.roles.includes('hr') ? (
        <InsightView />
      ) : (
        <EmptyState level="h2" title={t('insight.hrOnlyTitle')} testId="insight-hr-only">
          {t('insight.hrOnlyBody')}
        </EmptyState>
      )}
    </div>
  );
}
