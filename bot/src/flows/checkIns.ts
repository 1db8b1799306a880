import {
  NotFoundError,
  PopError,
  type CheckInItem,
  type Person,
  type PersonStore,
  type PopService,
  type ReminderService,
} from '@koers/domain';
import { toLocale } from '@koers/texts';
import { chatTranslator } from '../cards/chatText';
import { FollowUpAskData, GoalCheckInData, GoalPauseData, GoalSnoozeData } from '../cards/actions';
import { checkInCard, reminderCardContext } from '../cards/reminderCards';
import { say, show, type Reply } from './reply';

/**
 * The employee's side of a POP reminder card: "op koers", "hulp nodig", "afgerond"
 * with a note, "later herinneren" (or no more check-ins for the goal), and the follow-up prompt. A user only checks in on their own
 * goals: the card's goals are looked up on the actor's own card (never trusted from the click),
 * and the plan must be theirs as employee. Anything else gets a kind refusal and changes nothing.
 */

export interface CheckInDeps {
  pops?: PopService;
  reminders?: ReminderService;
  people: PersonStore;
}

export type CheckInStep = 'record' | 'snooze' | 'pause' | 'follow-up';

function isStale(error: unknown): boolean {
  return error instanceof PopError && (error.code === 'goal-changed' || error.code === 'unknown-goal');
}

type Click = { kind: 'record'; data: GoalCheckInData } | { kind: 'snooze'; data: GoalSnoozeData } | { kind: 'pause'; data: GoalPauseData };

function parseClick(step: Exclude<CheckInStep, 'follow-up'>, data: unknown): Click | undefined {
  if (step === 'record') {
    const parsed = GoalCheckInData.safeParse(data);
    return parsed.success ? { kind: 'record', data: parsed.data } : undefined;
  }
  if (step === 'snooze') {
    const parsed = GoalSnoozeData.safeParse(data);
    return parsed.success ? { kind: 'snooze', data: parsed.data } : undefined;
  }
  const parsed = GoalPauseData.safeParse(data);
  return parsed.success ? { kind: 'pause', data: parsed.data } : undefined;
}

export class CheckIns {
  constructor(private readonly deps: CheckInDeps) {}

  /** undefined when the data is not what that button sends (the bot answers "stale card"). */
  async act(actor: Person, step: CheckInStep, data: unknown, clientLocale: string | undefined): Promise<Reply | undefined> {
    if (step === 'follow-up') return this.followUp(actor, data, clientLocale);
    const { pops, reminders } = this.deps;
    if (!pops || !reminders) return undefined;
    const parsed = parseClick(step, data);
    if (!parsed) return undefined;
    const { data: click } = parsed;
    const ctx = reminderCardContext({ locale: click.locale ?? clientLocale, timeZone: actor.timeZone, day: click.day });
    const refusal = say(ctx.t('reminder.notYourGoal'));

    const items = await reminders.checkInItems(actor, click.day);
    const index = items.findIndex((i) => i.popId === click.popId && i.goalId === click.goalId);
    if (index < 0) return refusal;
    const replace = (change: Partial<CheckInItem>) => show(checkInCard(ctx, items.map((item, i) => (i === index ? { ...item, ...change } : item))));
    const onCard = { day: click.day, popId: click.popId, goalId: click.goalId };

    if (parsed.kind === 'snooze') {
      const snoozed = await reminders.snooze(actor, { ...onCard, choice: parsed.data.choice });
      return snoozed ? replace({ snoozedUntil: snoozed.until }) : refusal;
    }
    try {
      if (parsed.kind === 'pause') return (await reminders.pause(actor, onCard)) ? replace({ paused: true }) : refusal;
      const view = await pops.get(actor, click.popId);
      if (view.role !== 'employee') return refusal;
      const { status, note } = parsed.data;
      const saved = await pops.recordProgress(actor, click.popId, { goalId: click.goalId, status, ...(note ? { note } : {}), seenVersion: click.seenVersion });
      const now = saved.progress.find((p) => p.goalId === click.goalId)?.status ?? status;
      return replace({ status: now, recorded: { status, ...(note ? { note } : {}) } });
    } catch (error) {
      // A stale card: nothing recorded; the card shows the goal as it stands now and opens the POP.
      if (isStale(error)) return replace({ stale: parsed.kind === 'pause' ? 'gone' : 'changed' });
      if (error instanceof NotFoundError) return replace({ stale: 'gone' });
      throw error;
    }
  }

  /** The employee's "plan vervolggesprek": their manager plans it (the manager's card starts the booking). */
  private async followUp(actor: Person, data: unknown, clientLocale: string | undefined): Promise<Reply | undefined> {
    const parsed = FollowUpAskData.safeParse(data);
    if (!parsed.success) return undefined;
    const t = chatTranslator(toLocale(parsed.data.locale ?? clientLocale));
    if (parsed.data.employeeId !== actor.id) return say(t('reminder.notYourGoal'));
    const manager = actor.managerId ? (await this.deps.people.get(actor.tenantId, actor.managerId))?.value : undefined;
    return say(t('reminder.followUpByManager', { name: manager?.displayName ?? t('reminder.yourManager') }));
  }
}
