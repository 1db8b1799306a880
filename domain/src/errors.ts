/**
 * Domain-level failures. Adapters translate store-specific errors into these, and the HTTP edge
 * translates these into problem+json; nothing in between needs to know about Cosmos or HTTP.
 */
export class ConcurrencyError extends Error {
  override readonly name = 'ConcurrencyError';
  constructor(readonly entity: string, readonly id: string) {
    super(`${entity} ${id} was changed by someone else`);
  }
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(readonly entity: string, readonly id: string) {
    super(`${entity} ${id} not found`);
  }
}

export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(readonly entity: string, readonly id: string) {
    super(`${entity} ${id} already exists`);
  }
}

/**
 * Create, but treat "already there" as done: for idempotent writes whose id is their key (seed
 * data, a booked meeting, reminder occurrences). True when this call created it.
 */
export async function createIfAbsent(create: () => Promise<unknown>): Promise<boolean> {
  try {
    await create();
    return true;
  } catch (err) {
    if (err instanceof ConflictError) return false;
    throw err;
  }
}

/** A continuation token that is garbage, or belongs to another list or tenant (PageRequest). */
export class InvalidContinuationTokenError extends Error {
  override readonly name = 'InvalidContinuationTokenError';
  constructor() {
    super('continuation token is not valid for this list');
  }
}

/**
 * Why a booking action was refused; the HTTP edge answers with the matching problem (4xx) and the
 * bot with the matching sentence (the same problem texts, @koers/texts).
 */
export const BOOKING_ERROR_CODES = [
  /** Only a person's own manager books, moves or cancels their conversation. */
  'not-your-report',
  /** Only the two parties see a conversation or its preparation. */
  'not-a-party',
  /** The chosen time is taken meanwhile, or outside someone's working hours. */
  'slot-unavailable',
  /** The chosen time is in the past or sooner than the organisation's minimum notice allows. */
  'slot-too-soon',
  /** A time picked by hand sooner than the lead time, not confirmed by the manager. */
  'slot-short-notice',
  /** Rescheduling or cancelling something that is not planned (cancelled or held already). */
  'not-planned',
  /** The person has no manager to hold the conversation with. */
  'no-manager',
  /** Marking a cancelled conversation as held ("Gesprek afronden"). */
  'conversation-cancelled',
] as const;
export type BookingErrorCode = (typeof BOOKING_ERROR_CODES)[number];

export class BookingError extends Error {
  override readonly name = 'BookingError';
  constructor(readonly code: BookingErrorCode, detail?: string) {
    super(detail ?? code);
  }
}

/**
 * Someone Koers knows asks for what their part does not allow: the canvas of a pair they are not
 * part of, or starting one for someone who is not their report ('forbidden'); the organisation's
 * settings without being HR ('hr-only'). The HTTP edge answers 403 with the code.
 */
export const FORBIDDEN_CODES = ['forbidden', 'hr-only', 'admin-only', 'unknown-tenant'] as const;
export type ForbiddenCode = (typeof FORBIDDEN_CODES)[number];

export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
  constructor(readonly code: ForbiddenCode = 'forbidden', detail?: string) {
    super(detail ?? code);
  }
}

/**
 * Graph no longer honours a directory cursor (a deltaLink past its seven days, or a 410 Gone
 * asking for a full read): the sync forgets its cursor and reads the directory from the start.
 */
export class DirectoryResyncRequiredError extends Error {
  override readonly name = 'DirectoryResyncRequiredError';
  constructor(readonly tenantId: string) {
    super(`the directory of tenant ${tenantId} must be read in full again`);
  }
}

/** The tenant has not granted Koers the Graph permissions it needs (onboarding cannot go on). */
export class ConsentMissingError extends Error {
  override readonly name = 'ConsentMissingError';
  constructor(readonly missing: readonly string[]) {
    super(`missing Graph permissions: ${missing.join(', ')}`);
  }
}
