import type { Conversation, PopResponse } from '@koers/domain';
import { followUpPlanProgress, planOfFollowUp } from '@koers/domain';
import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useQueries } from '@tanstack/react-query';
import { useId } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useKoersApi } from '../../data/KoersApiContext';
import { popQuery, usePops } from '../../data/pop';
import { shown, type Shown } from '../../data/shown';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/locale';
import { LastNote } from '../pop/LastNote';
import { civilDateLabel } from '../pop/popFormat';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  goal: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/** The agreed plans of the pair, read in full; the plan itself is chosen as the chat card chooses it. */
function usePlansOfPair(employeeId: string): Shown<PopResponse[]> {
  const api = useKoersApi();
  const list = shown(usePops(employeeId));
  const agreed = list.status === 'ready' ? list.data.pops.filter((p) => p.latestApprovedVersion !== undefined) : [];
  const plans = useQueries({ queries: agreed.map((p) => popQuery(api, p.id)) });
  if (list.status !== 'ready') return list;
  const failed = plans.find((q) => q.isError && !q.isFetching);
  if (failed) return { status: 'error', error: failed.error, retry: () => plans.forEach((q) => void q.refetch()) };
  if (plans.some((q) => q.data === undefined)) return { status: 'loading' };
  return { status: 'ready', data: plans.flatMap((q) => (q.data ? [q.data] : [])) };
}

/**
 * Above the preparation questions of a vervolggesprek: where the plan it follows up stands, per
 * goal — status, milestones done, deadline and the last check-in note (the chat card's lines).
 */
export function FollowUpPlanProgress({ conversation, timeZone }: { conversation: Conversation; timeZone: string }) {
  const { t, locale, language } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const plans = usePlansOfPair(conversation.employeeId);
  const view = plans.status === 'ready' ? plans.data.find((v) => v.pop.id === planOfFollowUp(plans.data.map((p) => p.pop), conversation)?.id) : undefined;
  const goals = view ? followUpPlanProgress(view.pop) : [];
  const names: Record<string, string> = view ? { [view.employee.id]: view.employee.displayName, [view.manager.id]: view.manager.displayName } : {};

  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="follow-up-plan">
      <Text as="h4" id={headingId} size={400} weight="semibold" block className={styles.heading}>
        {t('followUps.prepare.title')}
      </Text>
      {plans.status === 'loading' && <LoadingState label={t('followUps.prepare.loading')} testId="follow-up-plan-loading" />}
      {plans.status === 'error' && (
        <ErrorState message={`${t('followUps.prepare.loadError')} ${describeError(plans.error, language, t)}`} onRetry={plans.retry} testId="follow-up-plan-error" />
      )}
      {plans.status === 'ready' && !view && (
        <Text as="p" data-testid="follow-up-plan-none">
          {t('followUps.prepare.noPlan')}
        </Text>
      )}
      {view && goals.length === 0 && (
        <Text as="p" data-testid="follow-up-plan-none">
          {t('followUps.prepare.noGoals')}
        </Text>
      )}
      {view && goals.length > 0 && (
        <>
          <ul role="list" className={styles.list}>
            {goals.map((goal) => (
              <li key={goal.goalId} className={styles.goal} data-testid="follow-up-plan-goal" data-goal-id={goal.goalId} data-status={goal.status}>
                <Text weight="semibold">{goal.title}</Text>
                <Text>
                  {[
                    t('pop.card.status', { status: t(`pop.progress.${goal.status}` as MessageKey) }),
                    t('pop.card.milestones', { done: goal.milestonesDone, total: goal.milestonesTotal }),
                    goal.deadline ? t('pop.card.deadline', { date: civilDateLabel(goal.deadline, locale) }) : t('pop.card.noDeadline'),
                  ].join(' · ')}
                </Text>
                <LastNote note={goal.lastNote} names={names} timeZone={timeZone} testId="follow-up-plan-note" />
              </li>
            ))}
          </ul>
          <Link href={`#/pop/${view.pop.id}`} data-testid="follow-up-plan-open">
            {t('followUps.prepare.openPop')}
          </Link>
        </>
      )}
    </section>
  );
}
