import type { Conversation } from '../conversation';
import type { PopRole } from '../pop/schema';
import { hasApproved } from '../pop/versions';
import type { Pop, Reminder } from '../records';
import type { Round } from '../rounds/round';
import { NOTICE_KIND, type Notice } from './notice';

/** Building, checking and addressing notices (the schema and the outbox's rule: notice.ts). */

/** A notice for one recipient, ready to be put in the outbox. */
export interface AddressedNotice {
  tenantId: string;
  recipientId: string;
  notice: Notice;
}

/**
 * How long a notice waits for the change it reports before the dispatcher gives up on it: the
 * record is written first, so a run may see it a moment before the change is stored.
 */
export const NOTICE_GRACE_MS = 2 * 60_000;

/** FNV-1a, twice with different offsets: a short, stable key for a long id (no crypto in the domain). */
function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

function subjectOf(notice: Notice): string {
  if (notice.event === 'conversation-requested') return notice.requestId;
  if (isRoundNotice(notice)) return notice.roundId;
  return 'conversationId' in notice ? notice.conversationId : notice.popId;
}

/**
 * The idempotency key of a notice: the same change told to the same person is the same record,
 * however often the use case is retried or replayed.
 */
export function noticeId(recipientId: string, notice: Notice): string {
  const parts: string[] = [notice.event, subjectOf(notice), recipientId];
  if (notice.event === 'booked' || notice.event === 'cancelled') parts.push(String(notice.revision));
  if (notice.event === 'rescheduled') parts.push(notice.start, notice.previous.start, notice.at);
  if (notice.event === 'pop-approved') parts.push(String(notice.version), notice.by);
  if (notice.event === 'pop-agreed') parts.push(String(notice.version));
  if (notice.event === 'help-needed') parts.push(notice.goalId, notice.at);
  if (notice.event === 'round-nudge') parts.push(notice.day);
  if (notice.event === 'follow-up-proposed' || notice.event === 'follow-up-coming') parts.push(notice.agreement, String(notice.number));
  return `notice|${notice.event}|${stableHash(parts.join('\u0000'))}`;
}

/**
 * The outbox record of a notice: due at once, in the due index with the reminders. Its due time is
 * the change's own time, so a replay of the change finds the same record (the due day is the
 * record's partition).
 */
export function noticeRecord(addressed: AddressedNotice): Reminder {
  return {
    id: noticeId(addressed.recipientId, addressed.notice),
    tenantId: addressed.tenantId,
    recipientId: addressed.recipientId,
    kind: NOTICE_KIND,
    subjectId: subjectOf(addressed.notice),
    dueAt: new Date(Date.parse(addressed.notice.at)).toISOString(),
    state: 'due',
    attempts: 0,
    about: { type: 'notice', notice: addressed.notice },
  };
}

export type RoundNotice = Extract<Notice, { event: 'round-started' | 'round-open' | 'round-nudge' }>;

export function isRoundNotice(notice: Notice): notice is RoundNotice {
  return notice.event === 'round-started' || notice.event === 'round-open' || notice.event === 'round-nudge';
}

/** What the dispatcher reads to check a notice: the conversation, the plan or the round as stored now. */
export interface NoticeFacts {
  conversation?: Conversation;
  pop?: Pop;
  round?: Pick<Round, 'status'>;
}

/** Whether the change a notice reports is in the stored state. */
export function noticeHappened(notice: Notice, facts: NoticeFacts): boolean {
  const { conversation, pop, round } = facts;
  switch (notice.event) {
    case 'booked':
      return conversation !== undefined && (conversation.bookingRevision ?? 1) === notice.revision && conversation.status !== 'concept' && conversation.start !== undefined;
    case 'rescheduled':
      return conversation?.status === 'gepland' && conversation.start === notice.start;
    case 'cancelled':
      return conversation?.status === 'geannuleerd' && (conversation.bookingRevision ?? 1) === notice.revision;
    case 'pop-approved': {
      const version = pop?.versions.find((v) => v.number === notice.version);
      return version !== undefined && hasApproved(version, notice.by);
    }
    case 'pop-agreed': {
      const version = pop?.versions.find((v) => v.number === notice.version);
      return version !== undefined && hasApproved(version, 'employee') && hasApproved(version, 'manager');
    }
    // The request is the event itself: nothing else is stored that could have failed.
    case 'conversation-requested':
      return true;
    case 'help-needed': {
      const progress = pop?.progress.find((p) => p.goalId === notice.goalId);
      return progress !== undefined && Date.parse(progress.updatedAt) >= Date.parse(notice.at);
    }
    // Recorded on the plan with this very time: a proposal lost in a race (another run recorded its own) is not sent.
    case 'follow-up-proposed':
    case 'follow-up-coming':
      return (pop?.followUpProposals ?? []).some((p) => p.agreement === notice.agreement && p.number === notice.number && p.at === notice.at);
    // A round's cards matter only while it runs: a round closed meanwhile sends nothing more.
    case 'round-started':
    case 'round-open':
    case 'round-nudge':
      return round?.status === 'gestart';
  }
}

/**
 * What the dispatcher does with a notice now. `send` when the change happened (and, for "your
 * turn", the other party has not approved meanwhile: then the "agreed" notice says it all);
 * `wait` while the change may still be on its way; `skip` when it did not happen.
 */
export function noticeVerdict(notice: Notice, facts: NoticeFacts, timing: { createdAt: string; now: Date }): 'send' | 'wait' | 'skip' {
  if (noticeHappened(notice, facts)) {
    if (notice.event === 'pop-approved') {
      const agreed = noticeHappened({ ...notice, event: 'pop-agreed' }, facts);
      return agreed ? 'skip' : 'send';
    }
    return 'send';
  }
  return timing.now.getTime() - Date.parse(timing.createdAt) < NOTICE_GRACE_MS ? 'wait' : 'skip';
}

/**
 * The notices of one approval of version `version` by `by`, given the plan as it will be stored:
 * "your turn" to the other party, or, when this approval completes the plan, "agreed" to both.
 */
export function approvalNotices(after: Pop, version: number, by: PopRole, at: string): AddressedNotice[] {
  const stored = after.versions.find((v) => v.number === version);
  const base = { tenantId: after.tenantId };
  if (stored && hasApproved(stored, 'employee') && hasApproved(stored, 'manager')) {
    return [after.employeeId, after.managerId].map((recipientId) => ({
      ...base,
      recipientId,
      notice: { event: 'pop-agreed', popId: after.id, employeeId: after.employeeId, version, at },
    }));
  }
  return [
    {
      ...base,
      recipientId: by === 'employee' ? after.managerId : after.employeeId,
      notice: { event: 'pop-approved', popId: after.id, employeeId: after.employeeId, version, by, at },
    },
  ];
}
