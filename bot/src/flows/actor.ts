import {
  BookingError,
  CalendarConsentError,
  CalendarUnavailableError,
  ConcurrencyError,
  ConflictError,
  Guid,
  NotFoundError,
  WrongQuestionError,
  type Actor,
  type BookingErrorCode,
  type Page,
  type PageRequest,
  type Person,
  type PersonStore,
  type RoleAssignmentStore,
} from '@koers/domain';
import { actorFromDirectory } from '@koers/app';
import type { MessageKey, Translate } from '@koers/texts';
import { ZodError } from 'zod';
import type { Speaker } from './reply';

/**
 * Whoever is talking, as Koers knows them: their directory entry with the roles of the stored
 * app-role assignments (a bot turn has no token); undefined when Koers does not know them.
 */
export async function resolveActor(stores: { people: PersonStore; roleAssignments: RoleAssignmentStore }, speaker: Speaker): Promise<Actor | undefined> {
  const tenantId = Guid.safeParse(speaker.tenantId);
  const userId = Guid.safeParse(speaker.userId);
  if (!tenantId.success || !userId.success) return undefined;
  const person = (await stores.people.get(tenantId.data.toLowerCase(), userId.data.toLowerCase()))?.value;
  // Someone who left the organisation is nobody Koers talks with any more.
  return person && !person.leftAt ? actorFromDirectory(stores, person) : undefined;
}

/** Small organisations: a few pages at most; the cap keeps a runaway listing bounded. */
const MAX_PAGES = 20;

export async function listAll(list: (page: PageRequest) => Promise<Page<Person>>): Promise<Person[]> {
  const all: Person[] = [];
  let continuationToken: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await list({ maxItems: 100, ...(continuationToken ? { continuationToken } : {}) });
    all.push(...page.items);
    continuationToken = page.continuationToken;
    if (!continuationToken) break;
  }
  return all;
}

/** Why the bot could not do what the manager or employee asked, as one sentence each. */
export type BotRefusal =
  | BookingErrorCode
  | 'not-a-manager'
  | 'unknown-user'
  | 'stale-card'
  | 'changed'
  | 'not-found'
  | 'calendar-consent'
  | 'calendar-unavailable';

/** The same sentences as the API's problems where the reason is the same, so the tab and the chat say one thing. */
const REFUSAL_TEXT: Record<BotRefusal, MessageKey> = {
  'not-your-report': 'problem.not-your-report',
  'not-a-party': 'problem.not-a-party',
  'slot-unavailable': 'problem.slot-unavailable',
  'slot-too-soon': 'problem.slot-too-soon',
  'slot-short-notice': 'problem.slot-short-notice',
  'not-planned': 'problem.not-planned',
  'no-manager': 'problem.no-manager',
  'conversation-cancelled': 'problem.conversation-cancelled',
  'unknown-user': 'problem.unknown-user',
  'calendar-consent': 'problem.calendar-consent',
  'calendar-unavailable': 'problem.calendar-unavailable',
  'not-a-manager': 'bot.refusal.not-a-manager',
  'stale-card': 'bot.refusal.stale-card',
  changed: 'bot.refusal.changed',
  'not-found': 'bot.refusal.not-found',
};

export function refusalText(t: Translate, refusal: BotRefusal): string {
  return t(REFUSAL_TEXT[refusal]);
}

/**
 * The failures a person can understand and act on, as a refusal code; anything else (a bug, a
 * store outage) is not theirs to read and gets the generic apology.
 */
export function refusalOf(error: unknown): BotRefusal | undefined {
  if (error instanceof BookingError) return error.code;
  if (error instanceof NotFoundError) return 'not-found';
  if (error instanceof ConcurrencyError) return 'changed';
  if (error instanceof CalendarConsentError) return 'calendar-consent';
  if (error instanceof CalendarUnavailableError) return 'calendar-unavailable';
  // The service refusing what a card sent: the card was old or tampered with.
  // (ConflictError: a requestId that belongs to another booking, i.e. a card that is not this one's.)
  if (error instanceof ZodError || error instanceof WrongQuestionError || error instanceof ConflictError) return 'stale-card';
  return undefined;
}
