import {
  AUTOMATIC_SHARES_ID,
  EntryContent,
  MAX_ENTRIES,
  type AutomaticShares,
  type AutomaticSource,
  type EntryContentInput,
  type PortfolioEntry,
  type Visibility,
} from './schema';

/**
 * Writing the portfolio: pure functions that return new values. Only the employee writes their own
 * portfolio; the service calls these with the employee's current manager (who a share goes to).
 */

export type PortfolioErrorCode =
  /** MAX_ENTRIES reached: delete or merge entries first. */
  | 'portfolio-full'
  /** Sharing asked for, but the employee has no manager in Koers. */
  | 'portfolio-no-manager'
  /** Hiding an automatic entry from the manager who took part in it: they were there. */
  | 'portfolio-shared-by-nature';

export class PortfolioError extends Error {
  override readonly name = 'PortfolioError';
  constructor(readonly code: PortfolioErrorCode, detail?: string) {
    super(detail ? `portfolio: ${code} (${detail})` : `portfolio: ${code}`);
  }
}

/** Who a share goes to: the current manager; refuses a share when there is none. */
function shareTarget(visibility: Visibility, managerId: string | undefined): string | undefined {
  if (visibility === 'prive') return undefined;
  if (!managerId) throw new PortfolioError('portfolio-no-manager');
  return managerId;
}

export interface NewEntry {
  id: string;
  tenantId: string;
  employeeId: string;
  content: EntryContentInput;
  visibility: Visibility;
  /** The employee's current manager (absent: none). */
  managerId: string | undefined;
  /** How many entries the employee has now. */
  existing: number;
  now: string;
}

export function createEntry(input: NewEntry): PortfolioEntry {
  if (input.existing >= MAX_ENTRIES) throw new PortfolioError('portfolio-full', String(input.existing));
  const sharedWith = shareTarget(input.visibility, input.managerId);
  return {
    id: input.id,
    tenantId: input.tenantId,
    employeeId: input.employeeId,
    content: EntryContent.parse(input.content),
    ...(sharedWith ? { sharedWith } : {}),
    createdAt: input.now,
    updatedAt: input.now,
  };
}

/** New content; who it is shared with stays as it was (the switch is its own action). */
export function reviseEntry(entry: PortfolioEntry, content: EntryContentInput, now: string): PortfolioEntry {
  return { ...entry, content: EntryContent.parse(content), updatedAt: now };
}

/**
 * The effective visibility for the employee's current manager: shared only when shared with that
 * very person. An entry shared with a previous manager reads as private until shared again.
 */
export function visibilityOf(sharedWith: string | undefined, managerId: string | undefined): Visibility {
  return sharedWith !== undefined && sharedWith === managerId ? 'leidinggevende' : 'prive';
}

export function setEntryVisibility(entry: PortfolioEntry, visibility: Visibility, managerId: string | undefined, now: string): PortfolioEntry {
  if (visibilityOf(entry.sharedWith, managerId) === visibility) return entry;
  const { sharedWith: _previous, ...rest } = entry;
  const sharedWith = shareTarget(visibility, managerId);
  return { ...rest, ...(sharedWith ? { sharedWith } : {}), updatedAt: now };
}

export interface AutomaticRef {
  source: AutomaticSource;
  sourceId: string;
  /** The manager who took part (the POP's or the conversation's). */
  managerId: string;
}

/**
 * Shares (or stops sharing) an automatic entry with the current manager. An entry the current
 * manager took part in is theirs to see anyway: hiding it is refused, sharing it changes nothing.
 */
export function setAutomaticVisibility(
  current: AutomaticShares | undefined,
  base: { tenantId: string; employeeId: string },
  ref: AutomaticRef,
  visibility: Visibility,
  managerId: string | undefined,
  now: string,
): AutomaticShares {
  const shares: AutomaticShares = current ?? { id: AUTOMATIC_SHARES_ID, ...base, shares: [], updatedAt: now };
  if (managerId !== undefined && ref.managerId === managerId) {
    if (visibility === 'prive') throw new PortfolioError('portfolio-shared-by-nature', `${ref.source}:${ref.sourceId}`);
    return shares;
  }
  const others = shares.shares.filter((s) => !(s.source === ref.source && s.sourceId === ref.sourceId));
  const sharedWith = shareTarget(visibility, managerId);
  const next = sharedWith ? [...others, { source: ref.source, sourceId: ref.sourceId, sharedWith, at: now }] : others;
  if (next.length > MAX_ENTRIES) throw new PortfolioError('portfolio-full', 'shares');
  return { ...shares, shares: next, updatedAt: now };
}

/** Timeline ids: a UUID for an own entry, `pop:<id>` and `gesprek:<id>` for the automatic ones. */
export type TimelineRef = { source: 'eigen'; id: string } | { source: AutomaticSource; sourceId: string };

export function automaticId(source: AutomaticSource, sourceId: string): string {
  return `${source}:${sourceId}`;
}

export function parseTimelineId(id: string): TimelineRef {
  const match = /^(pop|gesprek):(.+)$/.exec(id);
  if (match?.[1] && match[2]) return { source: match[1] as AutomaticSource, sourceId: match[2] };
  return { source: 'eigen', id };
}
