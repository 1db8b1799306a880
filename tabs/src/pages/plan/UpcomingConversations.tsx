import type { MeResponse } from '@koers/contracts';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { describeError } from '../../api/describeError';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useConversations } from '../../data/booking';
import { shown } from '../../data/shown';
import { useI18n } from '../../i18n/I18nContext';
import type { ChangeNotice } from './UpcomingCard';
import { UpcomingCard } from './UpcomingCard';
import { upcoming } from './upcoming';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface UpcomingConversationsProps {
  me: MeResponse;
  onChanged: (notice: ChangeNotice) => void;
}

/** The team's planned conversations still to come. */
export function UpcomingConversations({ me, onChanged }: UpcomingConversationsProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const list = shown(useConversations('team'));

  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="plan-upcoming">
      <Text as="h2" id={headingId} size={500} weight="semibold" block className={styles.heading}>
        {t('plan.upcomingTitle')}
      </Text>
      {list.status === 'loading' && <LoadingState label={t('plan.upcomingLoading')} testId="upcoming-loading" />}
      {list.status === 'error' && <ErrorState message={describeError(list.error, language, t)} onRetry={list.retry} />}
      {list.status === 'ready' &&
        (() => {
          const items = upcoming(list.data.items, new Date(), (c) => c.managerId === me.me.id);
          if (items.length === 0) {
            return (
              <EmptyState level="h3" title={t('plan.upcomingEmptyTitle')} testId="upcoming-empty">
                {t('plan.upcomingEmptyBody')}
              </EmptyState>
            );
          }
          return (
            <ul role="list" aria-label={t('plan.listLabel')} className={styles.list}>
              {items.map((conversation) => (
                <li key={conversation.id}>
                  <UpcomingCard me={me} conversation={conversation} onChanged={onChanged} />
                </li>
              ))}
            </ul>
          );
        })()}
    </section>
  );
}
