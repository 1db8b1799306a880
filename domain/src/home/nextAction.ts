import type { NextAction } from './schema';

/** What a manager knows of one team member, for choosing the next action. */
export interface TeamMemberFacts {
  /** The plan with a goal that needs help, if any. */
  helpPopId?: string;
  /** A draft plan still to be finished and approved by the manager. */
  awaitingManagerPopId?: string;
  /** The last conversation held, when no plan came out of it yet. */
  heldWithoutPopId?: string;
  /** The plan with check-ins overdue, if any. */
  overduePopId?: string;
  /** The next planned conversation. */
  nextPlannedId?: string;
}

/**
 * The one thing a manager should do next for a team member, most urgent first: a goal that needs
 * help, a draft plan to finish and approve, a held conversation without a plan, check-ins that stay
 * out, preparing the planned conversation; with nothing planned, planning one.
 */
export function nextActionFor(facts: TeamMemberFacts): NextAction {
  if (facts.helpPopId) return { kind: 'help', popId: facts.helpPopId };
  if (facts.awaitingManagerPopId) return { kind: 'approve-pop', popId: facts.awaitingManagerPopId };
  if (facts.heldWithoutPopId) return { kind: 'make-pop', conversationId: facts.heldWithoutPopId };
  if (facts.overduePopId) return { kind: 'check-in', popId: facts.overduePopId };
  if (facts.nextPlannedId) return { kind: 'prepare', conversationId: facts.nextPlannedId };
  return { kind: 'plan-conversation' };
}
