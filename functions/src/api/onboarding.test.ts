import { PEETERS_TENANT_ID, SAMPLE_PEOPLE } from '@koers/app';
import type { OrganisationProfile } from '@koers/domain';
import { graphPermissions } from '../graph/permissions';
import { sampleDirectoryFixture } from '../graph/sampleDirectory';
import { useGraphStandIn } from '../testing/graphStandIn';
import { useLocalStack } from '../testing/localStack';

/**
 * Setting up an organisation Koers does not know yet, over HTTP against the local Graph: Drukkerij
 * Peeters is in the directory but not in Koers; An Peeters, its zaakvoerder, is a Global
 * Administrator there.
 */

const graph = useGraphStandIn(sampleDirectoryFixture());

const grant = (tenantId: string, permissions: string[]) => {
  graph.setFixture({ tenants: graph.fixture().tenants.map((t) => (t.tenantId === tenantId ? { ...t, grantedPermissions: permissions } : t)) });
};

const run = useLocalStack({
  adapters: { directory: graph.directory, devDirectory: { userByEmail: (email) => graph.standIn().userByEmail(email), directoryUsers: () => graph.standIn().directoryUsers() } },
  seed: { leaveForOnboarding: [PEETERS_TENANT_ID] },
});

const PROFILE: OrganisationProfile = {
  name: 'Drukkerij Peeters BV',
  locale: 'nl-BE',
  timeZone: 'Europe/Brussels',
  leadTimeDays: 14,
  conversationMinutes: 60,
  conversationMode: 'in-person',
  defaultWorkingHours: { days: [1, 2, 3, 4, 5], start: '07:30', end: '16:00' },
  holidaySettings: { country: 'BE', region: 'VLG', agreementDays: ['vlaamse-feestdag'], closingPeriods: [] },
  directoryScope: 'tenant',
};

const json = (body: unknown) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
type Status = { organisation?: { name: string }; consent: { permission: string; state: string }[]; adminConsentUrl: string; sync?: { people: number; finishedAt?: string } };

describe('setting up an organisation Koers does not know yet', () => {
  it('shows its Global Administrator which permissions are missing, and starts nothing until they are granted', async () => {
    grant(PEETERS_TENANT_ID, graphPermissions().filter((p) => p !== 'MailboxSettings.Read'));
    const an = await run.current().tokenFor(SAMPLE_PEOPLE.an.email);
    // The ordinary routes do not know the organisation yet.
    expect((await run.current().api('/me', { token: an })).status).toBe(403);

    const status = await run.current().api('/onboarding', { token: an });
    expect(status.status).toBe(200);
    const body = (await status.json()) as Status;
    expect(body.organisation).toBeUndefined();
    expect(body.consent.find((c) => c.permission === 'MailboxSettings.Read')?.state).toBe('missing');
    expect(body.consent.find((c) => c.permission === 'User.Read.All')?.state).toBe('granted');
    expect(body.adminConsentUrl).toBe(`https://login.microsoftonline.com/${PEETERS_TENANT_ID}/adminconsent?client_id=${run.current().config.auth.clientId}`);

    const refused = await run.current().api('/onboarding', { method: 'POST', token: an, ...json(PROFILE) });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { code: string }).code).toBe('consent-missing');
  });

  it('tells a colleague without an admin role that only the administrator can', async () => {
    const wout = await run.current().tokenFor(SAMPLE_PEOPLE.wout.email);
    const refused = await run.current().api('/onboarding', { token: wout });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('admin-only');
  });

  it('says plainly what is wrong with a profile (a Flemish region in the Netherlands)', async () => {
    grant(PEETERS_TENANT_ID, graphPermissions());
    const an = await run.current().tokenFor(SAMPLE_PEOPLE.an.email);
    const bad = await run.current().api('/onboarding', {
      method: 'POST',
      token: an,
      ...json({ ...PROFILE, holidaySettings: { ...PROFILE.holidaySettings, country: 'NL' } }),
    });
    expect(bad.status).toBe(400);
    expect((await run.current().api('/onboarding', { token: an }).then((r) => r.json()) as Status).organisation).toBeUndefined();
  });

  it('creates the organisation once the consent is complete, syncs its people and lets them in', async () => {
    const an = await run.current().tokenFor(SAMPLE_PEOPLE.an.email);
    const created = await run.current().api('/onboarding', { method: 'POST', token: an, ...json(PROFILE) });
    expect(created.status).toBe(201);
    expect(((await created.json()) as { organisation: { name: string } }).organisation.name).toBe('Drukkerij Peeters BV');
    expect((await run.current().api('/onboarding', { method: 'POST', token: an, ...json(PROFILE) })).status).toBe(409);

    const synced = await run.current().api('/onboarding/sync', { method: 'POST', token: an });
    expect(synced.status).toBe(200);
    expect(await synced.json()).toMatchObject({ people: 3, managers: 1, withoutManager: 1, withoutMailbox: 0 });

    const status = (await (await run.current().api('/onboarding', { token: an })).json()) as Status;
    expect(status.organisation?.name).toBe('Drukkerij Peeters BV');
    expect(status.sync).toMatchObject({ people: 3 });
    expect(status.sync?.finishedAt).toBeDefined();

    const lotte = await run.current().tokenFor(SAMPLE_PEOPLE.lotte.email);
    const me = await run.current().api('/me', { token: lotte });
    expect(me.status).toBe(200);
    const stored = await run.current().stores.people.get(PEETERS_TENANT_ID, SAMPLE_PEOPLE.lotte.id);
    expect(stored?.value.locale).toBe('nl-BE');
  });

  it('keeps later changes on the Organisatie page under If-Match, with the coming days off', async () => {
    const an = await run.current().tokenFor(SAMPLE_PEOPLE.an.email);
    const read = await run.current().api('/organisation/profile', { token: an });
    expect(read.status).toBe(200);
    const loaded = (await read.json()) as { profile: OrganisationProfile; etag: string; upcomingHolidays: string[] };
    expect(loaded.profile).toEqual(PROFILE);
    expect(loaded.upcomingHolidays.some((day) => day.endsWith('-07-11'))).toBe(true);

    const bouwverlof = { from: '2027-07-19', to: '2027-08-06', name: 'Collectief verlof' };
    const changed = { ...PROFILE, holidaySettings: { ...PROFILE.holidaySettings, closingPeriods: [bouwverlof] } };
    const saved = await run.current().api('/organisation/profile', { method: 'PUT', token: an, ...json(changed), headers: { 'content-type': 'application/json', 'if-match': loaded.etag } });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { profile: OrganisationProfile }).profile.holidaySettings.closingPeriods).toEqual([bouwverlof]);

    const stale = await run.current().api('/organisation/profile', { method: 'PUT', token: an, ...json(PROFILE), headers: { 'content-type': 'application/json', 'if-match': loaded.etag } });
    expect(stale.status).toBe(412);
  });

  it('lets the Global Administrator of an organisation without a Koers.Admin change it, and nobody else', async () => {
    const jeroen = await run.current().tokenFor(SAMPLE_PEOPLE.jeroen.email);
    expect((await run.current().api('/organisation/profile', { token: jeroen })).status).toBe(200);
    const fatima = await run.current().tokenFor(SAMPLE_PEOPLE.fatima.email);
    const refused = await run.current().api('/organisation/profile', { token: fatima });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('admin-only');
  });
});
