import { TestAdapter, type Activity } from 'botbuilder';
import type { ConversationReferenceStore, Person, StoredConversationReference } from '@koers/domain';
import type { ActionExecute, AdaptiveCard, CardAction, CardElement } from '../cards/adaptiveCard';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../cards/adaptiveCard';
import type { CardActionResponse } from '../koersBot';
import { KoersBot } from '../koersBot';
import { MemoryPopService } from './pops';
import { FakeBookingService, HENDRIKS, memoryPeople, oid, samplePeople, TEST_LINKS, type FakeBookingOptions } from './fakes';

/**
 * A Teams-like harness around KoersBot and botbuilder's TestAdapter: people type, click card
 * buttons (Action.Execute → `adaptiveCard/action` invoke, inputs merged into the data as Teams
 * does) and read what they would see.
 */

export function memoryReferences(): ConversationReferenceStore & { all: Map<string, StoredConversationReference> } {
  const all = new Map<string, StoredConversationReference>();
  return {
    all,
    get: async (tenantId, userId) => {
      const found = all.get(`${tenantId}|${userId}`);
      return found ? { value: found, etag: '"1"' } : undefined;
    },
    upsert: async (reference) => {
      all.set(`${reference.tenantId}|${reference.id}`, reference);
      return { value: reference, etag: '"1"' };
    },
  };
}

export function setupChat(options: { people?: Person[]; booking?: Omit<FakeBookingOptions, 'people'> } = {}) {
  const people = memoryPeople(options.people ?? samplePeople());
  const references = memoryReferences();
  const logged: unknown[][] = [];
  const log = { warn: (...args: unknown[]) => logged.push(args), error: (...args: unknown[]) => logged.push(args) };
  const booking = new FakeBookingService({ people, ...options.booking });
  const pops = new MemoryPopService(people);
  const bot = new KoersBot({ references, clock: { now: () => new Date('2026-11-24T09:00:00Z') }, booking, preparation: booking.preparation, pops, links: TEST_LINKS, people, log });
  const adapter = new TestAdapter((context) => bot.run(context));
  return { adapter, people, references, booking, pops, logged };
}

type Name = keyof typeof oid;

export function from(name: Name, locale = 'nl-NL', tenantId = HENDRIKS): Partial<Activity> {
  return {
    from: { id: `29:${name}`, name, aadObjectId: oid[name] },
    recipient: { id: '28:koers-bot', name: 'Koers' },
    conversation: { id: `a:personal-${name}`, conversationType: 'personal', tenantId, isGroup: false, name: '' },
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    locale,
  };
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
