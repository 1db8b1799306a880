import type { ConversationListResponse as ConversationList, MeResponse } from '@koers/contracts';
import type { Conversation } from '@koers/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { describeError } from '../api/describeError';
import { EmptyState } from '../components/EmptyState';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { PageHeading } from '../components/PageHeading';
import { useConversations } from '../data/booking';
import { shown, type Shown } from '../data/shown';
import { useI18n } from '../i18n/I18nContext';
import { upcoming } from './plan/upcoming';
import { PreparationPanel } from './prepare/PreparationPanel';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

interface Group {
  title: string;
  testId: string;
  items: { conversation: Conversation; otherName: string }[];
}

function GroupSection({ group, me }: { group: Group; me: MeResponse }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid={group.testId}>
      <Text as="h2" id={headingId} size={600} weight="semibold" block className={styles.heading}>
        {group.title}
      </Text>
      <ul role="list" className={styles.list}>
        {group.items.map(({ conversation, otherName }) => (
          <li key={conversation.id}>
            <PreparationPanel me={me} conversation={conversation} otherName={otherName} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Both lists, once both are read; the first failure, whose retry reads again what failed. */
function bothLists(mine: Shown<ConversationList>, team: Shown<ConversationList>): Shown<{ mine: Conversation[]; team: Conversation[] }> {
  if (mine.status === 'error') return mine;
  if (team.status === 'error') return team;
  if (mine.status === 'loading' || team.status === 'loading') return { status: 'loading' };
  return { status: 'ready', data: { mine: mine.data.items, team: team.data.items } };
}

/**
 * "Voorbereiden": my own upcoming conversations (as the employee), and for a manager those with
 * the team (their own private preparation, plus what each employee shared).
 */
export function PreparePage({ me }: { me: MeResponse }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const leadsTeam = me.reports.length > 0;
  const mine = shown(useConversations('mine'));
  const team = shown(useConversations('team', { enabled: leadsTeam }));
  const lists = bothLists(mine, leadsTeam ? team : { status: 'ready', data: { items: [] } });

  return (
    <div className={styles.page} data-testid="page-prepare">
      <PageHeading>{t('route.prepare')}</PageHeading>
      {lists.status === 'loading' && <LoadingState label={t('prepare.loading')} testId="prepare-loading" />}
      {lists.status === 'error' && <ErrorState message={describeError(lists.error, language, t)} onRetry={lists.retry} />}
      {lists.status === 'ready' &&
        (() => {
          const now = new Date();
          const nameOf = (id: string) => me.reports.find((r) => r.id === id)?.displayName ?? '';
          const groups: Group[] = [
            {
              title: t('prepare.mineTitle'),
              testId: 'prepare-mine',
              items: upcoming(lists.data.mine, now, (c) => c.employeeId === me.me.id).map((conversation) => ({
                conversation,
                otherName: me.manager?.displayName ?? '',
              })),
            },
            {
              title: t('prepare.teamTitle'),
              testId: 'prepare-team',
              items: upcoming(lists.data.team, now, (c) => c.managerId === me.me.id).map((conversation) => ({
                conversation,
                otherName: nameOf(conversation.employeeId),
              })),
            },
          ].filter((group) => group.items.length > 0);
          if (groups.length === 0) {
            return (
              <EmptyState level="h2" title={t('prepare.emptyTitle')} testId="prepare-empty">
                {t('prepare.emptyBody')}
              </EmptyState>
            );
          }
          return groups.map((group) => <GroupSection key={group.testId} group={group} me={me} />);
        })()}
    </div>
  );
}
