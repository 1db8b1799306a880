import { SAMPLE_PEOPLE } from '@koers/app';
import { MeResponse, Problem } from '@koers/contracts';
import { GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID, ReminderDefaultsResponse, type Person } from '@koers/domain';
import { decodeJwt } from 'jose';
import { loadOrCreateDevIssuer, type DevIssuer } from '../auth/devIssuer';
import { CONTAINERS } from '../cosmos/containers';
import { useLocalStack } from '../testing/localStack';

/**
 * Who is HR over HTTP: the access token's `roles` claim (Entra ID's app roles), never something
 * stored. The tokens here are signed with the local stack's own dev key, as Entra ID would sign
 * them for a user with (or without) the Koers.HR assignment.
 */

const { jeroen, fatima, ahmed, an, sanne } = SAMPLE_PEOPLE;
const HR_ROUTE = '/organisation/reminder-defaults';
const stack = useLocalStack();

let issuer: DevIssuer;
beforeAll(async () => {
  const { dataDir, config } = stack.current();
  issuer = await loadOrCreateDevIssuer({ dataDir, clientId: config.auth.clientId });
});

function tokenOf(person: Person, claims: { roles?: string[]; wids?: string[] } = {}): Promise<string> {
  return issuer.mint({ tenantId: person.tenantId, userId: person.id, name: person.displayName, email: person.email, ...claims });
}

async function me(token: string): Promise<MeResponse> {
  const response = await stack.current().api('/me', { token });
  expect(response.status).toBe(200);
  return MeResponse.parse(await response.json());
}

async function hrRoute(token: string, init: RequestInit = {}): Promise<Response> {
  return stack.current().api(HR_ROUTE, { token, ...init });
}

async function refusalOf(response: Response): Promise<string> {
  expect(response.status).toBe(403);
  return Problem.parse(await response.json()).code;
}

describe('the dev sign-in of the sample people', () => {
  it('puts Koers.HR in the roles claim of Fatima and An, and no roles claim in anyone else’s token', async () => {
    const rolesOf = async (email: string) => decodeJwt(await stack.current().tokenFor(email)).roles;
    expect(await rolesOf(fatima.email)).toEqual(['Koers.HR']);
    expect(await rolesOf(an.email)).toEqual(['Koers.HR']);
    expect(await rolesOf(jeroen.email)).toBeUndefined();
    expect(await rolesOf(ahmed.email)).toBeUndefined();
  });

  it('makes /me report the roles Koers grants: HR from the token, manager from the team', async () => {
    const rolesOf = async (email: string) => (await me(await stack.current().tokenFor(email))).me.roles;
    expect(await rolesOf(fatima.email)).toEqual(['hr']);
    expect(await rolesOf(an.email)).toEqual(['manager', 'hr']);
    expect(await rolesOf(jeroen.email)).toEqual(['manager']);
    expect(await rolesOf(sanne.email)).toEqual([]);
  });
});

describe('the roles claim decides who is HR', () => {
  it('lets a token with Koers.HR in, and not the same person’s token without it', async () => {
    expect((await hrRoute(await tokenOf(fatima, { roles: ['Koers.HR'] }))).status).toBe(200);
    // Fatima's assignment is still stored, but her token says otherwise (the admin removed it): the token wins.
    expect(await refusalOf(await hrRoute(await tokenOf(fatima)))).toBe('hr-only');
    expect((await me(await tokenOf(fatima))).me.roles).toEqual([]);
  });

  it('grants HR to whoever Entra ID gives Koers.HR, and nothing for other apps’ roles or Koers.Admin', async () => {
    expect((await hrRoute(await tokenOf(ahmed, { roles: ['Koers.HR'] }))).status).toBe(200);
    expect(await refusalOf(await hrRoute(await tokenOf(ahmed, { roles: ['Other.HR', 'koers.hr'] })))).toBe('hr-only');
    expect(await refusalOf(await hrRoute(await tokenOf(jeroen, { roles: ['Koers.Admin'] })))).toBe('hr-only');
    expect((await me(await tokenOf(jeroen, { roles: ['Koers.Admin'] }))).me.roles).toEqual(['manager', 'admin']);
  });

  it('refuses someone whose stored document says HR with 403 hr-only, reading and writing, and changes nothing', async () => {
    const { database, stores } = stack.current();
    const people = database.container(CONTAINERS.people.id);
    const { resource } = await people.item(ahmed.id, ahmed.tenantId).read<Record<string, unknown>>();
    if (!resource) throw new Error('Ahmed is not seeded');
    await people.items.upsert({ ...resource, roles: ['employee', 'hr'], isHr: true });
    const before = await stores.organisations.get(ahmed.tenantId);

    const token = await tokenOf(ahmed);
    expect(await refusalOf(await hrRoute(token))).toBe('hr-only');
    const put = await hrRoute(token, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'if-match': before?.etag ?? '' },
      body: JSON.stringify({ checkInCadenceDays: 7, reminderDaysBefore: [1], digestStaleCadences: 2 }),
    });
    expect(await refusalOf(put)).toBe('hr-only');
    expect((await me(token)).me.roles).toEqual([]);
    expect((await stores.organisations.get(ahmed.tenantId))?.etag).toBe(before?.etag);
  });

  it('reads the defaults for HR of its own organisation only', async () => {
    const body = ReminderDefaultsResponse.parse(await (await hrRoute(await tokenOf(an, { roles: ['Koers.HR'] }))).json());
    const peeters = await stack.current().stores.organisations.get(an.tenantId);
    expect(body.etag).toBe(peeters?.etag);
  });
});

describe('a Global Administrator (the wids claim)', () => {
  const wids = [GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID];

  it('is no HR and no admin in Koers: wids grants no role, only the onboarding will ask for it', async () => {
    const token = await tokenOf(sanne, { wids });
    expect(await refusalOf(await hrRoute(token))).toBe('hr-only');
    expect((await me(token)).me.roles).toEqual([]);
  });
});
