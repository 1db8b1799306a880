import type { MeResponse } from '@koers/contracts';
import { Link, Text } from '@fluentui/react-components';
import { describeError } from '../../api/describeError';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useConversations } from '../../data/booking';
import { shown } from '../../data/shown';
import { useI18n } from '../../i18n/I18nContext';
import { nextConversation } from './nextPlanned';

export function NextConversation({ me }: { me: MeResponse }) {
  const { t, language, formatDateTime } = useI18n();
  const conversations = shown(useConversations('mine'));

  if (conversations.status === 'loading') return <LoadingState label={t('myPage.nextLoading')} />;
  if (conversations.status === 'error') {
    return <ErrorState message={describeError(conversations.error, language, t)} onRetry={conversations.retry} />;
  }
  const next = nextConversation(conversations.data.items, me.me.id, new Date());
  if (!next?.start) {
    return (
      <EmptyState level="h3" title={t('myPage.nextEmptyTitle')} testId="next-conversation-empty">
        {t('myPage.nextEmptyBody')}
      </EmptyState>
    );
  }
  return (
    <div data-testid="next-conversation">
      <Text as="p" block>
        {t('myPage.nextPlanned', { date: formatDateTime(next.start, me.organisation.timeZone) })}
      </Text>
      <Link href="#/prepare">{t('myPage.prepareLink')}</Link>
    </div>
  );
}
