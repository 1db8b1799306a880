import type { MeResponse } from '@koers/contracts';
import { Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { EmptyState } from '../components/EmptyState';
import { PageHeading } from '../components/PageHeading';
import { firstName } from '../format/names';
import { periodLabel } from '../format/when';
import { useI18n } from '../i18n/I18nContext';
import { planEmployeeFromHash, routeHref } from '../routes';
import { HeldWithTeam } from './plan/HeldWithTeam';
import { NewConversation } from './plan/NewConversation';
import { TeamRounds } from './plan/TeamRounds';
import type { ChangeNotice } from './plan/UpcomingCard';
import { UpcomingConversations } from './plan/UpcomingConversations';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  intro: { display: 'flex', flexDirection: 'column' },
});

type Notice = ChangeNotice | { kind: 'booked'; name: string; firstName: string; when: string };

/** "Gesprek plannen": a manager books, reschedules and cancels conversations with their reports, and finds the held ones back. */
export function PlanPage({ me }: { me: MeResponse }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const [notice, setNotice] = useState<Notice>();

  if (me.reports.length === 0) {
    return (
      <div className={styles.page} data-testid="page-plan">
        <PageHeading>{t('route.plan')}</PageHeading>
        <EmptyState level="h2" title={t('plan.notManagerTitle')} testId="plan-not-manager">
          {t('plan.notManagerBody')} <Link href={routeHref('prepare')}>{t('plan.prepareLink')}</Link>
        </EmptyState>
      </div>
    );
  }

  // The list follows the cache: each change marks it stale, and it is read again.
  const changed = (next: Notice) => setNotice(next);

  return (
    <div className={styles.page} data-testid="page-plan">
      <div className={styles.intro}>
        <PageHeading>{t('route.plan')}</PageHeading>
        {/* Always in the page, so screen readers announce the text when it appears. */}
        <div role="status" aria-live="polite">
          {notice && (
            <MessageBar intent="success" layout="multiline" data-testid="plan-notice" data-kind={notice.kind}>
              <MessageBarBody>
                <MessageBarTitle>{t('plan.successTitle')}</MessageBarTitle>
                {t(`plan.${notice.kind}`, { name: notice.name, firstName: notice.firstName, when: notice.when })}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      </div>
      <NewConversation
        me={me}
        initialEmployeeId={planEmployeeFromHash(window.location.hash)}
        onBooked={(view) =>
          changed({
            kind: 'booked',
            name: view.employee.displayName,
            firstName: firstName(view.employee.displayName),
            when: periodLabel(view.conversation.start ?? '', view.conversation.end, me.organisation.timeZone, locale),
          })
        }
      />
      <TeamRounds />
      <UpcomingConversations me={me} onChanged={changed} />
      <HeldWithTeam />
    </div>
  );
}
