import { addDays, formatDate, parseDate } from '../booking/zonedTime';
import type { Conversation } from '../conversation';
import type { Person } from '../people';
import type { RoundInput } from './api';
import type { RoundProblem } from './errors';
import { conversationPartnerOf, type Round, type RoundExemption } from './round';

/** A round lasts at most a year: longer is a policy, not a round. */
export const MAX_ROUND_DAYS = 366;

/**
 * The first day a conversation can be planned: employees get the organisation's lead time
 * (about two weeks) to prepare, so a round must still run on that day.
 */
export function firstPossibleDay(today: string, leadTimeDays: number): string {
  return formatDate(addDays(parseDate(today), leadTimeDays));
}

export interface RoundCheck {
  today: string;
  leadTimeDays: number;
  memberCount: number;
  templateKnown: boolean;
}

/** Every reason the round cannot be stored or started as it is; empty when it can. */
export function roundInputProblems(input: Pick<RoundInput, 'period'>, check: RoundCheck): RoundProblem[] {
  const problems: RoundProblem[] = [];
  const first = firstPossibleDay(check.today, check.leadTimeDays);
  if (input.period.to < first) problems.push({ code: 'period-too-soon', path: 'period.to', date: first });
  const days = (Date.parse(`${input.period.to}T00:00:00Z`) - Date.parse(`${input.period.from}T00:00:00Z`)) / 86_400_000;
  if (days > MAX_ROUND_DAYS) problems.push({ code: 'period-too-long', path: 'period.to' });
  if (check.memberCount === 0) problems.push({ code: 'audience-empty', path: 'audience' });
  if (!check.templateKnown) problems.push({ code: 'unknown-template', path: 'template' });
  return problems;
}

/** The day managers who lag are nudged, or undefined when the round does not nudge. */
export function nudgeDay(round: Pick<Round, 'period' | 'nudgeWeeksBeforeEnd'>): string | undefined {
  if (round.nudgeWeeksBeforeEnd === 0) return undefined;
  const day = formatDate(addDays(parseDate(round.period.to), -7 * round.nudgeWeeksBeforeEnd));
  return day < round.period.from ? round.period.from : day;
}

/** Whether a running round's nudge is due on `today` (from its nudge day until the period ends). */
export function nudgeDue(round: Pick<Round, 'period' | 'nudgeWeeksBeforeEnd' | 'status'>, today: string): string | undefined {
  const day = nudgeDay(round);
  if (round.status !== 'gestart' || day === undefined) return undefined;
  return today >= day && today <= round.period.to ? day : undefined;
}

/** Whether a running round's period is over on `today`: the daily timer then closes it. */
export function periodOver(round: Pick<Round, 'period' | 'status'>, today: string): boolean {
  return round.status === 'gestart' && today > round.period.to;
}

/**
 * Whether this member has a conversation of the round planned or held with their partner: one
 * that is not cancelled and starts in the round's period (or was planned since the round began).
 */
export function hasConversationInRound(member: Person, conversations: readonly Pick<Conversation, 'employeeId' | 'managerId' | 'status' | 'start'>[], round: Pick<Round, 'period'>): boolean {
  const partner = conversationPartnerOf(member);
  return conversations.some(
    (c) =>
      c.employeeId === member.id &&
      c.managerId === partner &&
      (c.status === 'gepland' || c.status === 'gehouden') &&
      c.start !== undefined &&
      c.start.slice(0, 10) >= round.period.from,
  );
}

/** The members a partner holds conversations with in this round, without the exempt ones. */
export function invitedOf(partnerId: string, members: readonly Person[], exemptions: readonly Pick<RoundExemption, 'personId'>[]): Person[] {
  const exempt = new Set(exemptions.map((e) => e.personId.toLowerCase()));
  return members.filter((m) => conversationPartnerOf(m) === partnerId && !exempt.has(m.id.toLowerCase()));
}

/** Everyone who holds a conversation with at least one member. */
export function partnersOf(members: readonly Person[]): string[] {
  return [...new Set(members.map(conversationPartnerOf).filter((id): id is string => id !== undefined))].sort();
}
