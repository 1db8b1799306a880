/**
 * k-anonymity for HR's insight: which counts of a tree of groups (the organisation, its
 * departments, the functions within a department) may be shown without letting anyone trace a
 * figure to fewer than k people — not by reading one figure, and not by subtracting figures shown
 * together (an organisation's count minus the departments shown is the count of the rest).
 *
 * Two rules:
 * 1. A group is shown only when it holds at least k people and so does the rest of its parent
 *    group (a department of 7 split 4 + 3 shows neither function).
 * 2. Per attribute ("wants mobiliteit"), the shown groups are thinned until every figure that can
 *    be worked out from them holds at least k people with the attribute and k without ("5 of 5
 *    want mobiliteit" says something about each of the five). In a tree, every figure that
 *    sums and differences of shown groups can yield is a union of *residues*: a shown group
 *    minus its highest shown descendants. So it suffices that each residue is empty or has
 *    k with and k without; groups are hidden, smallest first, until that holds.
 */

/** The smallest number of people a shown figure may be traced to. */
export const K_ANONYMITY = 5;

export interface CountedGroup {
  id: string;
  /** null for a root (the organisation). A parent must come before its children in the list. */
  parentId: string | null;
  /** The people the figures are about (e.g. those with an agreed plan). */
  size: number;
  /** How many of them have each attribute; a missing attribute counts as 0. */
  counts: Readonly<Record<string, number>>;
}

export const HIDDEN_REASONS = ['groep-te-klein', 'rest-te-klein', 'herleidbaar'] as const;
/**
 * Why a cell is empty: the group holds fewer than k people; the rest of its parent group does;
 * or the figure (or one it would let you work out) is about fewer than k people. The last one
 * deliberately does not say which, so the reason itself gives nothing away.
 */
export type HiddenReason = (typeof HIDDEN_REASONS)[number];

export type Cell = { count: number } | { hidden: HiddenReason };

export interface DisclosedGroup {
  id: string;
  parentId: string | null;
  size: Cell;
  cells: Record<string, Cell>;
}

function groupReason(group: CountedGroup, parent: CountedGroup | undefined, k: number): HiddenReason | undefined {
  if (group.size < k) return 'groep-te-klein';
  if (parent && parent.size - group.size < k) return 'rest-te-klein';
  return undefined;
}

/** The groups whose figures for `attribute` may be shown, given the groups that may be shown at all. */
function thinForAttribute(groups: readonly CountedGroup[], children: ReadonlyMap<string, CountedGroup[]>, shownGroups: ReadonlySet<string>, attribute: string, k: number): Set<string> {
  const shown = new Set(shownGroups);
  const count = (g: CountedGroup) => g.counts[attribute] ?? 0;
  const highestShownBelow = (id: string): CountedGroup[] =>
    (children.get(id) ?? []).flatMap((child) => (shown.has(child.id) ? [child] : highestShownBelow(child.id)));
  // Children before parents: hiding a group only ever grows its ancestors' residues.
  for (const group of [...groups].reverse()) {
    if (!shown.has(group.id)) continue;
    for (;;) {
      const below = highestShownBelow(group.id);
      const people = group.size - below.reduce((sum, g) => sum + g.size, 0);
      const withIt = count(group) - below.reduce((sum, g) => sum + count(g), 0);
      if (people === 0 || (withIt >= k && people - withIt >= k)) break;
      if (below.length === 0) {
        shown.delete(group.id);
        break;
      }
      const smallest = below.reduce((a, b) => (b.size < a.size || (b.size === a.size && b.id < a.id) ? b : a));
      shown.delete(smallest.id);
    }
  }
  return shown;
}

/** The figures of `groups` HR may see, each hidden one with its reason. */
export function discloseGroups(groups: readonly CountedGroup[], attributes: readonly string[], k: number = K_ANONYMITY): DisclosedGroup[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const children = new Map<string, CountedGroup[]>();
  for (const g of groups) {
    if (g.parentId === null) continue;
    if (!byId.has(g.parentId)) throw new Error(`group ${g.id} names an unknown parent`);
    children.set(g.parentId, [...(children.get(g.parentId) ?? []), g]);
  }
  const reasons = new Map(groups.map((g) => [g.id, groupReason(g, g.parentId === null ? undefined : byId.get(g.parentId), k)]));
  const shownGroups = new Set(groups.filter((g) => reasons.get(g.id) === undefined).map((g) => g.id));
  const shownPerAttribute = new Map(attributes.map((a) => [a, thinForAttribute(groups, children, shownGroups, a, k)]));
  return groups.map((g) => {
    const reason = reasons.get(g.id);
    const cells: Record<string, Cell> = {};
    for (const a of attributes) {
      if (reason) cells[a] = { hidden: reason };
      else cells[a] = shownPerAttribute.get(a)?.has(g.id) ? { count: g.counts[a] ?? 0 } : { hidden: 'herleidbaar' };
    }
    return { id: g.id, parentId: g.parentId, size: reason ? { hidden: reason } : { count: g.size }, cells };
  });
}

export function isShown(cell: Cell): cell is { count: number } {
  return 'count' in cell;
}
