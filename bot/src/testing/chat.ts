import { TestAdapter, type Activity } from 'botbuilder';
import { isRoundNotice, personLocale, type Locale, type CalendarPort, type Clock, type ConversationReferenceStore, type LinkTarget, type Person } from '@koers/domain';
import {
  createBookingService,
  createLocalCalendar,
  createOutbox,
  createPeopleService,
  createPopService,
  createPreparationService,
  createReminderPreferencesService,
  createReminderService,
  goalReminderHook,
  SAMPLE_PEOPLE,
  seedSampleData,
  type SamplePersonKey,
} from '@koers/app';
import { createMemoryStores } from '@koers/app/src/testing/memoryStores';
import { outboxNotices } from '@koers/app/src/testing/outboxNotices';
import { jsonRenderer } from '@koers/app/src/testing/popFixtures';
import type { ActionExecute, AdaptiveCard, CardAction, CardElement } from '../cards/adaptiveCard';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../cards/adaptiveCard';
import type { CardActionResponse } from '../koersBot';
import { KoersBot } from '../koersBot';
import type { Reply } from '../flows/reply';
import { noticeReplies } from '../notices';

/**
 * A Teams-like harness around KoersBot and botbuilder's TestAdapter, over the real use cases: the
 * booking, preparation, POP and reminder services on the in-memory stores seeded with the sample
 * organisations, the local calendar and the durable outbox (no dispatcher: what someone is told
 * waits in the outbox, where a test reads it). People type, click card buttons (Action.Execute →
 * `adaptiveCard/action` invoke, inputs merged into the data as Teams does) and read what they would
 * see. The same bot against Cosmos: functions/src/reminders/checkInFlow.integration.test.ts.
 */

/** Where the tests' links point: the tab inside Teams. */
export const TEST_LINKS: LinkTarget = { tabUrl: 'https://koers.example/tab', teamsAppId: '5f0c6a4e-1b2d-4e3f-9a8b-0d0e0f000d01' };

/** Tuesday 24 November 2026, 10:00 in Amsterdam: when the chats happen, unless a test says otherwise. */
export const NOW = new Date('2026-11-24T09:00:00.000Z');

/** A clock the test moves (`set`), as time passes between a plan being agreed and its check-in. */
function testClock(start: Date): Clock & { set(at: Date | string): void } {
  let now = start;
  return {
    now: () => now,
    set: (at) => {
      now = new Date(at);
    },
  };
}

/** The local calendar, counting what Koers asked of it: whose calendars it read, which meetings it made. */
function watchedCalendar(real: CalendarPort): CalendarPort & { read: string[][]; created: string[] } {
  const read: string[][] = [];
  const created: string[] = [];
  return {
    read,
    created,
    getBusy: (tenantId, mailboxes, window) => {
      read.push(mailboxes.map((m) => m.personId));
      return real.getBusy(tenantId, mailboxes, window);
    },
    createMeeting: async (tenantId, input) => {
      const meeting = await real.createMeeting(tenantId, input);
      created.push(meeting.eventId);
      return meeting;
    },
    updateMeeting: (...args) => real.updateMeeting(...args),
    cancelMeeting: (...args) => real.cancelMeeting(...args),
  };
}

/** A second Sanne in Linda's team, so a first name alone no longer tells who is meant. */
export const SANNE_DE_VRIES: Person = {
  ...SAMPLE_PEOPLE.sanne,
  id: '0a000000-0000-4000-8000-000000000199',
  displayName: 'Sanne de Vries',
  email: 'sanne.devries@hendriks.example',
};

/** A person's button on a "which one?" card: the name, with the job title the directory holds. */
export function nameButton(person: Person): string {
  return person.jobTitle ? `${person.displayName} (${person.jobTitle})` : person.displayName;
}

export interface ChatOptions {
  /** When the sample organisations are seeded and the clock starts. */
  at?: Date;
  /** People added to the directory after the sample organisations. */
  extraPeople?: Person[];
  /** Wraps the store of conversation references (a store that is down). */
  references?: (real: ConversationReferenceStore) => ConversationReferenceStore;
}

export async function setupChat(options: ChatOptions = {}) {
  const clock = testClock(options.at ?? NOW);
  const stores = createMemoryStores();
  await seedSampleData(stores, clock.now());
  for (const person of options.extraPeople ?? []) await stores.people.create(person);
  const calendar = watchedCalendar(createLocalCalendar({ stores, tabUrl: TEST_LINKS.tabUrl }));
  const outbox = createOutbox({ stores, clock });
  const goals = { stores, dispatch: stores.dispatch, clock };
  const booking = createBookingService({ stores, calendar, outbox, clock, links: TEST_LINKS });
  const preparation = createPreparationService({ stores, clock });
  const pops = createPopService({ stores, clock, outbox, renderAgreementsPdf: jsonRenderer, afterWrite: goalReminderHook(goals) });
  const reminders = createReminderService({ ...goals, links: TEST_LINKS, preferences: createReminderPreferencesService(goals) });
  /** What the bot logged, each entry led by its level. */
  const logged: ['warn' | 'error', ...unknown[]][] = [];
  const log = { warn: (...args: unknown[]) => void logged.push(['warn', ...args]), error: (...args: unknown[]) => void logged.push(['error', ...args]) };
  const references = options.references ? options.references(stores.conversationReferences) : stores.conversationReferences;
  const peopleService = createPeopleService({ stores });
  const bot = new KoersBot({ references, clock, booking, preparation, pops, reminders, links: TEST_LINKS, people: stores.people, peopleService, roleAssignments: stores.roleAssignments, log });
  const adapter = new TestAdapter((context) => bot.run(context));
  return { adapter, stores, clock, calendar, booking, preparation, pops, reminders, logged };
}

export type Chat = Awaited<ReturnType<typeof setupChat>>;

/** The sample person picks their language in Koers (their own page), as the tab stores it. */
export async function speaks(stores: Chat['stores'], name: SamplePersonKey, locale: Locale): Promise<void> {
  const person = SAMPLE_PEOPLE[name];
  const stored = await stores.people.get(person.tenantId, person.id);
  if (!stored) throw new Error(`${name} is not in the directory`);
  await stores.people.replace({ ...stored.value, chosenLocale: locale }, stored.etag);
}

/** An activity from one of the sample people in their personal chat with Koers. */
export function from(name: SamplePersonKey, locale = 'nl-NL', tenantId = SAMPLE_PEOPLE[name].tenantId): Partial<Activity> {
  return {
    from: { id: `29:${name}`, name, aadObjectId: SAMPLE_PEOPLE[name].id },
    recipient: { id: '28:koers-bot', name: 'Koers' },
    conversation: { id: `a:personal-${name}`, conversationType: 'personal', tenantId, isGroup: false, name: '' },
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    locale,
  };
}

/**
 * What the outbox holds to tell about a conversation or plan (oldest first), written as the
 * dispatcher (functions/src/reminders/dispatcher.ts) writes it when it sends: from the stored
 * subject, in each recipient's language and time zone.
 */
export async function toldAbout(chat: Pick<Chat, 'stores'>, tenantId: string, subjectId: string, since = NOW): Promise<{ recipient: Person; replies: Reply[] }[]> {
  const { stores } = chat;
  const someone = async (id: string) => {
    const found = (await stores.people.get(tenantId, id))?.value;
    if (!found) throw new Error(`nobody with id ${id}`);
    return found;
  };
  const told: { recipient: Person; replies: Reply[] }[] = [];
  for (const { notice, recipientId } of await outboxNotices(stores, tenantId, subjectId, since)) {
    if (isRoundNotice(notice)) continue;
    const facts =
      notice.event === 'conversation-requested'
        ? {}
        : 'conversationId' in notice
          ? { conversation: (await stores.conversations.get(tenantId, notice.employeeId, notice.conversationId))?.value }
          : { pop: (await stores.pops.get(tenantId, notice.employeeId, notice.popId))?.value };
    const subject = notice.event === 'conversation-requested' ? notice : (facts.conversation ?? facts.pop);
    if (!subject) throw new Error(`the notice ${notice.event} is about nothing stored`);
    const [recipient, employee, manager] = await Promise.all([someone(recipientId), someone(subject.employeeId), someone(subject.managerId)]);
    told.push({ recipient, replies: noticeReplies(notice, { ...facts, employee, manager }, { locale: personLocale(recipient), timeZone: recipient.timeZone }, TEST_LINKS) });
  }
  return told;
}

/** Runs one turn and returns everything the bot sent in it. */
export async function turn(adapter: TestAdapter, activity: Partial<Activity>): Promise<Partial<Activity>[]> {
  await adapter.receiveActivity(activity);
  const replies: Partial<Activity>[] = [];
  for (let reply = adapter.getNextReply(); reply; reply = adapter.getNextReply()) replies.push(reply);
  return replies;
}

export async function say(adapter: TestAdapter, who: Partial<Activity>, text: string): Promise<Partial<Activity>[]> {
  return turn(adapter, { ...who, type: 'message', text });
}

export function cardOf(activity: Partial<Activity> | undefined): AdaptiveCard {
  const attachment = activity?.attachments?.[0];
  if (attachment?.contentType !== ADAPTIVE_CARD_CONTENT_TYPE) throw new Error(`no Adaptive Card in ${JSON.stringify(activity)}`);
  return attachment.content as AdaptiveCard;
}

function elements(items: CardElement[]): CardElement[] {
  return items.flatMap((item) => (item.type === 'Container' ? [item, ...elements(item.items)] : [item]));
}

export function buttons(card: AdaptiveCard): CardAction[] {
  const inBody = elements(card.body).flatMap((element) => (element.type === 'ActionSet' ? element.actions : []));
  return [...inBody, ...(card.actions ?? [])];
}

/** Everything a person reads on the card: texts, labels, button titles. */
export function cardText(card: AdaptiveCard): string {
  return [
    ...elements(card.body).flatMap((element) => {
      if (element.type === 'TextBlock') return [element.text];
      if (element.type === 'Input.Text') return [element.label];
      if (element.type === 'Input.Toggle') return [element.title];
      if (element.type === 'FactSet') return element.facts.map((f) => `${f.title} ${f.value}`);
      return [];
    }),
    ...buttons(card).map((b) => b.title),
  ].join('\n');
}

export function inputIds(card: AdaptiveCard): string[] {
  return elements(card.body).flatMap((e) => (e.type === 'Input.Text' || e.type === 'Input.Toggle' ? [e.id] : []));
}

export function button(card: AdaptiveCard, title: string | RegExp): ActionExecute {
  const found = buttons(card).find((b): b is ActionExecute => b.type === 'Action.Execute' && (typeof title === 'string' ? b.title === title : title.test(b.title)));
  if (!found) throw new Error(`no button ${String(title)} on the card; there are: ${buttons(card).map((b) => b.title).join(', ')}`);
  return found;
}

/** What an `adaptiveCard/action` invoke answered. */
export function invokeAnswer(replies: Partial<Activity>[]): CardActionResponse {
  const response = replies.find((r) => r.type === 'invokeResponse');
  const value = response?.value as { status: number; body: CardActionResponse } | undefined;
  if (!value) throw new Error(`no invoke response in ${JSON.stringify(replies)}`);
  expect(value.status).toBe(200);
  return value.body;
}

export async function execute(adapter: TestAdapter, who: Partial<Activity>, action: Pick<ActionExecute, 'verb' | 'data'>, inputs: Record<string, string> = {}) {
  return invokeAnswer(
    await turn(adapter, { ...who, type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: action.verb, data: { ...action.data, ...inputs } }, trigger: 'manual' } }),
  );
}

export async function click(adapter: TestAdapter, who: Partial<Activity>, card: AdaptiveCard, title: string | RegExp, inputs: Record<string, string> = {}) {
  return execute(adapter, who, button(card, title), inputs);
}

export function replacedCard(answer: CardActionResponse): AdaptiveCard {
  if (answer.type !== ADAPTIVE_CARD_CONTENT_TYPE) throw new Error(`expected a card in place, got the message "${answer.value}"`);
  return answer.value;
}

export function toast(answer: CardActionResponse): string {
  if (answer.type === ADAPTIVE_CARD_CONTENT_TYPE) throw new Error(`expected a message, got a card: ${cardText(answer.value)}`);
  return answer.value;
}
