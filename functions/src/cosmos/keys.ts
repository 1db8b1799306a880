/**
 * The synthetic partition and sort keys the repositories add to documents. One place, so a
 * repository, the snapshot and a future migration all compute them the same way.
 */

/** `tenantId|employeeId`: all career data of one employee in one logical partition. */
export function employeeKey(tenantId: string, employeeId: string): string {
  return `${tenantId}|${employeeId}`;
}

/** `tenantId|ownerId`: one (stand-in) mailbox per logical partition. */
export function ownerKey(tenantId: string, ownerId: string): string {
  return `${tenantId}|${ownerId}`;
}

/**
 * An instant as `yyyy-mm-ddTHH:mm:ss.sssZ`. Domain values may carry an offset (+01:00); stored
 * range and sort keys are always UTC in this one fixed-width form, so string order is time order.
 */
export function utcInstant(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO date-time: ${iso}`);
  return new Date(ms).toISOString();
}

/** The UTC calendar day (yyyy-mm-dd) of an instant. */
export function utcDay(iso: string): string {
  return utcInstant(iso).slice(0, 10);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `tenantId|yyyy-mm-dd`: the day bucket of the reminders' due index. */
export function dueKey(tenantId: string, day: string): string {
  if (!DAY.test(day)) throw new RangeError(`not a yyyy-mm-dd day: ${day}`);
  return `${tenantId}|${day}`;
}

/** Lower-cased, trimmed email: the case-insensitive lookup key (Entra ID mail is case-insensitive). */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Display name folded for sorting: Cosmos orders strings by code point, which would put "Émile"
 * after "Zoë" and "de Wit" after "Visser". Folding case and accents gives the order people expect.
 */
export function sortName(displayName: string): string {
  return displayName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('nl')
    .trim();
}
