import { ConcurrencyError, ForbiddenError, noticeRecord, readAll, type Actor, type Person, type Reminder, type SheetCell, type SheetRow, type SpreadsheetPort } from '@koers/domain';
import { createChangeRecorder } from '../privacy/changeLog';
import { SAMPLE_PEOPLE, seedSampleData } from '../sample';
import { createMemoryStores, type MemoryStores } from '../testing/memoryStores';
import { actorFromDirectory } from './actors';
import { createGesprekspartnerService, type GesprekspartnerService } from './gesprekspartners';
import { readdressAfterLeaderChange } from './readdress';

const { fatima, linda, ahmed, sanne, kees, daan, jeroen } = SAMPLE_PEOPLE;
const NOW = new Date('2026-11-23T08:00:00Z');
const clock = { now: () => NOW };

/** The file as the spreadsheet adapter would hand it over: the header's names in lower case. */
let sheet: SheetRow[] = [];
const spreadsheets: SpreadsheetPort = {
  read: async () => new Map([['Blad1', sheet]]),
  writeWorkbook: async () => new Uint8Array(),
  writeCsv: async (_columns, rows) => new TextEncoder().encode(rows.map((r) => r.join(';')).join('\n')),
};
const file = { fileName: 'afas-export.xlsx', contentBase64: '' };

function rows(header: readonly string[], ...lines: string[][]): SheetRow[] {
  return lines.map((values, i) => ({ row: i + 2, cells: Object.fromEntries(header.map((h, c): [string, SheetCell] => [h, { value: values[c] }])) }));
}

let stores: MemoryStores;
let service: GesprekspartnerService;
let hr: Actor;

async function stored(person: Person): Promise<Person> {
  const found = await stores.people.get(person.tenantId, person.id);
  if (!found) throw new Error(`${person.email} is not seeded`);
  return found.value;
}

async function queuedFor(person: Person): Promise<Reminder[]> {
  return readAll((page) => stores.reminders.listForRecipient(person.tenantId, person.id, page));
}

/** Sanne asked Linda for a conversation; the card waits in the outbox for Linda. */
function sanneAsksLinda(): Reminder {
  return noticeRecord({
    tenantId: sanne.tenantId,
    recipientId: linda.id,
    notice: {
      event: 'conversation-requested',
      requestId: 'request-1',
      employeeId: sanne.id,
      managerId: linda.id,
      proposals: {
        employee: { id: sanne.id, displayName: sanne.displayName, email: sanne.email },
        slots: [{ start: '2026-12-07T09:00:00.000Z', end: '2026-12-07T10:00:00.000Z', date: '2026-12-07', weekday: 1, startTime: '10:00', endTime: '11:00', penalties: [] }],
        widened: false,
        next: '2026-12-08T09:00:00.000Z',
        unreadableCalendars: [],
        timeZone: 'Europe/Amsterdam',
        durationMinutes: 60,
      },
      at: '2026-11-23T07:00:00.000Z',
    },
  });
}

beforeEach(async () => {
  stores = createMemoryStores();
  await seedSampleData(stores, NOW);
  service = createGesprekspartnerService({ stores, spreadsheets, clock, recordChange: createChangeRecorder({ stores, clock }) });
  hr = await actorFromDirectory(stores, await stored(fatima));
});

describe('importing gesprekspartners from the HR system', () => {
  it('shows who changes from whom to whom, and saves it only when asked with the state it was checked against', async () => {
    sheet = rows(['medewerker e-mail', 'gesprekspartner e-mail'], [sanne.email, ahmed.email], [kees.email, linda.email]);
    const preview = await service.check(hr, file);
    expect(preview).toMatchObject({ valid: true, saved: false, rows: 2, unchanged: 1, errors: [] });
    expect(preview.changes).toEqual([{ row: 2, person: { id: sanne.id, name: sanne.displayName, email: sanne.email }, from: { id: linda.id, name: linda.displayName, email: linda.email }, to: { id: ahmed.id, name: ahmed.displayName, email: ahmed.email } }]);
    expect((await stored(sanne)).gesprekspartnerId).toBeUndefined();

    const saved = await service.save(hr, file, preview.etag);
    expect(saved.saved).toBe(true);
    expect(saved.etag).not.toBe(preview.etag);
    expect((await stored(sanne)).gesprekspartnerId).toBe(ahmed.id);
    expect((await actorFromDirectory(stores, await stored(ahmed))).roles).toContain('manager');
  });

  it('writes each change to the works council log with ids only', async () => {
    sheet = rows(['e-mail', 'gesprekspartner e-mail'], [sanne.email, ahmed.email]);
    await service.save(hr, file, (await service.check(hr, file)).etag);
    const log = await stores.changeLog.list(sanne.tenantId);
    expect(log.items.map(({ kind, actorId, subjectId, details }) => ({ kind, actorId, subjectId, details }))).toEqual([
      { kind: 'gesprekspartner-changed', actorId: fatima.id, subjectId: sanne.id, details: { via: 'import', fromId: linda.id, toId: ahmed.id } },
    ]);
  });

  it('saves nothing when any row is wrong, and names every wrong row', async () => {
    sheet = rows(
      ['e-mail', 'gesprekspartner e-mail'],
      [sanne.email, ahmed.email],
      ['onbekend@hendriks.example', ahmed.email],
      [daan.email, daan.email],
      [linda.email, daan.email],
    );
    const preview = await service.check(hr, file);
    const saved = await service.save(hr, file, preview.etag);
    expect(saved.saved).toBe(false);
    expect(saved.errors.map((e) => [e.row, e.code])).toEqual([
      [3, 'unknown-person'],
      [4, 'self'],
      [5, 'cycle'],
    ]);
    expect((await stored(sanne)).gesprekspartnerId).toBeUndefined();
    expect((await stores.changeLog.list(sanne.tenantId)).items).toEqual([]);
  });

  it('refuses a save against a preview made before the mapping changed', async () => {
    sheet = rows(['e-mail', 'gesprekspartner e-mail'], [sanne.email, ahmed.email]);
    const preview = await service.check(hr, file);
    const kees_ = await stores.people.get(kees.tenantId, kees.id);
    if (!kees_) throw new Error('Kees is not seeded');
    await stores.people.replace({ ...kees_.value, gesprekspartnerId: jeroen.id }, kees_.etag);
    await expect(service.save(hr, file, preview.etag)).rejects.toThrow(ConcurrencyError);
    expect((await stored(sanne)).gesprekspartnerId).toBeUndefined();
  });

  it('is for HR only', async () => {
    sheet = rows(['e-mail', 'gesprekspartner e-mail'], [sanne.email, ahmed.email]);
    const someone = await actorFromDirectory(stores, await stored(linda));
    await expect(service.check(someone, file)).rejects.toThrow(ForbiddenError);
    await expect(service.exportFile(someone, 'csv')).rejects.toThrow(ForbiddenError);
  });

  it('exports everyone with who holds their conversations, in the columns the import reads', async () => {
    const csv = new TextDecoder().decode((await service.exportFile(hr, 'csv')).content);
    expect(csv).toContain(`${sanne.email};${sanne.displayName};${linda.email};${linda.displayName};${linda.email}`);
  });
});

describe('what was queued for the previous leader after a leader change', () => {
  it('sends an open request for a conversation to the new gesprekspartner instead, and nothing to the old one', async () => {
    await stores.reminders.create(sanneAsksLinda());
    sheet = rows(['e-mail', 'gesprekspartner e-mail'], [sanne.email, ahmed.email]);
    await service.save(hr, file, (await service.check(hr, file)).etag);

    expect((await queuedFor(linda)).map((r) => [r.kind, r.state, r.lastError])).toEqual([['notice', 'skipped', 'leader-changed']]);
    const forAhmed = await queuedFor(ahmed);
    expect(forAhmed.map((r) => [r.kind, r.state])).toEqual([['notice', 'due']]);
    const notice = forAhmed[0]?.about?.type === 'notice' ? forAhmed[0].about.notice : undefined;
    // The slots were found in Linda's calendar: the card says not every calendar was read.
    expect(notice).toMatchObject({ event: 'conversation-requested', employeeId: sanne.id, managerId: ahmed.id, proposals: { unreadableCalendars: [ahmed.id] } });
  });

  it('drops what only the old pair could open, and keeps what is not about the person', async () => {
    const planReady = noticeRecord({ tenantId: sanne.tenantId, recipientId: linda.id, notice: { event: 'pop-approved', popId: 'pop-sanne', employeeId: sanne.id, version: 1, by: 'employee', at: '2026-11-22T10:00:00.000Z' } });
    const aboutDaan = noticeRecord({ tenantId: daan.tenantId, recipientId: linda.id, notice: { event: 'help-needed', popId: 'pop-daan', employeeId: daan.id, goalId: 'g1', at: '2026-11-22T11:00:00.000Z' } });
    const digest: Reminder = { id: 'manager-digest|linda|2026-W48', tenantId: linda.tenantId, recipientId: linda.id, kind: 'manager-digest', subjectId: linda.id, dueAt: '2026-11-24T07:00:00.000Z', state: 'due', attempts: 0, about: { type: 'digest', week: '2026-W48' } };
    for (const r of [planReady, aboutDaan, digest]) await stores.reminders.create(r);

    const counts = await readdressAfterLeaderChange({ stores, clock }, { tenantId: sanne.tenantId, employeeId: sanne.id, fromId: linda.id, toId: ahmed.id });
    expect(counts).toEqual({ dropped: 1, readdressed: 0 });
    const states = new Map((await queuedFor(linda)).map((r) => [r.id, r.state]));
    expect([states.get(planReady.id), states.get(aboutDaan.id), states.get(digest.id)]).toEqual(['skipped', 'due', 'due']);
    expect(await queuedFor(ahmed)).toEqual([]);
  });

  it('changes nothing more when it runs a second time', async () => {
    await stores.reminders.create(sanneAsksLinda());
    const change = { tenantId: sanne.tenantId, employeeId: sanne.id, fromId: linda.id, toId: ahmed.id };
    await readdressAfterLeaderChange({ stores, clock }, change);
    expect(await readdressAfterLeaderChange({ stores, clock }, change)).toEqual({ dropped: 0, readdressed: 0 });
    expect(await queuedFor(ahmed)).toHaveLength(1);
  });
});
