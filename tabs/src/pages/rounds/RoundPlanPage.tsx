import type { MeResponse } from '@koers/contracts';
import { formatCivilDate, type ProposedSlot, type RoundPlanConfirmResult, type RoundPlanItem, type RoundPlanResponse } from '@koers/domain';
import { Button, Card, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { describeError } from '../../api/describeError';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useConfirmRoundPlan, useRoundPlan } from '../../data/rounds';
import { shown } from '../../data/shown';
import { periodLabel } from '../../format/when';
import { useI18n } from '../../i18n/I18nContext';
import { roundPlanIdFromHash, routeHref } from '../../routes';
import { OwnTimePicker, type OwnTime } from '../plan/OwnTimePicker';
import { WherePicker, type Where } from '../plan/WherePicker';
import { nextBookings, type RowChoice } from './roundPlanChoices';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, listStyleType: 'none', margin: 0, padding: 0 },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  other: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
  planned: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, listStyleType: 'none', margin: 0, padding: 0 },
});

type ToPlan = Extract<RoundPlanItem, { status: 'proposed' | 'no-slot' }>;
type Planned = Extract<RoundPlanItem, { status: 'planned' }>;
type Failure = Extract<RoundPlanConfirmResult, { ok: false }>;

const NO_CHOICE: RowChoice = { picking: false, where: { inPerson: false, location: '' } };

/**
 * "Plan ze allemaal tegelijk", opened from the round card in Teams: a proposed time for each
 * member still to plan, confirmed all at once or one by one, or replaced by a time the manager
 * picks. A time taken in between comes back with the reason and a new proposal.
 */
export function RoundPlanPage({ me }: { me: MeResponse }) {
  const { t } = useI18n();
  const styles = useStyles();
  const roundId = roundPlanIdFromHash(window.location.hash);
  if (me.reports.length === 0 || !roundId) {
    return (
      <div className={styles.page} data-testid="page-round-plan">
        <PageHeading>{t('route.roundPlan')}</PageHeading>
        <EmptyState level="h2" title={t(roundId ? 'roundPlan.notManager' : 'roundPlan.noRound')} testId="round-plan-not-manager">
          <Link href={routeHref('plan')}>{t('roundPlan.backToPlan')}</Link>
        </EmptyState>
      </div>
    );
  }
  return <RoundPlan me={me} roundId={roundId} />;
}

function RoundPlan({ me, roundId }: { me: MeResponse; roundId: string }) {
  const { t, language, locale } = useI18n();
  const styles = useStyles();
  const plan = shown(useRoundPlan(roundId));
  const confirm = useConfirmRoundPlan(roundId);
  const [choices, setChoices] = useState<Record<string, RowChoice>>({});
  const [failures, setFailures] = useState<Record<string, Failure>>({});
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [booked, setBooked] = useState<number>();

  if (plan.status === 'loading') {
    return (
      <div className={styles.page} data-testid="page-round-plan">
        <PageHeading>{t('route.roundPlan')}</PageHeading>
        <LoadingState label={t('roundPlan.loading')} testId="round-plan-loading" />
      </div>
    );
  }
  if (plan.status === 'error') {
    return (
      <div className={styles.page} data-testid="page-round-plan">
        <PageHeading>{t('route.roundPlan')}</PageHeading>
        <ErrorState message={describeError(plan.error, language, t)} onRetry={plan.retry} testId="round-plan-error" />
      </div>
    );
  }

  const data = plan.data;
  const toPlan = data.items.filter((i): i is ToPlan => i.status !== 'planned');
  const planned = data.items.filter((i): i is Planned => i.status === 'planned');
  const choiceOf = (id: string) => choices[id] ?? NO_CHOICE;
  const slotOf = (item: ToPlan): ProposedSlot | undefined => failures[item.employee.id]?.proposal ?? (item.status === 'proposed' ? item.slot : undefined);

  async function send(items: readonly ToPlan[]) {
    const { bookings, incomplete } = nextBookings(items.map((item) => ({ employeeId: item.employee.id, slot: slotOf(item), choice: choiceOf(item.employee.id) })));
    setMissing(new Set(incomplete));
    if (incomplete.length > 0 || bookings.length === 0) return;
    const answer = await confirm.mutateAsync({ bookings });
    const failed = answer.results.filter((r): r is Failure => !r.ok);
    setFailures((before) => {
      const next = { ...before };
      for (const r of answer.results) delete next[r.employeeId];
      for (const r of failed) next[r.employeeId] = r;
      return next;
    });
    // A failed one shows its new proposal, not the time the manager had picked.
    setChoices((before) => {
      const next = { ...before };
      for (const r of answer.results) delete next[r.employeeId];
      return next;
    });
    setBooked(answer.results.length - failed.length);
  }

  return (
    <div className={styles.page} data-testid="page-round-plan" data-round={data.round.id}>
      <div className={styles.section}>
        <PageHeading>{t('route.roundPlan')}</PageHeading>
        <Text as="p">{t('roundPlan.intro', { round: data.round.name, type: data.round.conversationType, to: formatCivilDate(data.round.period.to, locale) })}</Text>
        {data.unreadableCalendars > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="round-plan-unreadable">
            <MessageBarBody>{t('roundPlan.unreadable', { count: data.unreadableCalendars })}</MessageBarBody>
          </MessageBar>
        )}
        {/* Always in the page, so screen readers announce the outcome when it appears. */}
        <div role="status" aria-live="polite">
          {booked !== undefined && booked > 0 && (
            <MessageBar intent="success" layout="multiline" data-testid="round-plan-notice">
              <MessageBarBody>{t('roundPlan.booked', { count: booked })}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {confirm.isError && <ErrorState message={describeError(confirm.error, language, t)} testId="round-plan-confirm-error" />}
      </div>

      {toPlan.length === 0 ? (
        <EmptyState level="h2" title={t('roundPlan.emptyTitle')} testId="round-plan-empty">
          {t('roundPlan.emptyBody')} <Link href={routeHref('plan')}>{t('roundPlan.backToPlan')}</Link>
        </EmptyState>
      ) : (
        <section className={styles.section} aria-labelledby="round-plan-to-plan">
          <Text as="h2" id="round-plan-to-plan" size={500} weight="semibold">
            {t('roundPlan.toPlan')}
          </Text>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={confirm.isPending} onClick={() => void send(toPlan)} data-testid="round-plan-confirm-all">
              {confirm.isPending ? t('roundPlan.confirming') : t('roundPlan.confirmAll')}
            </Button>
          </div>
          <ul className={styles.list}>
            {toPlan.map((item) => (
              <ProposalRow
                key={item.employee.id}
                me={me}
                data={data}
                item={item}
                slot={slotOf(item)}
                failure={failures[item.employee.id]}
                choice={choiceOf(item.employee.id)}
                missing={missing.has(item.employee.id)}
                busy={confirm.isPending}
                onChoice={(next) => setChoices((before) => ({ ...before, [item.employee.id]: next }))}
                onConfirm={() => void send([item])}
              />
            ))}
          </ul>
        </section>
      )}

      {planned.length > 0 && (
        <section className={styles.section} aria-labelledby="round-plan-planned">
          <Text as="h2" id="round-plan-planned" size={500} weight="semibold">
            {t('roundPlan.plannedTitle')}
          </Text>
          <ul className={styles.planned}>
            {planned.map((item) => (
              <li key={item.employee.id} data-testid="round-plan-planned" data-person={item.employee.id}>
                <Text weight="semibold">{item.employee.displayName}</Text>
                {' · '}
                <Text>{item.start ? t('roundPlan.planned', { when: periodLabel(item.start, item.end, data.timeZone, locale) }) : t('roundPlan.plannedNoTime')}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function ProposalRow({
  me,
  data,
  item,
  slot,
  failure,
  choice,
  missing,
  busy,
  onChoice,
  onConfirm,
}: {
  me: MeResponse;
  data: RoundPlanResponse;
  item: ToPlan;
  slot: ProposedSlot | undefined;
  failure: Failure | undefined;
  choice: RowChoice;
  missing: boolean;
  busy: boolean;
  onChoice: (next: RowChoice) => void;
  onConfirm: () => void;
}) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const when = (s: { start: string; end: string }) => periodLabel(s.start, s.end, data.timeZone, locale);
  const name = item.employee.displayName;
  const otherId = `round-plan-other-${item.employee.id}`;
  const where: Where = choice.where;
  return (
    <li>
      <Card className={styles.row} data-testid="round-plan-row" data-person={item.employee.id} data-status={item.status}>
        <Text as="h3" size={400} weight="semibold">
          {name}
        </Text>
        {slot ? (
          <Text data-testid="round-plan-when">{t('roundPlan.proposal', { when: when(slot) })}</Text>
        ) : (
          item.status === 'no-slot' && !failure && <Text data-testid="round-plan-no-slot">{t(`roundPlan.noSlot.${item.reason}`, { name })}</Text>
        )}
        <Text size={200} data-testid="round-plan-where">
          {where.inPerson && where.location.trim() ? t('roundPlan.atLocation', { location: where.location.trim() }) : t('plan.where.online')}
        </Text>
        {failure && (
          <MessageBar intent="warning" layout="multiline" data-testid="round-plan-failure" data-error={failure.error}>
            <MessageBarBody>
              <MessageBarTitle>{t(failureKey(failure.error))}</MessageBarTitle>
              {failure.proposal ? t('roundPlan.newProposal', { when: when(failure.proposal) }) : t('roundPlan.noNewProposal')}
            </MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.actions}>
          <Button appearance="secondary" disabled={busy || (!slot && !choice.own)} onClick={onConfirm} data-testid="round-plan-confirm">
            {t('roundPlan.confirm')}
          </Button>
          <Button
            appearance="subtle"
            aria-expanded={choice.picking}
            aria-controls={otherId}
            onClick={() => onChoice({ ...choice, picking: !choice.picking })}
            data-testid="round-plan-other"
          >
            {choice.picking ? t('roundPlan.otherBack') : t('roundPlan.other')}
          </Button>
        </div>
        {choice.picking && (
          <div id={otherId} className={styles.other}>
            <OwnTimePicker me={me} employee={item.employee} missing={missing && !choice.own} onChange={(own: OwnTime | undefined) => onChoice({ ...choice, own })} />
            <WherePicker value={where} onChange={(next) => onChoice({ ...choice, where: next })} missingLocation={missing && where.inPerson && !where.location.trim()} />
          </div>
        )}
      </Card>
    </li>
  );
}

function failureKey(error: string): 'roundPlan.failed.taken' | 'roundPlan.failed.tooSoon' | 'roundPlan.failed.other' {
  if (error === 'slot-unavailable') return 'roundPlan.failed.taken';
  if (error === 'slot-too-soon' || error === 'slot-short-notice') return 'roundPlan.failed.tooSoon';
  return 'roundPlan.failed.other';
}
