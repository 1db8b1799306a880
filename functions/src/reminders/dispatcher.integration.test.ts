import { useEmbeddedCosmos } from '../cosmos/__tests__/embeddedCosmos';
import type { Conversation, DispatchLease, Person, Reminder } from '@koers/domain';
import { bundleMarker } from './card';
import { InjectedCrash, type DispatchStep } from './dispatcher';
import { scheduleConversationReminders } from '@koers/app';
import { maxPerSecond, startConnectorStandIn, type ConnectorStandIn } from './__tests__/connectorStandIn';
import { deliveriesOf, FakeClock, harness, seedTenant, states, type SeededTenant } from './__tests__/dispatchKit';
import { bundleId, IN_RUN_RETRIES, MAX_ATTEMPTS, meetingDayId } from '@koers/domain';

const cosmos = useEmbeddedCosmos();
let standIn: ConnectorStandIn;
beforeAll(async () => {
  standIn = await startConnectorStandIn({ enforceTeamsLimits: true });
});
afterAll(() => standIn.close());

// Monday 9 March 2026, 09:00 in Amsterdam.
const MONDAY_0900 = '2026-03-09T08:00:00.000Z';
const clock = new FakeClock(Date.parse(MONDAY_0900));
const h = harness(cosmos, clock);
beforeEach(() => {
  clock.set(MONDAY_0900);
  standIn.script = [];
  standIn.rule = undefined;
});

const allSent = (s: Record<string, string>) => Object.values(s).every((v) => v === 'sent');

describe('the reminder dispatcher', () => {
  it('sends what is due as one card per person, and nothing again on the next run', async () => {
    const seeded = await seedTenant(cosmos.stores, standIn, { people: 3, dueAt: '2026-03-09T07:00:00.000Z', twoEach: true });

    const first = await h.dispatcher().run();
    const second = await h.dispatcher().run();

    expect(deliveriesOf(standIn, seeded)).toBe(3);
    expect(allSent(await states(cosmos.stores, seeded))).toBe(true);
    expect(first.sent).toBe(6);
    expect(second.sent).toBe(0);
    const card = JSON.stringify(standIn.deliveries.at(-1)?.body);
    expect(card).toContain('Bereid je voor');
    expect(card).toContain('#/canvas/');
  });

  it('skips a prep nudge when the preparation is done, or the conversation was cancelled or moved', async () => {
    const seeded = await seedTenant(cosmos.stores, standIn, { people: 3, dueAt: '2026-03-09T07:00:00.000Z' });
    const [prepared, cancelled, moved] = seeded.conversations;
    if (!prepared || !cancelled || !moved) throw new Error('seed');
    await cosmos.stores.preparations.create({
      id: `${prepared.id}|employee`, tenantId: seeded.tenantId, employeeId: prepared.employeeId, conversationId: prepared.id, ownerId: prepared.employeeId,
      role: 'employee', answers: [], completedAt: '2026-03-08T10:00:00.000Z', updatedAt: '2026-03-08T10:00:00.000Z',
    });
    const c2 = await cosmos.stores.conversations.get(seeded.tenantId, cancelled.employeeId, cancelled.id);
    const c3 = await cosmos.stores.conversations.get(seeded.tenantId, moved.employeeId, moved.id);
    if (!c2 || !c3) throw new Error('seed');
    await cosmos.stores.conversations.replace({ ...c2.value, status: 'geannuleerd' }, c2.etag);
    await cosmos.stores.conversations.replace({ ...c3.value, start: '2026-03-13T09:00:00.000Z', end: '2026-03-13T10:00:00.000Z' }, c3.etag);

    const summary = await h.dispatcher().run();

    expect(summary.skipped).toBe(3);
    expect(deliveriesOf(standIn, seeded)).toBe(0);
    expect(Object.values(await states(cosmos.stores, seeded))).toEqual(['skipped', 'skipped', 'skipped']);
  });

  /** The seeded manager's chat, and a meeting-day reminder for them about one seeded conversation. */
  async function managerSide(seeded: SeededTenant) {
    const managerId = seeded.people[0]?.managerId;
    if (!managerId) throw new Error('seed');
    const chat = `a:manager-${seeded.tenantId}`;
    await cosmos.stores.conversationReferences.upsert({
      id: managerId, tenantId: seeded.tenantId, updatedAt: '2026-02-20T09:00:00.000Z',
      reference: { serviceUrl: standIn.serviceUrl, channelId: 'msteams', conversation: { id: chat, conversationType: 'personal', tenantId: seeded.tenantId }, user: { id: '29:lg', aadObjectId: managerId }, bot: { id: '28:koers' } },
    });
    const reminderFor = async (conversation: Conversation, extra: Partial<Reminder> = {}): Promise<Reminder> => {
      if (!conversation.start) throw new Error('seed');
      const reminder: Reminder = {
        id: meetingDayId(conversation.id, conversation.start, managerId), tenantId: seeded.tenantId, recipientId: managerId, subjectId: conversation.id,
        kind: 'meeting-day', dueAt: '2026-03-09T07:00:00.000Z', state: 'due', attempts: 0, ...extra,
      };
      await cosmos.stores.reminders.create(reminder);
      return reminder;
    };
    const record = async (r: Reminder) => (await cosmos.stores.reminders.get(seeded.tenantId, r.dueAt, r.id))?.value;
    const toManager = () => standIn.deliveries.filter((d) => d.conversationId === chat).length;
    return { managerId, reminderFor, record, toManager };
  }

  async function changePerson(tenantId: string, person: Person, change: Partial<Person>) {
    const stored = await cosmos.stores.people.get(tenantId, person.id);
    if (!stored) throw new Error('seed');
    await cosmos.stores.people.replace({ ...stored.value, ...change }, stored.etag);
  }

  it('sends the old manager nothing about someone another leader holds now, not even what a crashed run had claimed', async () => {
    const seeded = await seedTenant(cosmos.stores, standIn, { people: 2, dueAt: '2026-03-09T07:00:00.000Z' });
    const [moved, partnered] = seeded.people;
    const [movedTalk, partneredTalk] = seeded.conversations;
    if (!moved || !partnered || !movedTalk || !partneredTalk) throw new Error('seed');
    const manager = await managerSide(seeded);
    // Claimed by a run that crashed before the leader changed: the re-addressing leaves it to the dispatcher.
    const claimed = await manager.reminderFor(movedTalk, { state: 'sending', claim: { runId: 'crashed', until: '2026-03-09T07:30:00.000Z' } });
    const stillTheirs = await manager.reminderFor(partneredTalk);
    const newManagerId = '0b000000-0000-4000-8000-999999999999';
    await changePerson(seeded.tenantId, moved, { managerId: newManagerId });
    // The directory names someone else, but HR made the old manager the gesprekspartner: still theirs.
    await changePerson(seeded.tenantId, partnered, { managerId: newManagerId, gesprekspartnerId: manager.managerId });

    await h.dispatcher().run();

    expect(await manager.record(claimed)).toMatchObject({ state: 'skipped', lastError: 'leader-changed' });
    expect((await manager.record(stillTheirs))?.state).toBe('sent');
    expect(manager.toManager()).toBe(1);
    expect(JSON.stringify(standIn.deliveries.filter((d) => d.conversationId === `a:manager-${seeded.tenantId}`))).not.toContain(movedTalk.id);
    expect(allSent(await states(cosmos.stores, seeded))).toBe(true);
  });

  it('sends nothing about a leaver to their manager, and nothing to the leaver', async () => {
    const seeded = await seedTenant(cosmos.stores, standIn, { people: 1, dueAt: '2026-03-09T07:00:00.000Z' });
    const [leaver] = seeded.people;
    const [talk] = seeded.conversations;
    if (!leaver || !talk) throw new Error('seed');
    const manager = await managerSide(seeded);
    const aboutLeaver = await manager.reminderFor(talk);
    await changePerson(seeded.tenantId, leaver, { leftAt: '2026-03-09T06:00:00.000Z' });

    await h.dispatcher().run();

    expect(await manager.record(aboutLeaver)).toMatchObject({ state: 'skipped', lastError: 'leaver' });
    expect(manager.toManager()).toBe(0);
    expect(deliveriesOf(standIn, seeded)).toBe(0);
    expect(Object.values(await states(cosmos.stores, seeded))).toEqual(['dead']);
  });

  it('waits for the recipient\'s working hours and sends the next morning', async () => {
    clock.set('2026-03-09T19:30:00.000Z'); // 20:30 in Amsterdam
    const seeded = await seedTenant(cosmos.stores, standIn, { people: 1, dueAt: '2026-03-09T15:00:00.000Z' });

    await h.dispatcher().run();
    expect(deliveriesOf(standIn, seeded)).toBe(0);
    const waiting = await cosmos.stores.reminders.get(seeded.tenantId, '2026-03-09T15:00:00.000Z', seeded.reminders[0]?.id ?? '');
    expect(waiting?.value.notBefore).toBe('2026-03-10T07:00:00.000Z');

    clock.set('2026-03-10T07:01:00.000Z');
    await h.dispatcher().run();
    expect(deliveriesOf(standIn, seeded)).toBe(1);
  });

  it('never sends a second bundle to a person on the same day: a later item waits for the next working day', async () => {
    const seeded = await seedTenant(cosmos.stores, standIn, { people: 1, dueAt: '2026-03-09T07:00:00.000Z', workingHours: { days: [1, 2, 3, 4], start: '08:00', end: '17:00' } });
    await h.dispatcher().run();
    const person = seeded.people[0];
    if (!person) throw new Error('seed');
    const conversation = seeded.conversations[0];
    if (!conversation?.start) throw new Error('seed');
    const later = { ...seeded.reminders[0], id: meetingDayId(conversation.id, conversation.start, person.id), kind: 'meeting-day', dueAt: '2026-03-09T12:00:00.000Z' } as const;
    await cosmos.stores.reminders.create({ ...later, state: 'due', attempts: 0, recipientId: person.id, tenantId: seeded.tenantId, subjectId: seeded.conversations[0]?.id ?? '' });

    clock.set('2026-03-09T12:05:00.000Z');
    const summary = await h.dispatcher().run();

    expect(summary.deferred).toBe(1);
    expect(deliveriesOf(standIn, seeded)).toBe(1);
    expect((await cosmos.stores.reminders.get(seeded.tenantId, later.dueAt, later.id))?.value.notBefore).toBe('2026-03-10T07:00:00.000Z');
  });

  it('retries 502/504/412 in the run and sends once', async () => {
    const seeded = await seedTenant(cosmos.stores, standIn, { people: 1, dueAt: '2026-03-09T07:00:00.000Z' });
    standIn.script = [{ kind: 'status', status: 502 }, { kind: 'status', status: 504 }, { kind: 'status', status: 412 }];

    await h.dispatcher().run();

    expect(deliveriesOf(standIn, seeded)).toBe(1);
    expect(allSent(await states(cosmos.stores, seeded))).toBe(true);
  });

  it('honours Retry-After on a 429 and sends once', async () => {
    const seeded = await seedTenant(cosmos.stores, standIn, { people: 1, dueAt: '2026-03-09T07:00:00.000Z' });
    standIn.script = [{ kind: 'status', status: 429, retryAfter: '1' }];
    const started = Date.now();

    await h.dispatcher({ sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) }).run();

    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(deliveriesOf(standIn, seeded)).toBe(1);
  });

  it('puts a reminder back with backoff after the in-run retries, and dead-letters it after the last try (ids only in the log)', async () => {
    const seeded = await seedTenant(cosmos.stores, standIn, { people: 1, dueAt: '2026-03-09T07:00:00.000Z' });
    const reminder = seeded.reminders[0];
    if (!reminder) throw new Error('seed');
    standIn.rule = () => ({ kind: 'status', status: 502 });

    const seen: string[] = [];
    for (let run = 0; run < MAX_ATTEMPTS; run++) {
      await h.dispatcher().run();
      const stored = (await cosmos.stores.reminders.get(seeded.tenantId, reminder.dueAt, reminder.id))?.value;
      seen.push(`${stored?.state}:${stored?.attempts}`);
      // Next run after the backoff, inside working hours (same bucket: the look-back finds it).
      clock.set(stored?.notBefore ?? MONDAY_0900);
    }

    expect(seen).toEqual([...Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => `failed:${i + 1}`), `dead:${MAX_ATTEMPTS}`]);
    expect(standIn.requests).toBeGreaterThanOrEqual(MAX_ATTEMPTS * (IN_RUN_RETRIES + 1));
    const entry = h.logs.find((l) => l.message === 'reminder dead-lettered' && l.fields.reminderId === reminder.id);
    expect(entry?.fields).toEqual({ tenantId: seeded.tenantId, reminderId: reminder.id, recipientId: reminder.recipientId, reason: '502', attempts: MAX_ATTEMPTS });
    expect(JSON.stringify(h.logs)).not.toMatch(/Medewerker|@org|Bereid/);
  });

  it('dead-letters at once when Teams says the user blocked the app (403)', async () => {
    const seeded = await seedTenant(cosmos.stores, standIn, { people: 1, dueAt: '2026-03-09T07:00:00.000Z' });
    standIn.script = [{ kind: 'status', status: 403 }];
    await h.dispatcher().run();
    expect(Object.values(await states(cosmos.stores, seeded))).toEqual(['dead']);
  });

  it('finds a retry whose day bucket is in the past (Friday afternoon failure, sent on Monday)', async () => {
    clock.set('2026-03-06T15:59:30.000Z'); // Friday 16:59:30 in Amsterdam: the backoff ends after 17:00
    const seeded = await seedTenant(cosmos.stores, standIn, { people: 1, dueAt: '2026-03-06T15:55:00.000Z' });
    standIn.script = Array.from({ length: IN_RUN_RETRIES + 1 }, () => ({ kind: 'status' as const, status: 502 }));
    await h.dispatcher().run();
    const failed = (await cosmos.stores.reminders.get(seeded.tenantId, '2026-03-06T15:55:00.000Z', seeded.reminders[0]?.id ?? ''))?.value;
    expect(failed).toMatchObject({ state: 'failed', notBefore: '2026-03-09T07:00:00.000Z' });

    clock.set('2026-03-09T07:02:00.000Z');
    await h.dispatcher().run();
    expect(deliveriesOf(standIn, seeded)).toBe(1);
  });

  it('carries a reminder forward as a new occurrence when its retry lies beyond the look-back', async () => {
    clock.set('2026-03-06T15:59:30.000Z');
    const seeded = await seedTenant(cosmos.stores, standIn, { people: 1, dueAt: '2026-03-06T15:55:00.000Z' });
    standIn.script = Array.from({ length: IN_RUN_RETRIES + 1 }, () => ({ kind: 'status' as const, status: 502 }));
    const shortSighted = { lookbackDays: 1 };
    await h.dispatcher(shortSighted).run();
    const old = (await cosmos.stores.reminders.get(seeded.tenantId, '2026-03-06T15:55:00.000Z', seeded.reminders[0]?.id ?? ''))?.value;
    expect(old).toMatchObject({ state: 'moved', carriedTo: `${seeded.reminders[0]?.id}~1` });

    clock.set('2026-03-09T07:02:00.000Z');
    await h.dispatcher(shortSighted).run();
    expect(deliveriesOf(standIn, seeded)).toBe(1);
    expect((await cosmos.stores.reminders.get(seeded.tenantId, '2026-03-09T07:00:00.000Z', `${seeded.reminders[0]?.id}~1`))?.value.state).toBe('sent');
  });

  it('sends nothing twice when two runs overlap, with the lease and without it', async () => {
    const seeded = await seedTenant(cosmos.stores, standIn, { people: 20, dueAt: '2026-03-09T07:00:00.000Z', twoEach: true });
    const [a, b] = await Promise.all([h.dispatcher().run(), h.dispatcher().run()]);
    expect(a.leaseBusy + b.leaseBusy).toBeGreaterThanOrEqual(1);

    // A broken lease (every run gets it, e.g. a holder paused past its term) lets three runs work
    // the same tenant at once: the ETag claims on bundles and reminders still decide.
    const again = await seedTenant(cosmos.stores, standIn, { people: 20, dueAt: '2026-03-09T07:00:00.000Z', twoEach: true });
    const granted = async (lease: DispatchLease) => ({ value: lease, etag: 'always' });
    const noLease = { ...h.dispatch, getLease: async () => undefined, createLease: granted, replaceLease: granted };
    await Promise.all([4, 4, 16].map((concurrency) => h.dispatcher({ dispatch: noLease, concurrency }).run()));

    for (const tenant of [seeded, again]) {
      expect(deliveriesOf(standIn, tenant)).toBe(20);
      expect(allSent(await states(cosmos.stores, tenant))).toBe(true);
    }
    const markers = standIn.deliveries.map((d) => d.marker);
    expect(new Set(markers).size).toBe(markers.length);
  });

  it('keeps 30 messages into one chat under 7 a second', async () => {
    const seeded = await seedTenant(cosmos.stores, standIn, { people: 30, dueAt: '2026-03-09T07:00:00.000Z', sharedConversation: true });
    const before = standIn.tooManyRequests;

    await h.dispatcher({ concurrency: 30 }).run();

    const chat = standIn.deliveries.filter((d) => d.conversationId === `a:shared-${seeded.tenantId.slice(-12).replace(/^0+/, '')}`);
    expect(chat).toHaveLength(30);
    expect(maxPerSecond(chat)).toBeLessThanOrEqual(7);
    expect(standIn.tooManyRequests - before).toBe(0);
  }, 60_000);
});

describe('reminders for a booked conversation', () => {
  it('are written once however often booking calls the helper, and the dispatcher sends the nudge when it is due', async () => {
    clock.set('2026-03-02T10:00:00.000Z');
    // The seed's own reminder is due in February (another bucket), so it stays out of the way.
    const seeded = await seedTenant(cosmos.stores, standIn, { people: 1, dueAt: '2026-02-02T07:00:00.000Z', start: '2026-03-31T08:00:00.000Z' });
    const conversation = seeded.conversations[0];
    if (!conversation) throw new Error('seed');
    const first = await scheduleConversationReminders(cosmos.stores, conversation, { clock });
    const again = await scheduleConversationReminders(cosmos.stores, conversation, { clock });
    expect(first.map((r) => [r.kind, r.dueAt])).toEqual([
      ['prep-nudge', '2026-03-26T07:00:00.000Z'],
      ['meeting-day', '2026-03-31T06:00:00.000Z'],
      ['meeting-day', '2026-03-31T06:00:00.000Z'],
    ]);
    expect(again).toEqual([]);

    clock.set('2026-03-31T06:01:00.000Z');
    await h.dispatcher().run();
    const employeeDay = await cosmos.stores.reminders.get(seeded.tenantId, '2026-03-31T06:00:00.000Z', meetingDayId(conversation.id, conversation.start ?? '', conversation.employeeId));
    expect(employeeDay?.value.state).toBe('sent');
  });
});

describe('a crash at any step', () => {
  const STEPS: DispatchStep[] = ['bundle-claimed', 'reminders-claimed', 'about-to-post', 'bundle-sent', 'reminder-sent'];

  it.each(STEPS)('after "%s": the restarted dispatcher delivers every due reminder exactly once', async (crashAt) => {
    const seeded = await seedTenant(cosmos.stores, standIn, { people: 4, dueAt: '2026-03-09T07:00:00.000Z', twoEach: true });
    let crashed = false;
    const faults = (step: DispatchStep) => {
      if (step === crashAt && !crashed) {
        crashed = true;
        throw new Error('kill');
      }
    };
    await expect(h.dispatcher({ faults, concurrency: 1 }).run()).rejects.toBeInstanceOf(InjectedCrash);

    // The process is gone; a new one starts after the claims and the lease have expired.
    clock.advance(3 * 60_000);
    await h.dispatcher().run();
    await h.dispatcher().run();

    const markers = seeded.people.map((p) => bundleMarker(bundleId(p.id, '2026-03-09')));
    const counts = markers.map((m) => standIn.deliveries.filter((d) => d.marker === m).length);
    expect(counts).toEqual([1, 1, 1, 1]);
    expect(allSent(await states(cosmos.stores, seeded))).toBe(true);
  });

  it('after the connector accepted but before the sent marker (the residual window): delivered again, never lost', async () => {
    const seeded = await seedTenant(cosmos.stores, standIn, { people: 2, dueAt: '2026-03-09T07:00:00.000Z' });
    let crashed = false;
    const faults = (step: DispatchStep) => {
      if (step === 'posted' && !crashed) {
        crashed = true;
        throw new Error('kill');
      }
    };
    await expect(h.dispatcher({ faults, concurrency: 1 }).run()).rejects.toBeInstanceOf(InjectedCrash);
    clock.advance(3 * 60_000);
    await h.dispatcher().run();

    const counts = seeded.people.map((p) => standIn.deliveries.filter((d) => d.marker === bundleMarker(bundleId(p.id, '2026-03-09'))).length);
    expect(counts.sort()).toEqual([1, 2]);
    expect(allSent(await states(cosmos.stores, seeded))).toBe(true);
  });

  it('a connection dropped before the connector took the message: sent once; dropped after it took it: at least once', async () => {
    const before = await seedTenant(cosmos.stores, standIn, { people: 1, dueAt: '2026-03-09T07:00:00.000Z' });
    standIn.script = [{ kind: 'drop-before' }];
    await h.dispatcher().run();
    expect(deliveriesOf(standIn, before)).toBe(1);

    const after = await seedTenant(cosmos.stores, standIn, { people: 1, dueAt: '2026-03-09T07:00:00.000Z' });
    standIn.script = [{ kind: 'drop-after' }];
    await h.dispatcher().run();
    expect(deliveriesOf(standIn, after)).toBe(2);
    expect(allSent(await states(cosmos.stores, after))).toBe(true);
  });
});
