import type { BookConversationInput } from '@koers/domain';

/** What the manager chose, with the idempotency key that goes with that choice. */
export interface BookingIntent {
  employeeId: string;
  start: string;
  end: string;
  requestId: string;
  /** In person at this place; absent: online. */
  location?: string;
  /** A time sooner than the lead time the manager confirmed. */
  shortNotice?: boolean;
}

/**
 * The same choice keeps its key, so a double click or a retry after a lost answer books once; a
 * different person or time is a new intent and gets a new key.
 */
export function intentFor(
  previous: BookingIntent | undefined,
  employeeId: string,
  slot: { start: string; end: string },
  newKey: () => string,
  how: { location?: string; shortNotice?: boolean } = {},
): BookingIntent {
  const same =
    previous?.employeeId === employeeId && previous.start === slot.start && previous.end === slot.end && (previous.location ?? '') === (how.location ?? '') && (previous.shortNotice ?? false) === (how.shortNotice ?? false);
  if (previous && same) return previous;
  return {
    employeeId,
    start: slot.start,
    end: slot.end,
    requestId: newKey(),
    ...(how.location ? { location: how.location } : {}),
    ...(how.shortNotice ? { shortNotice: true } : {}),
  };
}

export function bookRequest(intent: BookingIntent): BookConversationInput {
  return {
    employeeId: intent.employeeId,
    start: intent.start,
    end: intent.end,
    kind: 'loopbaangesprek',
    requestId: intent.requestId,
    ...(intent.location ? { location: intent.location } : {}),
    ...(intent.shortNotice ? { shortNotice: true } : {}),
  };
}
