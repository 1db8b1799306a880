import type { MeResponse } from '@koers/contracts';
import { hasRole } from '@koers/domain';
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { EmptyState } from '../components/EmptyState';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/I18nContext';
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
      <TabList selectedValue={panel} onTabSelect={(_e, d) => setPanel(d.value as Panel)} aria-label={t('route.insight')}>
        <Tab value="progress" id="insight-tab-progress" aria-controls="insight-panel-progress" data-testid="insight-tab-progress">
          {t('progress.tab.progress')}
        </Tab>
      </TabList>
      {panel === 'progress' && (
        <div role="tabpanel" id="insight-panel-progress" aria-labelledby="insight-tab-progress">
          <ProgressBoard timeZone={me.organisation.timeZone} />
        </div>
      )}
    </div>
  );
}
