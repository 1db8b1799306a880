import { z } from 'zod';
import { localDate, formatDate } from '../booking/zonedTime';
import type { Conversation } from '../conversation';
import { ConversationKind, heldAt, isHeld, IsoDateTime } from '../conversation';
import { Guid } from '../people';
import type { Stored } from '../stored';
import type { CivilDateString } from '../pop/schema';
import { latestApprovedVersion } from '../pop/versions';
import type { Pop } from '../records';
import { automaticId, visibilityOf } from './entries';
import { EntryContent, isPointInTime, Period, Visibility, type AutomaticShares, type PortfolioEntry } from './schema';

/**
 * The timeline: the employee's own entries plus, derived at read time from the POP and
 * conversation stores (never copied, so never stale), one entry per POP with an approved version
 * and one per held conversation. Newest first, ongoing on top.
 *
 * Who sees what (privacy-first, one rule for both kinds): the employee sees everything; their
 * current manager sees an entry only when it is shared with them — an own entry by the switch, an
 * automatic one by nature when that manager took part (both were there), or by the switch when it
 * involved a previous manager. Nobody else sees anything (not HR, not a previous manager).
 * Automatic entries cannot be deleted or hidden from the employee's own timeline: they are the
 * record of what happened, and their source (the POP, the conversation) is where that lives.
 */

const ItemBase = {
  /** Own entries: the entry's UUID; automatic ones: `pop:<popId>`, `gesprek:<conversationId>`. */
  id: z.string().min(1).max(120),
  period: Period,
  /** For the current manager (the employee's view): shared with them or not. */
  visibility: Visibility,
};

/** With whom an automatic entry happened. */
const With = z.object({ id: Guid, displayName: z.string().optional() });

export const OwnItem = z.object({
  ...ItemBase,
  source: z.literal('eigen'),
  content: EntryContent,
  /** A span with no end date, or one not yet passed (never a certificate or reflection: those are one day). */
  ongoing: z.boolean(),
  /** Pass as If-Match to change or delete it. */
  etag: z.string(),
  updatedAt: IsoDateTime,
});
export type OwnItem = z.infer<typeof OwnItem>;

const AutomaticBase = {
  ...ItemBase,
  manager: With,
  /** The current manager took part: shared with them by nature, the switch cannot turn it off. */
  sharedByNature: z.boolean(),
};

export const PopItem = z.object({
  ...AutomaticBase,
  source: z.literal('pop'),
  popId: z.string(),
  version: z.number().int().min(1),
  /** When the second of the two approvals was given. */
  approvedAt: IsoDateTime,
  goalTitles: z.array(z.string()),
});
export type PopItem = z.infer<typeof PopItem>;

export const ConversationItem = z.object({
  ...AutomaticBase,
  source: z.literal('gesprek'),
  conversationId: z.string(),
  conversationKind: ConversationKind,
  heldAt: IsoDateTime,
  /** Where it was held in person; absent: online. */
  location: z.string().optional(),
});
export type ConversationItem = z.infer<typeof ConversationItem>;

export const TimelineItem = z.discriminatedUnion('source', [OwnItem, PopItem, ConversationItem]);
export type TimelineItem = z.infer<typeof TimelineItem>;

export type PortfolioViewer = { role: 'employee' } | { role: 'manager'; id: string };

export interface TimelineSources {
  employee: { id: string; managerId?: string };
  entries: readonly Stored<PortfolioEntry>[];
  pops: readonly Pop[];
  conversations: readonly Conversation[];
  shares: AutomaticShares | undefined;
  /** The organisation's zone: the day an approval or a conversation falls on. */
  timeZone: string;
  /** Today in that zone (yyyy-mm-dd): decides what is ongoing. */
  today: CivilDateString;
  /** This instant: decides which planned conversations are over (isHeld). */
  now: Date;
  /** Display names of the managers the automatic entries involve, where known. */
  names?: ReadonlyMap<string, string>;
}

function dayOf(instant: string, timeZone: string): string {
  return formatDate(localDate(new Date(instant), timeZone));
}

/** An own entry as the timeline shows it; `managerId` is the employee's current manager. */
export function toOwnItem(stored: Stored<PortfolioEntry>, managerId: string | undefined, today: string): OwnItem {
  const { content } = stored.value;
  return {
    id: stored.value.id,
    source: 'eigen',
    period: content.period,
    visibility: visibilityOf(stored.value.sharedWith, managerId),
    content,
    ongoing: !isPointInTime(content.kind) && (content.period.to === undefined || content.period.to >= today),
    etag: stored.etag,
    updatedAt: stored.value.updatedAt,
  };
}

/** What every automatic entry has: its id, its day, with whom, and whether the current manager sees it. */
function automaticBase(sources: TimelineSources, source: 'pop' | 'gesprek', sourceId: string, managerId: string, at: string) {
  const day = dayOf(at, sources.timeZone);
  const current = sources.employee.managerId;
  const share = sources.shares?.shares.find((s) => s.source === source && s.sourceId === sourceId);
  const byNature = current !== undefined && current === managerId;
  return {
    id: automaticId(source, sourceId),
    period: { from: day, to: day },
    visibility: byNature ? ('leidinggevende' as const) : visibilityOf(share?.sharedWith, current),
    sharedByNature: byNature,
    manager: { id: managerId, displayName: sources.names?.get(managerId) },
  };
}

function popItem(pop: Pop, sources: TimelineSources): PopItem | undefined {
  const version = latestApprovedVersion(pop);
  if (!version) return undefined;
  const times = [version.approvals.employee?.at, version.approvals.manager?.at].filter((t): t is string => t !== undefined);
  const approvedAt = times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
  return {
    ...automaticBase(sources, 'pop', pop.id, pop.managerId, approvedAt),
    source: 'pop',
    popId: pop.id,
    version: version.number,
    approvedAt,
    goalTitles: version.goals.map((g) => g.title),
  };
}

function conversationItem(conversation: Conversation, sources: TimelineSources): ConversationItem | undefined {
  if (!isHeld(conversation, sources.now)) return undefined;
  const at = heldAt(conversation);
  return {
    ...automaticBase(sources, 'gesprek', conversation.id, conversation.managerId, at),
    source: 'gesprek',
    conversationId: conversation.id,
    conversationKind: conversation.kind,
    heldAt: at,
    ...(conversation.location ? { location: conversation.location } : {}),
  };
}

function isOngoing(item: TimelineItem): boolean {
  return item.source === 'eigen' && item.ongoing;
}

/** Ongoing first (latest start on top), then by end date, newest first; ties by start, then id. */
export function compareTimeline(a: TimelineItem, b: TimelineItem): number {
  const ongoing = Number(isOngoing(b)) - Number(isOngoing(a));
  if (ongoing !== 0) return ongoing;
  const end = (item: TimelineItem) => (isOngoing(item) ? item.period.from : (item.period.to ?? item.period.from));
  const byDate = (x: string, y: string) => (x < y ? 1 : x > y ? -1 : 0);
  return byDate(end(a), end(b)) || byDate(a.period.from, b.period.from) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The timeline as `viewer` may see it. For a manager the caller has checked that they are the
 * employee's current manager; this function then keeps only what is shared with them.
 */
export function buildTimeline(sources: TimelineSources, viewer: PortfolioViewer): TimelineItem[] {
  const managerId = sources.employee.managerId;
  const items: TimelineItem[] = [
    ...sources.entries
      .filter((e) => e.value.employeeId === sources.employee.id)
      .map((e) => toOwnItem(e, managerId, sources.today)),
    ...sources.pops.filter((p) => p.employeeId === sources.employee.id).flatMap((p) => popItem(p, sources) ?? []),
    ...sources.conversations.filter((c) => c.employeeId === sources.employee.id).flatMap((c) => conversationItem(c, sources) ?? []),
  ];
  const visible =
    viewer.role === 'employee'
      ? items
      : viewer.id === managerId
        ? items.filter((item) => item.visibility === 'leidinggevende')
        : [];
  return visible.sort(compareTimeline);
}
