import { BookingError, ConcurrencyError, ForbiddenError, NotFoundError, RoundInputError, RoundStateError, type Actor, type Person, type Round, type RoundInput } from '@koers/domain';
import { actorFromDirectory } from '../directory/actors';
import { createOutbox } from '../outbox/outbox';
import { SAMPLE_PEOPLE, seedSampleData } from '../sample';
import { createMemoryStores } from '../testing/memoryStores';
import { outboxNotices } from '../testing/outboxNotices';
import { conversation } from '../testing/storeFixtures';
import { createRoundService } from './roundService';
import { roundNoticeFacts } from './roundNoticeFacts';

const { jeroen, fatima, linda, ahmed, noor, sanne, kees, daan, an } = SAMPLE_PEOPLE;
const START = new Date('2026-12-01T09:00:00.000Z');
let now = START;
const clock = { now: () => now };
const stores = createMemoryStores();
const outbox = createOutbox({ stores, clock });
const closed: Round[] = [];
const rounds = createRoundService({ stores, outbox, clock, onRoundClosed: async (round) => void closed.push(round) });
const actor = (person: Person): Promise<Actor> => actorFromDirectory(stores, person);

const TECHNIEK: RoundInput = {
  name: 'Loopbaangesprekken voorjaar 2027',
  period: { from: '2027-02-01', to: '2027-03-31' },
  audience: { kind: 'departments', departments: ['techniek'] },
  conversationType: 'loopbaangesprek',
  template: { templateId: 'koers-standaard', version: 1 },
  employeesMayStart: true,
  allowSameDay: false,
  nudgeWeeksBeforeEnd: 3,
};

async function noticesOf(roundId: string, from: Date) {
  return (await outboxNotices(stores, jeroen.tenantId, roundId, from)).map((n) => `${n.notice.event}:${n.recipientId}`).sort();
}

beforeAll(async () => {
  await seedSampleData(stores, START);
});

beforeEach(() => {
  now = START;
});

describe('shaping a round', () => {
  it('lets HR create a concept round of the technical department, counting its six members', async () => {
    const created = await rounds.create(await actor(fatima), TECHNIEK);
    expect(created.round).toMatchObject({ status: 'concept', name: TECHNIEK.name, createdBy: fatima.id });
    expect(created).toMatchObject({ members: 6, exempt: 0 });
    expect((await rounds.list(await actor(fatima))).rounds.map((r) => r.round.id)).toContain(created.round.id);
  });

  it('refuses a manager who is not HR', async () => {
    await expect(rounds.create(await actor(linda), TECHNIEK)).rejects.toEqual(new ForbiddenError('hr-only'));
    await expect(rounds.list(await actor(jeroen))).rejects.toEqual(new ForbiddenError('hr-only'));
  });

  it('names every reason a round cannot be stored: too soon, nobody in it, an unknown template', async () => {
    const refused = rounds.create(await actor(fatima), {
      ...TECHNIEK,
      period: { from: '2026-12-01', to: '2026-12-10' },
      audience: { kind: 'departments', departments: ['Marketing'] },
      template: { templateId: 'koers-standaard', version: 7 },
    });
    await expect(refused).rejects.toBeInstanceOf(RoundInputError);
    const error = (await refused.catch((e: unknown) => e)) as RoundInputError;
    expect(error.problems).toEqual([
      { code: 'period-too-soon', path: 'period.to', date: '2026-12-15' },
      { code: 'audience-empty', path: 'audience' },
      { code: 'unknown-template', path: 'template' },
    ]);
  });

  it('accepts a template HR made, when the templates know it', async () => {
    const withTemplates = createRoundService({ stores, outbox, clock, templates: { exists: async (_t, ref) => ref.templateId === 'eigen-sjabloon' } });
    const hr = await actor(fatima);
    await expect(withTemplates.create(hr, { ...TECHNIEK, template: { templateId: 'eigen-sjabloon', version: 2 } })).resolves.toMatchObject({ members: 6 });
    await expect(withTemplates.create(hr, { ...TECHNIEK, template: { templateId: 'bestaat-niet', version: 1 } })).rejects.toBeInstanceOf(RoundInputError);
  });

  it('keeps a concurrent edit from overwriting another, and a started round from changing', async () => {
    const hr = await actor(fatima);
    const created = await rounds.create(hr, TECHNIEK);
    const edited = await rounds.update(hr, created.round.id, { ...TECHNIEK, name: 'Voorjaar' }, created.etag);
    expect(edited.round.name).toBe('Voorjaar');
    await expect(rounds.update(hr, created.round.id, { ...TECHNIEK, name: 'Najaar' }, created.etag)).rejects.toBeInstanceOf(ConcurrencyError);
    await rounds.start(hr, created.round.id, undefined);
    await expect(rounds.update(hr, created.round.id, TECHNIEK, undefined)).rejects.toEqual(new RoundStateError('round-not-concept'));
  });

  it("does not find another organisation's round", async () => {
    const created = await rounds.create(await actor(fatima), TECHNIEK);
    await expect(rounds.get(await actor(an), created.round.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(rounds.start(await actor(an), created.round.id, undefined)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('starting a round', () => {
  it('queues one card per manager and a notice per member who may ask, and nothing twice when started again', async () => {
    const hr = await actor(fatima);
    const created = await rounds.create(hr, TECHNIEK);
    await rounds.setExemption(hr, created.round.id, daan.id, 'proeftijd');
    const started = await rounds.start(hr, created.round.id, created.etag);
    expect(started.round.status).toBe('gestart');
    const expected = [
      `round-started:${jeroen.id}`,
      `round-started:${linda.id}`,
      ...[linda, ahmed, noor, sanne, kees].map((p) => `round-open:${p.id}`),
    ].sort();
    expect(await noticesOf(created.round.id, START)).toEqual(expected);

    now = new Date(START.getTime() + 3_600_000);
    await rounds.start(hr, created.round.id, undefined);
    expect(await noticesOf(created.round.id, START)).toEqual(expected);
  });

  it("tells each manager about their own members only, without the exempt ones", async () => {
    const hr = await actor(fatima);
    const created = await rounds.create(hr, TECHNIEK);
    await rounds.start(hr, created.round.id, undefined);
    await rounds.setExemption(await actor(linda), created.round.id, sanne.id, 'afwezig-verlof');
    const card = { event: 'round-started' as const, roundId: created.round.id, at: START.toISOString() };
    expect((await roundNoticeFacts(stores, linda.tenantId, linda.id, card))?.people.map((p) => p.displayName)).toEqual([kees, daan].map((p) => p.displayName).sort());
    expect((await roundNoticeFacts(stores, linda.tenantId, jeroen.id, card))?.people.map((p) => p.id).sort()).toEqual([linda.id, ahmed.id, noor.id].sort());
    const open = { event: 'round-open' as const, roundId: created.round.id, at: START.toISOString() };
    expect(await roundNoticeFacts(stores, linda.tenantId, sanne.id, open)).toBeUndefined();
    expect((await roundNoticeFacts(stores, linda.tenantId, kees.id, open))?.partner?.id).toBe(linda.id);
  });

  it('sends no employee notices when employees may not start it themselves', async () => {
    const hr = await actor(fatima);
    const created = await rounds.create(hr, { ...TECHNIEK, employeesMayStart: false });
    await rounds.start(hr, created.round.id, undefined);
    expect(await noticesOf(created.round.id, START)).toEqual([`round-started:${jeroen.id}`, `round-started:${linda.id}`].sort());
  });
});

describe('exemptions', () => {
  it("lets a manager exempt and take back their own members, never someone else's", async () => {
    const hr = await actor(fatima);
    const created = await rounds.create(hr, TECHNIEK);
    await rounds.start(hr, created.round.id, undefined);
    const manager = await actor(linda);
    expect((await rounds.setExemption(manager, created.round.id, sanne.id, 'recent-gesprek')).exemption?.reason).toBe('recent-gesprek');
    expect((await rounds.teamRounds(manager)).rounds.find((r) => r.round.id === created.round.id)?.members.find((m) => m.personId === sanne.id)?.exemption?.reason).toBe('recent-gesprek');
    expect((await rounds.get(hr, created.round.id)).exempt).toBe(1);
    expect((await rounds.removeExemption(manager, created.round.id, sanne.id)).exemption).toBeUndefined();
    await expect(rounds.setExemption(manager, created.round.id, ahmed.id, 'anders')).rejects.toEqual(new BookingError('not-your-report'));
  });

  it('lets HR exempt anyone in the round, but nobody outside it', async () => {
    const hr = await actor(fatima);
    const created = await rounds.create(hr, TECHNIEK);
    await expect(rounds.setExemption(hr, created.round.id, ahmed.id, 'uit-dienst')).resolves.toMatchObject({ personId: ahmed.id, exemption: { reason: 'uit-dienst' } });
    await expect(rounds.setExemption(hr, created.round.id, fatima.id, 'anders')).rejects.toBeInstanceOf(RoundInputError);
    expect((await rounds.members(hr, created.round.id)).members.filter((m) => m.exemption).map((m) => m.personId)).toEqual([ahmed.id]);
  });

  it("keeps a concept HR's own: a manager does not find it", async () => {
    const created = await rounds.create(await actor(fatima), TECHNIEK);
    await expect(rounds.setExemption(await actor(linda), created.round.id, sanne.id, 'anders')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('the rounds day', () => {
  it('nudges a lagging manager with one card for all unplanned members, once, and leaves a manager who planned everyone alone', async () => {
    const hr = await actor(fatima);
    const created = await rounds.create(hr, { ...TECHNIEK, employeesMayStart: false });
    await rounds.start(hr, created.round.id, undefined);
    for (const [i, member] of [linda, ahmed, noor].entries()) {
      await stores.conversations.create(conversation(jeroen.tenantId, member.id, `nudge-${created.round.id}-${i}`, { managerId: jeroen.id, status: 'gepland', start: `2027-02-1${i}T09:00:00.000Z`, end: `2027-02-1${i}T10:00:00.000Z` }));
    }
    await rounds.setExemption(hr, created.round.id, daan.id, 'proeftijd');
    now = new Date('2027-03-10T05:00:00.000Z');
    await rounds.runDaily();
    now = new Date('2027-03-11T05:00:00.000Z');
    await rounds.runDaily();
    const nudges = (await outboxNotices(stores, jeroen.tenantId, created.round.id, new Date('2027-03-10T00:00:00.000Z'))).filter((n) => n.notice.event === 'round-nudge');
    expect(nudges.map((n) => n.recipientId)).toEqual([linda.id]);
    const facts = await roundNoticeFacts(stores, linda.tenantId, linda.id, nudges[0]!.notice as never);
    expect(facts?.people.map((p) => p.id).sort()).toEqual([sanne.id, kees.id].sort());
  });

  it('closes a round once its period is over and calls the closing hook, as HR closing it does', async () => {
    const hr = await actor(fatima);
    const byTimer = await rounds.create(hr, TECHNIEK);
    await rounds.start(hr, byTimer.round.id, undefined);
    const byHr = await rounds.create(hr, TECHNIEK);
    await rounds.start(hr, byHr.round.id, undefined);
    await expect(rounds.close(hr, (await rounds.create(hr, TECHNIEK)).round.id, undefined)).rejects.toEqual(new RoundStateError('round-not-started'));
    expect((await rounds.close(hr, byHr.round.id, undefined)).round.status).toBe('afgesloten');
    now = new Date('2027-04-01T05:00:00.000Z');
    await rounds.runDaily();
    await rounds.runDaily();
    expect((await rounds.get(hr, byTimer.round.id)).round.status).toBe('afgesloten');
    expect(closed.filter((r) => r.id === byTimer.round.id || r.id === byHr.round.id).map((r) => r.id).sort()).toEqual([byTimer.round.id, byHr.round.id].sort());
  });
});
