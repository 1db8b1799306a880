import {
  BookingError,
  firstPossibleDay,
  hasConversationInRound,
  invitedOf,
  IsoDateTime,
  NotFoundError,
  readAll,
  roundMembers,
  RoundPlanConfirmInput,
  RoundStateError,
  toPersonSummary,
  type Actor,
  type Conversation,
  type Person,
  type ProposedSlot,
  type Round,
  type RoundPlanConfirmResponse,
  type RoundPlanConfirmResult,
  type RoundPlanItem,
  type RoundPlanResponse,
  type Stores,
} from '@koers/domain';
import type { ConfirmSeriesInput, SeriesBookingFailure, SeriesBookingResult, SeriesPlanner, SeriesProposals } from '../booking/series';

/** The window a manager plans a round's conversations in (civil dates, both included). */
export interface PlanningWindow {
  from: string;
  to: string;
}

/**
 * The series planner behind the card's button: times for all of a manager's members at once,
 * spread over the window, never two on a day unless allowed; and booking the ones confirmed.
 * Wired in the composition root (seriesRoundPlanning).
 */
export interface RoundPlanning {
  /** `otherStarts`: the manager's other conversations of the same list, whose days count as taken. */
  proposeFor(tenantId: string, managerId: string, employeeIds: readonly string[], window: PlanningWindow, allowSameDay: boolean, otherStarts?: readonly string[]): Promise<SeriesProposals>;
  confirm(input: ConfirmSeriesInput): Promise<SeriesBookingResult[]>;
}

export function seriesRoundPlanning(series: SeriesPlanner): RoundPlanning {
  return {
    proposeFor: (tenantId, managerId, employeeIds, window, allowSameDay, otherStarts = []) =>
      series.proposeSeries({ tenantId, managerId, employeeIds: [...employeeIds], window, allowSameDay, otherStarts: [...otherStarts] }),
    confirm: (input) => series.confirmSeries(input),
  };
}

/** Failures a fresh proposal answers: the time was taken, or came too close, in between. */
const TIME_GONE: ReadonlySet<SeriesBookingFailure> = new Set(['slot-unavailable', 'slot-too-soon', 'slot-short-notice']);

interface PlanningDeps {
  stores: Pick<Stores, 'rounds' | 'people' | 'organisations' | 'conversations'>;
  planning: RoundPlanning | undefined;
  orgToday(tenantId: string): Promise<{ today: string; leadTimeDays: number }>;
}

interface ManagersRound {
  round: Round;
  planning: RoundPlanning;
  invited: Person[];
  conversations: Conversation[];
  window: PlanningWindow;
}

function byName(a: RoundPlanItem, b: RoundPlanItem): number {
  return a.employee.displayName.localeCompare(b.employee.displayName, 'nl');
}

/** The conversation that counts this member as planned or held in the round. */
function roundConversationOf(member: Person, conversations: readonly Conversation[], round: Round): Conversation | undefined {
  return conversations.find((c) => hasConversationInRound(member, [c], round));
}

export function createRoundPlanningUseCases(deps: PlanningDeps) {
  const { stores } = deps;

  /** The running round as the manager plans it: their members (without the exempt), their conversations, the window. */
  async function managersRound(actor: Actor, roundId: string): Promise<ManagersRound> {
    const stored = await stores.rounds.get(actor.tenantId, roundId);
    // A concept is HR's alone: a manager learns nothing of it.
    if (!stored || stored.value.status === 'concept') throw new NotFoundError('Round', roundId);
    const round = stored.value;
    if (round.status === 'afgesloten') throw new RoundStateError('round-closed');
    if (!deps.planning) throw new NotFoundError('RoundPlanning', roundId);
    const team = await readAll((page) => stores.people.listTeam(actor.tenantId, actor.id, page));
    const invited = invitedOf(actor.id, roundMembers(round, team), await stores.rounds.listExemptions(actor.tenantId, roundId));
    const conversations = invited.length ? await readAll((page) => stores.conversations.listForManager(actor.tenantId, actor.id, page), 5000) : [];
    const { today, leadTimeDays } = await deps.orgToday(actor.tenantId);
    const earliest = firstPossibleDay(today, leadTimeDays);
    const window = { from: round.period.from > earliest ? round.period.from : earliest, to: round.period.to };
    return { round, planning: deps.planning, invited, conversations, window };
  }

  async function propose(context: ManagersRound, actor: Actor, people: readonly Person[], otherStarts: readonly string[] = []): Promise<SeriesProposals | undefined> {
    if (people.length === 0 || context.window.from > context.window.to) return undefined;
    return context.planning.proposeFor(actor.tenantId, actor.id, people.map((p) => p.id), context.window, context.round.allowSameDay, otherStarts);
  }

  async function planAll(actor: Actor, roundId: string): Promise<RoundPlanResponse> {
    const context = await managersRound(actor, roundId);
    const { round, invited, conversations } = context;
    const items: RoundPlanItem[] = [];
    const toPlan: Person[] = [];
    for (const member of invited) {
      const planned = roundConversationOf(member, conversations, round);
      if (planned) items.push({ status: 'planned', employee: toPersonSummary(member), ...times(planned) });
      else toPlan.push(member);
    }
    const proposals = await propose(context, actor, toPlan);
    const byId = new Map(proposals?.proposals.map((p) => [p.employeeId.toLowerCase(), p]));
    for (const member of toPlan) {
      const employee = toPersonSummary(member);
      const found = byId.get(member.id.toLowerCase());
      if (found?.ok) items.push({ status: 'proposed', employee, slot: found.slot });
      else if (found?.reason === 'already-planned') items.push({ status: 'planned', employee });
      // No window left at all (the period ends before the lead time does): too soon for everyone.
      else items.push({ status: 'no-slot', employee, reason: found?.reason ?? 'window-too-soon' });
    }
    const org = (await stores.organisations.get(actor.tenantId))?.value;
    return {
      round: { id: round.id, name: round.name, period: round.period, conversationType: round.conversationType },
      timeZone: proposals?.timeZone ?? org?.timeZone ?? 'Europe/Amsterdam',
      durationMinutes: proposals?.durationMinutes ?? org?.conversationMinutes ?? 60,
      items: items.sort(byName),
      unreadableCalendars: proposals?.unreadableCalendars.length ?? 0,
    };
  }

  async function confirmPlan(actor: Actor, roundId: string, raw: RoundPlanConfirmInput): Promise<RoundPlanConfirmResponse> {
    const input = RoundPlanConfirmInput.parse(raw);
    const context = await managersRound(actor, roundId);
    const { round, invited } = context;
    const members = new Map(invited.map((m) => [m.id.toLowerCase(), m]));
    // Only this manager's members of this round, whatever the page sent.
    if (input.bookings.some((b) => !members.has(b.employeeId.toLowerCase()))) throw new BookingError('not-your-report');
    // A member whose round conversation was cancelled is booked anew, under a key of its own.
    const cancelled = (employeeId: string) =>
      context.conversations.filter((c) => c.employeeId === employeeId && c.status === 'geannuleerd' && c.start !== undefined && c.start.slice(0, 10) >= round.period.from).length;
    const booked = await context.planning.confirm({
      tenantId: actor.tenantId,
      managerId: actor.id,
      seriesId: round.id,
      kind: round.conversationType,
      template: round.template,
      bookings: input.bookings.map((b) => ({ ...b, attempt: cancelled(members.get(b.employeeId.toLowerCase())!.id) })),
    });
    const gone = booked.filter((r) => !r.ok && TIME_GONE.has(r.error)).map((r) => members.get(r.employeeId.toLowerCase())!);
    // The re-proposal keeps clear of the days of the rest of the list, as the first proposal did.
    const goneIds = new Set(gone.map((m) => m.id.toLowerCase()));
    const otherStarts = input.bookings.filter((b) => !goneIds.has(b.employeeId.toLowerCase()) && IsoDateTime.safeParse(b.start).success).map((b) => b.start);
    const fresh = new Map<string, ProposedSlot>();
    for (const p of (await propose(context, actor, gone, otherStarts))?.proposals ?? []) if (p.ok) fresh.set(p.employeeId.toLowerCase(), p.slot);
    const results = booked.map((r): RoundPlanConfirmResult => {
      if (!r.ok) {
        const proposal = fresh.get(r.employeeId.toLowerCase());
        return { ok: false, employeeId: r.employeeId, error: r.error, ...(proposal ? { proposal } : {}) };
      }
      const c = r.conversation.conversation;
      return { ok: true, employeeId: r.employeeId, conversationId: c.id, start: c.start ?? '', end: c.end ?? '', ...(c.location ? { location: c.location } : {}), created: r.created };
    });
    return { results };
  }

  return { planAll, confirmPlan };
}

function times(c: Conversation): { start?: string; end?: string; location?: string } {
  return { ...(c.start ? { start: c.start } : {}), ...(c.end ? { end: c.end } : {}), ...(c.location ? { location: c.location } : {}) };
}
