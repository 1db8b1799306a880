import { RoundInput, type ChangeLogEntry, type OrganisationProfile } from '@koers/domain';
import { createOnboardingService, suggestedProfile, type TokenCaller } from '../organisation/onboarding';
import { createOutbox } from '../outbox/outbox';
import { createReminderDefaultsService } from '../reminders/organisationDefaults';
import { createRoundService } from '../rounds/roundService';
import { SAMPLE_PEOPLE, sampleActor, seedSampleData } from '../sample';
import { createTemplateService } from '../templates/templateService';
import { createMemoryStores } from '../testing/memoryStores';
import { changedSettings, createChangeRecorder } from './changeLog';

const { fatima, jeroen } = SAMPLE_PEOPLE;
const TENANT = fatima.tenantId;
const NOW = new Date('2026-12-01T09:00:00.000Z');
let now = NOW;
const clock = { now: () => now };
const stores = createMemoryStores();
// Each line a millisecond after the last, so lines written in one request keep their order.
let tick = 0;
const recordChange = createChangeRecorder({ stores, clock: { now: () => new Date(now.getTime() + ++tick) } });
const hr = sampleActor(fatima);

/** The tenant's log, oldest first, as the OR would read it: kind, who, and the details. */
async function log(tenantId = TENANT): Promise<Pick<ChangeLogEntry, 'kind' | 'actorId' | 'details'>[]> {
  return (await stores.changeLog.list(tenantId, { maxItems: 100 })).items.map(({ kind, actorId, details }) => ({ kind, actorId, details })).reverse();
}

/** What this test added to the log, oldest first. */
async function newLines(run: () => Promise<unknown>, tenantId = TENANT) {
  const before = (await log(tenantId)).length;
  await run();
  return (await log(tenantId)).slice(before);
}

beforeAll(async () => {
  await seedSampleData(stores, NOW);
});

beforeEach(() => {
  now = new Date(now.getTime() + 60_000);
});

describe('the settings a change line keeps', () => {
  it('name each changed setting with its old and new value, and leave unchanged ones out', () => {
    expect(changedSettings({ leadTimeDays: 14, conversationMode: 'online', locale: 'nl-NL' }, { leadTimeDays: 21, conversationMode: 'online', locale: 'nl-BE' })).toEqual({
      leadTimeDays: 21,
      leadTimeDaysWas: 14,
      locale: 'nl-BE',
      localeWas: 'nl-NL',
    });
  });

  it('write a list of days as text and a structured setting only as changed, never its contents', () => {
    const before = { reminderDaysBefore: [7, 1], defaultWorkingHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' } };
    const after = { reminderDaysBefore: [14, 7, 1], defaultWorkingHours: { days: [1, 2, 3, 4], start: '08:00', end: '17:00' } };
    expect(changedSettings(before, after)).toEqual({ reminderDaysBefore: '14, 7, 1', reminderDaysBeforeWas: '7, 1', defaultWorkingHoursChanged: true });
  });

  it('list every setting of something new, without an old value', () => {
    expect(changedSettings(undefined, { allowSameDay: false, nudgeWeeksBeforeEnd: 3 })).toEqual({ allowSameDay: false, nudgeWeeksBeforeEnd: 3 });
  });
});

describe('the works council log', () => {
  const templates = createTemplateService({ stores, clock, newTemplateId: () => 'techniek-3f9a2c', recordChange });

  it('records a copied and a published template by id and version, never its questions', async () => {
    const lines = await newLines(async () => {
      const copy = await templates.copy(hr, { from: { templateId: 'koers-standaard', version: 1 }, name: 'Techniek' });
      await templates.publish(hr, 'techniek-3f9a2c', { name: 'Techniek', questions: copy.questions.slice(1), sectionPrompts: copy.sectionPrompts, variants: copy.variants, basedOnVersion: 1 });
    });
    expect(lines).toEqual([
      { kind: 'template-changed', actorId: fatima.id, details: { action: 'copied', templateId: 'techniek-3f9a2c', version: 1, basedOn: 'koers-standaard@1' } },
      { kind: 'template-changed', actorId: fatima.id, details: { action: 'published', templateId: 'techniek-3f9a2c', version: 2 } },
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/Hoe sta je/);
  });

  it('records which template new conversations start with, and nothing when HR picks the one already in use', async () => {
    const lines = await newLines(async () => {
      await templates.use(hr, 'techniek-3f9a2c');
      await templates.use(hr, 'techniek-3f9a2c');
    });
    expect(lines).toEqual([{ kind: 'template-changed', actorId: fatima.id, details: { action: 'in-use', templateId: 'techniek-3f9a2c', templateIdWas: 'koers-standaard' } }]);
  });

  it('records a round created, changed, started and closed, with its settings but not whom it names', async () => {
    const rounds = createRoundService({ stores, outbox: createOutbox({ stores, clock }), clock, recordChange });
    const input: RoundInput = {
      name: 'Voorjaar 2027',
      period: { from: '2027-02-01', to: '2027-03-31' },
      audience: { kind: 'group', personIds: [jeroen.id, SAMPLE_PEOPLE.ahmed.id] },
      conversationType: 'loopbaangesprek',
      template: { templateId: 'koers-standaard', version: 1 },
      employeesMayStart: false,
      allowSameDay: false,
      nudgeWeeksBeforeEnd: 3,
    };
    let roundId = '';
    const lines = await newLines(async () => {
      const created = await rounds.create(hr, input);
      roundId = created.round.id;
      const changed = await rounds.update(hr, roundId, { ...input, name: 'Voorjaar 2027 (techniek)', allowSameDay: true }, created.etag);
      const started = await rounds.start(hr, roundId, changed.etag);
      await rounds.close(hr, roundId, started.etag);
    });
    expect(lines).toEqual([
      {
        kind: 'round-changed',
        actorId: fatima.id,
        details: {
          action: 'created',
          roundId,
          name: 'Voorjaar 2027',
          period: '2027-02-01 – 2027-03-31',
          audience: 'group',
          audienceSize: 2,
          conversationType: 'loopbaangesprek',
          template: 'koers-standaard@1',
          employeesMayStart: false,
          allowSameDay: false,
          nudgeWeeksBeforeEnd: 3,
        },
      },
      { kind: 'round-changed', actorId: fatima.id, details: { action: 'changed', roundId, name: 'Voorjaar 2027 (techniek)', nameWas: 'Voorjaar 2027', allowSameDay: true, allowSameDayWas: false } },
      { kind: 'round-changed', actorId: fatima.id, details: { action: 'started', roundId, name: 'Voorjaar 2027 (techniek)' } },
      { kind: 'round-changed', actorId: fatima.id, details: { action: 'closed', roundId, name: 'Voorjaar 2027 (techniek)' } },
    ]);
    expect(JSON.stringify(lines)).not.toContain(jeroen.id);
  });

  it('records a round Koers closes itself at the end of its period, without a person who did it', async () => {
    const rounds = createRoundService({ stores, outbox: createOutbox({ stores, clock }), clock, recordChange });
    const created = await rounds.create(hr, RoundInput.parse({ name: 'Kort', period: { from: '2026-12-20', to: '2026-12-31' }, audience: { kind: 'organisation' } }));
    await rounds.start(hr, created.round.id, created.etag);
    now = new Date('2027-01-02T09:00:00.000Z');
    const lines = await newLines(() => rounds.runDaily());
    expect(lines).toEqual([{ kind: 'round-changed', actorId: undefined, details: { action: 'closed', roundId: created.round.id, name: 'Kort' } }]);
  });

  it('records new reminder defaults from and to, and nothing when HR saves them unchanged', async () => {
    const defaults = createReminderDefaultsService({ stores, dispatch: stores.dispatch, clock }, { elapsed: () => 0, recordChange });
    const lines = await newLines(async () => {
      const current = await defaults.get(hr);
      const saved = await defaults.set(hr, { ...current.defaults, checkInCadenceDays: 14, reminderDaysBefore: [14, 7, 1] }, current.etag);
      await defaults.set(hr, saved.defaults, saved.etag);
    });
    expect(lines).toEqual([
      {
        kind: 'reminder-defaults-changed',
        actorId: fatima.id,
        details: { checkInCadenceDays: 14, checkInCadenceDaysWas: 30, reminderDaysBefore: '14, 7, 1', reminderDaysBeforeWas: '7, 1' },
      },
    ]);
  });

  describe("the organisation's settings", () => {
    const NEW_TENANT = '0b7e3c1a-1d2e-4f50-9a6b-7c8d9e0f1a2b';
    const ADMIN = '0b7e3c1a-1d2e-4f50-9a6b-000000000001';
    const admin: TokenCaller = { tenantId: NEW_TENANT, userId: ADMIN, roles: ['Koers.Admin'], wids: [] };
    const onboarding = createOnboardingService({ stores, clock, requiredPermissions: [], holidays: () => [], recordChange });
    const profile: OrganisationProfile = { ...suggestedProfile(), name: 'Hendriks Installatietechniek' };

    it('record at set-up whom the directory sync will bring in', async () => {
      const lines = await newLines(() => onboarding.start(admin, profile), NEW_TENANT);
      expect(lines).toEqual([{ kind: 'directory-scope-changed', actorId: ADMIN, details: { directoryScope: 'tenant' } }]);
    });

    it('record a narrower scope and the other settings that changed, from and to', async () => {
      const { etag } = await onboarding.profile(admin);
      const lines = await newLines(
        () =>
          onboarding.saveProfile(
            admin,
            { ...profile, directoryScope: 'assigned', leadTimeDays: 21, conversationMode: 'in-person', defaultWorkingHours: { days: [1, 2, 3, 4], start: '08:00', end: '16:00' } },
            etag,
          ),
        NEW_TENANT,
      );
      expect(lines).toEqual([
        { kind: 'directory-scope-changed', actorId: ADMIN, details: { directoryScope: 'assigned', directoryScopeWas: 'tenant' } },
        { kind: 'organisation-changed', actorId: ADMIN, details: { leadTimeDays: 21, leadTimeDaysWas: 14, conversationMode: 'in-person', conversationModeWas: 'online', defaultWorkingHoursChanged: true } },
      ]);
    });

    it('record nothing when the profile is saved as it was', async () => {
      const current = await onboarding.profile(admin);
      expect(await newLines(() => onboarding.saveProfile(admin, current.profile, current.etag), NEW_TENANT)).toEqual([]);
    });
  });
});
