import https from 'node:https';
import { HENDRIKS_TENANT_ID, SAMPLE_PEOPLE } from '@koers/app';
import type { ConversationReferenceStore, StoredConversationReference } from '@koers/domain';
import { createGraphAppInstaller, TEAMS_PUBLIC_SERVICE_URL, type GraphAppInstallerOptions } from './appInstaller';
import type { GraphLogFields } from './graphClient';
import { forbidden, STAND_IN_TOKEN, throttled, unavailable } from './__tests__/httpsStandIn';
import { startTeamsStandIn, type TeamsStandIn } from './__tests__/teamsStandIn';

const TENANT = HENDRIKS_TENANT_ID;
const daan = SAMPLE_PEOPLE.daan.id;
const MANIFEST_ID = '5f0c6a52-8d7e-4f4b-9a61-3c2b1e0d9f87';
const CATALOG_ID = 'b1c5353a-7aca-41b3-830f-27d5218fe0e5';
const BOT_ID = 'c0ffee00-0000-4000-8000-00000000b07a';

/** The references Teams and the installer write; not the subject here, so a map will do. */
function referenceMap(): ConversationReferenceStore & { all: Map<string, StoredConversationReference> } {
  const all = new Map<string, StoredConversationReference>();
  return {
    all,
    get: async (tenantId, userId) => {
      const value = all.get(`${tenantId}|${userId}`);
      return value ? { value, etag: '"1"' } : undefined;
    },
    upsert: async (value) => {
      all.set(`${value.tenantId}|${value.id}`, value);
      return { value, etag: '"1"' };
    },
  };
}

let standIn: TeamsStandIn;
let agent: https.Agent;
let delays: number[];
let logs: { event: string; fields: GraphLogFields }[];
let references: ReturnType<typeof referenceMap>;

function makeInstaller(overrides: Partial<GraphAppInstallerOptions> = {}) {
  return createGraphAppInstaller({
    getToken: async () => STAND_IN_TOKEN,
    baseUrl: standIn.baseUrl,
    agent,
    sleep: async (ms) => {
      delays.push(ms);
    },
    now: () => Date.parse('2026-11-24T09:00:00Z'),
    log: (event, fields) => logs.push({ event, fields }),
    teamsAppId: MANIFEST_ID,
    botAppId: BOT_ID,
    references,
    clock: { now: () => new Date('2026-11-24T09:00:00Z') },
    ...overrides,
  });
}

const adminHelp = () => logs.filter((l) => l.event === 'teams.admin-action').map((l) => String(l.fields['help']));
const calls = () => standIn.requests.map((r) => `${r.method} ${r.path}`);

beforeAll(async () => {
  standIn = await startTeamsStandIn();
  agent = new https.Agent({ ca: standIn.ca, keepAlive: true });
});

afterAll(async () => {
  agent.destroy();
  await standIn.close();
});

beforeEach(() => {
  standIn.reset();
  standIn.addApp({ id: CATALOG_ID, externalId: MANIFEST_ID, displayName: 'Koers' });
  standIn.addUser(daan);
  delays = [];
  logs = [];
  references = referenceMap();
});

afterEach(() => {
  expect(standIn.violations).toEqual([]);
});

describe('installing Koers for someone who never opened it', () => {
  it('finds the app in the catalog, installs it, and stores a reference to the new 1:1 chat', async () => {
    await expect(makeInstaller().installFor(TENANT, daan)).resolves.toBe('installed');

    expect(calls()).toEqual([
      'GET /v1.0/appCatalogs/teamsApps',
      `POST /v1.0/users/${daan}/teamwork/installedApps`,
      `GET /v1.0/users/${daan}/teamwork/installedApps`,
      `GET /v1.0/users/${daan}/teamwork/installedApps/${encodeURIComponent(Buffer.from(`${daan}##${CATALOG_ID}`).toString('base64'))}/chat`,
    ]);
    const [lookup, install, find] = standIn.requests;
    expect(lookup!.query).toEqual({ $filter: `externalId eq '${MANIFEST_ID}'` });
    expect(install!.body).toEqual({ 'teamsApp@odata.bind': `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${CATALOG_ID}` });
    expect(install!.headers['content-type']).toMatch(/^application\/json/);
    expect(find!.query).toEqual({ $expand: 'teamsApp', $filter: `teamsApp/id eq '${CATALOG_ID}'` });
    expect(standIn.installed.get(daan)).toEqual(new Set([CATALOG_ID]));

    const stored = (await references.get(TENANT, daan))?.value;
    expect(stored).toEqual({
      id: daan,
      tenantId: TENANT,
      updatedAt: '2026-11-24T09:00:00.000Z',
      reference: {
        channelId: 'msteams',
        serviceUrl: TEAMS_PUBLIC_SERVICE_URL,
        bot: { id: `28:${BOT_ID}` },
        user: { aadObjectId: daan },
        conversation: { id: standIn.chatIdOf(daan), conversationType: 'personal', tenantId: TENANT, isGroup: false },
      },
    });
  });

  it('takes "already installed" (409) as done and still finds the chat', async () => {
    standIn.installed.set(daan, new Set([CATALOG_ID]));

    await expect(makeInstaller().installFor(TENANT, daan)).resolves.toBe('installed');

    expect(standIn.requests[1]!.method).toBe('POST');
    expect((await references.get(TENANT, daan))?.value.reference['conversation']).toMatchObject({ id: standIn.chatIdOf(daan) });
  });

  it('uses a configured catalog id without reading the catalog, and reads it once per tenant otherwise', async () => {
    const configured = makeInstaller({ catalogAppId: CATALOG_ID });
    await configured.installFor(TENANT, daan);
    expect(calls().filter((c) => c.includes('appCatalogs'))).toEqual([]);

    standIn.reset();
    standIn.addApp({ id: CATALOG_ID, externalId: MANIFEST_ID, displayName: 'Koers' });
    const kees = SAMPLE_PEOPLE.kees.id;
    for (const id of [daan, kees]) standIn.addUser(id);
    const lookingUp = makeInstaller();
    await lookingUp.installFor(TENANT, daan);
    await lookingUp.installFor(TENANT, kees);
    expect(calls().filter((c) => c.includes('appCatalogs'))).toHaveLength(1);
  });

  it('waits as long as a 429 Retry-After says, then installs', async () => {
    standIn.script('POST', /installedApps$/, throttled(3));

    await expect(makeInstaller().installFor(TENANT, daan)).resolves.toBe('installed');

    expect(delays).toEqual([3_000]);
    expect(logs).toContainEqual({ event: 'graph.retry', fields: { tenantId: TENANT, op: 'installApp', attempt: 1, status: 429, delayMs: 3_000 } });
  });

  it('gives up after a few 503s without storing anything, and says so in the log', async () => {
    standIn.script('POST', /installedApps$/, unavailable(), unavailable(), unavailable(), unavailable());

    await expect(makeInstaller().installFor(TENANT, daan)).resolves.toBe('failed');

    expect(delays).toEqual([1_000, 2_000, 4_000]);
    expect(references.all.size).toBe(0);
    expect(logs).toContainEqual({ event: 'teams.install-failed', fields: { tenantId: TENANT, userId: daan, op: 'installApp', kind: 'unavailable' } });
  });

  it('tells the admin which permission to grant when Graph answers 403 on the install', async () => {
    standIn.script('POST', /installedApps$/, forbidden());

    await expect(makeInstaller().installFor(TENANT, daan)).resolves.toBe('failed');

    expect(adminHelp()).toEqual([expect.stringContaining('TeamsAppInstallation.ReadWriteSelfForUser.All')]);
    expect(adminHelp()[0]).toContain('Grant admin consent');
    expect(references.all.size).toBe(0);
  });

  it('names AppCatalog.Read.All (or TEAMS_CATALOG_APP_ID) when the catalog may not be read', async () => {
    standIn.script('GET', /appCatalogs\/teamsApps$/, forbidden());

    await expect(makeInstaller().installFor(TENANT, daan)).resolves.toBe('failed');

    expect(adminHelp()).toEqual([expect.stringMatching(/AppCatalog\.Read\.All.*TEAMS_CATALOG_APP_ID/)]);
    expect(calls()).toEqual(['GET /v1.0/appCatalogs/teamsApps']);
  });

  it('asks the admin to publish Koers when the catalog does not have it, and installs nothing', async () => {
    standIn.reset();
    standIn.addUser(daan);

    await expect(makeInstaller().installFor(TENANT, daan)).resolves.toBe('failed');

    expect(adminHelp()).toEqual([expect.stringContaining('Teams admin center')]);
    expect(calls()).toEqual(['GET /v1.0/appCatalogs/teamsApps']);
  });

  it('keeps the reference Teams itself sent meanwhile (it carries the tenant\'s own serviceUrl)', async () => {
    const fromTeams = { conversation: { id: 'a:from-teams' }, serviceUrl: 'https://smba.trafficmanager.net/emea/' };
    const installer = makeInstaller({
      references: {
        ...references,
        // Teams' installation update lands while the installer asks for the chat.
        get: async (tenantId, userId) => {
          if (standIn.requests.some((r) => r.path.endsWith('/chat')) && references.all.size === 0) {
            await references.upsert({ id: userId, tenantId, reference: fromTeams, updatedAt: '2026-11-24T09:00:01.000Z' });
          }
          return references.get(tenantId, userId);
        },
      },
    });

    await expect(installer.installFor(TENANT, daan)).resolves.toBe('installed');

    expect((await references.get(TENANT, daan))?.value.reference).toEqual(fromTeams);
  });
});
