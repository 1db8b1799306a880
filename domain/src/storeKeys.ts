import type { Reminder } from './records';

/**
 * The keys a store derives from a value to partition, look up and order it. Every adapter of the
 * store ports (Cosmos, in memory) computes them here, so the same value lands in the same
 * partition, is found by the same lookup and sorts in the same place everywhere; a stored key
 * computed differently would silently hide or misorder documents.
 */

/** `tenantId|employeeId`: the partition of all career data of one employee (conversations, canvases, POPs, preparations, portfolio). */
export function employeeKey(tenantId: string, employeeId: string): string {
  return `${tenantId}|${employeeId}`;
}

/** `tenantId|subjectId`: the partition of the access log lines about one person. */
export function subjectKey(tenantId: string, subjectId: string): string {
  return `${tenantId}|${subjectId}`;
}

/** `tenantId|ownerId`: the partition of one calendar owner's events (the local stand-in mailbox). */
export function ownerKey(tenantId: string, ownerId: string): string {
  return `${tenantId}|${ownerId}`;
}

/**
 * `tenantId|scope`: the partitions of the reminder dispatcher's bookkeeping: the tenant's leases
 * (scope {@link DISPATCH_LEASE_SCOPE}), one bundle day (scope `yyyy-mm-dd`), one schedule (scope =
 * the schedule's id).
 */
export function scopeKey(tenantId: string, scope: string): string {
  return `${tenantId}|${scope}`;
}

/** The scope of a tenant's dispatcher leases: all of them in one partition. */
export const DISPATCH_LEASE_SCOPE = 'lease';

/**
 * An instant as `yyyy-mm-ddTHH:mm:ss.sssZ`, the form of every stored range and sort key. Domain
 * values may carry an offset (`+01:00`); in one fixed-width UTC form, string order is time order,
 * which is all a store can compare.
 */
export function utcInstant(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO date-time: ${iso}`);
  return new Date(ms).toISOString();
}

/**
 * The UTC calendar day (`yyyy-mm-dd`) of an instant: the day bucket a reminder is stored in. It is
 * the UTC day, not the organisation's: a reminder at 00:30 Amsterdam time is in the previous
 * day's bucket (one hour earlier in winter, two in summer), and the dispatcher reads buckets by
 * UTC day to match.
 */
export function utcDay(iso: string): string {
  return utcInstant(iso).slice(0, 10);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `tenantId|yyyy-mm-dd`: the due index's partition, one per tenant and UTC day of `dueAt`
 * ({@link utcDay}), so a timer reads a handful of day buckets instead of scanning every reminder.
 */
export function dueKey(tenantId: string, day: string): string {
  if (!DAY.test(day)) throw new RangeError(`not a yyyy-mm-dd day: ${day}`);
  return `${tenantId}|${day}`;
}

/**
 * When the dispatcher may act on a reminder next, as a {@link utcInstant}: a claimed (`sending`)
 * one when its claim expires, any other at its retry/defer time (`notBefore`), else its due time.
 * One stored property, so "ready now" is one range filter.
 */
export function reminderReadyAt(r: Pick<Reminder, 'state' | 'dueAt' | 'notBefore' | 'claim'>): string {
  if (r.state === 'sending') return utcInstant(r.claim?.until ?? r.dueAt);
  return utcInstant(r.notBefore ?? r.dueAt);
}

/**
 * The unique, case-insensitive e-mail lookup key: trimmed and lower-cased, because Entra ID mail
 * addresses are case-insensitive ("Sanne.Visser@Contoso.nl" is the same person as
 * "sanne.visser@contoso.nl", and a second person may not claim it).
 */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A display name folded for ordering people by name. Stores compare strings by code point, which
 * would put "Émile" after "Zoë" and "de Wit" after "Visser"; without case and accents the order
 * is the one people expect. The key is stored with each person: a change to the folding reorders
 * existing people only as each is written again.
 */
export function sortName(displayName: string): string {
  return displayName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('nl')
    .trim();
}
