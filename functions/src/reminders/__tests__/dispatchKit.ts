import { prepNudgeId, meetingDayId, type Clock, type Conversation, type OrganisationSettings, type Person, type Reminder, type Stores } from '@koers/domain';
import { type DispatchStore } from '@koers/domain';
import { createDispatchStore } from '../../cosmos/repositories/dispatch';
import type { CosmosFixture } from '../../cosmos/__tests__/embeddedCosmos';
import { createReminderDispatcher, type ReminderDispatcherOptions } from '../dispatcher';
import { createBotConnectorClient } from '../../botConnector/connectorClient';
import type { ConnectorStandIn } from './connectorStandIn';

/**
 * A tenant of N people, each with a stored personal-chat reference that points at the connector
 * stand-in, one planned conversation and its reminders, on a clock the test moves by hand.
 */

export class FakeClock implements Clock {
  constructor(public ms: number) {}
  now(): Date {
    return new Date(this.ms);
  }
  set(iso: string): void {
    this.ms = Date.parse(iso);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

let tenantCounter = 0;
const pad = (n: number) => String(n).padStart(12, '0');

export interface SeededTenant {
  tenantId: string;
  people: Person[];
  conversations: Conversation[];
  reminders: Reminder[];
}

export interface SeedOptions {
  people: number;
  /** Reminders due at this instant (UTC ISO). */
  dueAt: string;
  /** The conversations' start. */
  start?: string;
  /** Both a prep nudge and a meeting-day reminder per person (one bundle of two). */
  twoEach?: boolean;
  /** Every reference in one chat (to test the per-conversation limit). */
  sharedConversation?: boolean;
  workingHours?: Person['workingHours'];
}

export async function seedTenant(stores: Stores, standIn: ConnectorStandIn, options: SeedOptions): Promise<SeededTenant> {
  const t = ++tenantCounter;
  const tenantId = `7e000000-0000-4000-8000-${pad(t)}`;
  const managerId = `0b000000-0000-4000-8000-${pad(t * 10_000)}`;
  const start = options.start ?? '2026-03-12T09:00:00.000Z';
  const org: OrganisationSettings = {
    id: tenantId, tenantId, name: `Org ${t}`, locale: 'nl-NL', timeZone: 'Europe/Amsterdam',
    leadTimeDays: 14, conversationMinutes: 60, checkInCadenceDays: 30,
  };
  await stores.organisations.create(org);
  await stores.people.create({
    id: managerId, tenantId, displayName: `Leidinggevende ${t}`, email: `lg@org${t}.example`,
    locale: 'nl-NL', timeZone: 'Europe/Amsterdam', workingHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
  });
  const people: Person[] = [];
  const conversations: Conversation[] = [];
  const reminders: Reminder[] = [];
  for (let i = 1; i <= options.people; i++) {
    const id = `0b000000-0000-4000-8000-${pad(t * 10_000 + i)}`;
    const person: Person = {
      id, tenantId, displayName: `Medewerker ${i}`, email: `m${i}@org${t}.example`, managerId,
      locale: 'nl-NL', timeZone: 'Europe/Amsterdam',
      workingHours: options.workingHours ?? { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
    };
    people.push(person);
    const conversation: Conversation = {
      id: `gesprek-${t}-${i}`, tenantId, employeeId: id, managerId, kind: 'loopbaangesprek', status: 'gepland',
      start, end: new Date(Date.parse(start) + 3_600_000).toISOString(), createdAt: '2026-02-20T09:00:00.000Z', updatedAt: '2026-02-20T09:00:00.000Z',
    };
    conversations.push(conversation);
    const chat = options.sharedConversation ? `a:shared-${t}` : `a:chat-${t}-${i}`;
    await Promise.all([
      stores.people.create(person),
      stores.conversations.create(conversation),
      stores.conversationReferences.upsert({
        id, tenantId, updatedAt: '2026-02-20T09:00:00.000Z',
        reference: { serviceUrl: standIn.serviceUrl, channelId: 'msteams', conversation: { id: chat, conversationType: 'personal', tenantId }, user: { id: `29:${i}`, aadObjectId: id }, bot: { id: '28:koers' } },
      }),
    ]);
    const base = { tenantId, recipientId: id, subjectId: conversation.id, dueAt: options.dueAt, state: 'due' as const, attempts: 0 };
    reminders.push({ ...base, id: prepNudgeId(conversation.id, start), kind: 'prep-nudge' });
    if (options.twoEach) reminders.push({ ...base, id: meetingDayId(conversation.id, start, id), kind: 'meeting-day' });
  }
  for (let i = 0; i < reminders.length; i += 50) await Promise.all(reminders.slice(i, i + 50).map((r) => stores.reminders.create(r)));
  return { tenantId, people, conversations, reminders };
}

export interface Harness {
  dispatch: DispatchStore;
  dispatcher(overrides?: Partial<ReminderDispatcherOptions>): ReturnType<typeof createReminderDispatcher>;
  logs: { level: string; message: string; fields: Record<string, string | number> }[];
}

export function harness(cosmos: CosmosFixture, clock: FakeClock): Harness {
  const logs: Harness['logs'] = [];
  const transport = createBotConnectorClient({ tokens: async () => undefined });
  let dispatch: DispatchStore | undefined;
  const h: Harness = {
    get dispatch() {
      dispatch ??= createDispatchStore(cosmos.database);
      return dispatch;
    },
    dispatcher: (overrides = {}) =>
      createReminderDispatcher({
        stores: cosmos.stores,
        dispatch: h.dispatch,
        transport,
        clock,
        links: { tabUrl: 'http://localhost:53000' },
        // In-run retry waits shortened: the behaviour, not the wall-clock time, is under test.
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 20))),
        log: {
          info: (message, fields) => logs.push({ level: 'info', message, fields }),
          warn: (message, fields) => logs.push({ level: 'warn', message, fields }),
        },
        ...overrides,
      }),
    logs,
  };
  return h;
}

/** Current stored states of a tenant's seeded reminders, by id. */
export async function states(stores: Stores, seeded: SeededTenant): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const r of seeded.reminders) out[r.id] = (await stores.reminders.get(seeded.tenantId, r.dueAt, r.id))?.value.state ?? 'missing';
  return out;
}

/** Deliveries at the stand-in per conversation chat of this tenant. */
export function deliveriesOf(standIn: ConnectorStandIn, seeded: SeededTenant): number {
  const t = seeded.tenantId.slice(-12).replace(/^0+/, '');
  return standIn.deliveries.filter((d) => d.conversationId.startsWith(`a:chat-${t}-`) || d.conversationId === `a:shared-${t}`).length;
}
