import type { MeResponse } from '@koers/contracts';
import { hasRole } from '@koers/domain';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { EmptyState } from '../components/EmptyState';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/I18nContext';
import { PanelTabs } from './insight/PanelTabs';
import { ProgressBoard } from './insight/ProgressBoard';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** The panels of HR-inzicht, in the order of the tab list. */
type Panel = 'progress';

/** "HR-inzicht": what HR may see of the conversation cycle, one panel per tab; Koers.HR only (the API checks it too). */
export function InsightPage({ me }: { me: MeResponse }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [panel, setPanel] = useState<Panel>('progress');
  if (!hasRole(me.me, 'hr')) {
    return (
      <div className={styles.page} data-testid="page-insight">
        <PageHeading>{t('route.insight')}</PageHeading>
        <EmptyState level="h2" title={t('progress.notForYou')} testId="insight-hr-only">
          {t('progress.notForYouBody')}
        </EmptyState>
      </div>
    );
  }
  return (
    <div className={styles.page} data-testid="page-insight">
      <PageHeading>{t('route.insight')}</PageHeading>
      <PanelTabs idPrefix="insight" label={t('route.insight')} tabs={[{ id: 'progress', label: t('progress.tab.progress') }]} selected={panel} onSelect={setPanel} />
      {panel === 'progress' && (
        <div role="tabpanel" id="insight-panel-progress" aria-labelledby="insight-tab-progress" tabIndex={0}>
          <ProgressBoard timeZone={me.organisation.timeZone} />
        </div>
      )}
    </div>
  );
}
