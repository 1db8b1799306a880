import { SAMPLE_PEOPLE } from '@koers/app';
import {
  ConversationListResponse,
  DevPersonasResponse,
  HealthResponse,
  MeResponse,
  MyLanguageResponse,
  Problem,
} from '@koers/contracts';
import { PersonSummary, type Conversation } from '@koers/domain';
import { loadOrCreateDevIssuer } from '../auth/devIssuer';
import { handle, json } from '../http/handle';
import { useLocalStack } from '../testing/localStack';

const HENDRIKS = '6f1c2a7e-0000-4000-8000-000000000001';
const PEETERS = '6f1c2a7e-0000-4000-8000-000000000002';
const { jeroen, linda, sanne, kees, ahmed, fatima, an } = SAMPLE_PEOPLE;

const stack = useLocalStack({
  // A route that writes with a stale etag, to see the store's ConcurrencyError arrive as HTTP 412.
  extraRoutes: (stores) => [
    {
      name: 'staleWriteProbe',
      methods: ['POST'],
      route: 'test/stale-write',
      handler: handle(async () => {
        const current = await stores.people.get(HENDRIKS, kees.id);
        if (!current) throw new Error('Kees is not seeded');
        await stores.people.replace({ ...current.value, jobTitle: 'Meewerkend voorman' }, current.etag);
        await stores.people.replace({ ...current.value, jobTitle: 'Senior monteur (oud)' }, current.etag);
        return json({ unreachable: true });
      }),
    },
  ],
});

async function problemOf(response: Response): Promise<Problem> {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return Problem.parse(await response.json());
}

function conversation(employee: { id: string }, manager: { id: string }, id: string, start: string): Conversation {
  return {
    id,
    tenantId: HENDRIKS,
    employeeId: employee.id,
    managerId: manager.id,
    kind: 'loopbaangesprek',
    status: 'gepland',
    start,
    end: start.replace('T09', 'T10'),
    createdAt: '2026-01-05T08:00:00.000Z',
    updatedAt: '2026-01-05T08:00:00.000Z',
  };
}

describe('GET /api/health', () => {
  it('answers 200 with the versions of the parts and a working database', async () => {
    const response = await stack.current().api('/health');
    expect(response.status).toBe(200);
    const health = HealthResponse.parse(await response.json());
    expect(health).toMatchObject({ status: 'ok', mode: 'local', checks: { cosmos: 'ok' } });
    expect(Object.keys(health.versions).sort()).toEqual(['@azure/cosmos', '@azure/functions', 'botbuilder', 'koers', 'node']);
    expect(health.versions.node).toBe(process.versions.node);
    expect(health.versions.botbuilder).toBe('4.23.3');
  });
});

describe('GET /api/me', () => {
  it('shows Jeroen his organisation and his four direct reports', async () => {
    const { api, tokenFor } = stack.current();
    const response = await api('/me', { token: await tokenFor('jeroen@hendriks.example') });
    expect(response.status).toBe(200);
    const me = MeResponse.parse(await response.json());
    expect(me.me).toMatchObject({ id: jeroen.id, displayName: 'Jeroen Hendriks', locale: 'nl-NL', timeZone: 'Europe/Amsterdam' });
    expect(me.me.roles).toContain('manager');
    expect(me.organisation).toMatchObject({ tenantId: HENDRIKS, name: 'Installatiebedrijf Hendriks B.V.' });
    expect(me.manager).toBeUndefined();
    expect(me.reports.map((p) => p.displayName).sort()).toEqual(['Ahmed Yilmaz', 'Fatima El Amrani', 'Linda de Wit', 'Noor Visser']);
  });

  it('shows Sanne her manager Linda and no reports', async () => {
    const { api, tokenFor } = stack.current();
    const me = MeResponse.parse(await (await api('/me', { token: await tokenFor('sanne@hendriks.example') })).json());
    expect(me.manager).toMatchObject({ id: linda.id, displayName: 'Linda de Wit' });
    expect(me.reports).toEqual([]);
  });

  it('shows An only people of Drukkerij Peeters', async () => {
    const { api, tokenFor } = stack.current();
    const response = await api('/me', { token: await tokenFor('an@peeters.example') });
    const body = await response.text();
    const me = MeResponse.parse(JSON.parse(body));
    expect(me.organisation).toMatchObject({ tenantId: PEETERS, name: 'Drukkerij Peeters BV', locale: 'nl-BE' });
    expect(me.reports.map((p) => p.displayName).sort()).toEqual(['Lotte Maes', 'Wout Claes']);
    expect(body).not.toMatch(/hendriks/i);
  });

  it('does not hand out more than the summary (no birth year, no working hours)', async () => {
    const { api, tokenFor } = stack.current();
    const body = await (await api('/me', { token: await tokenFor('linda@hendriks.example') })).text();
    expect(body).toContain('Kees Jansen');
    expect(body).not.toMatch(/birthYear|workingHours|1967/);
  });
});

describe('PUT /api/me/language', () => {
  it('stores my own language, which /me then speaks, and null goes back to the organisation\'s', async () => {
    const { api, tokenFor } = stack.current();
    const token = await tokenFor('noor@hendriks.example');
    const put = (locale: unknown) => api('/me/language', { token, method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locale }) });
    const chosen = await put('en-GB');
    expect(chosen.status).toBe(200);
    expect(MyLanguageResponse.parse(await chosen.json())).toEqual({ locale: 'en-GB', chosenLocale: 'en-GB' });
    const me = MeResponse.parse(await (await api('/me', { token })).json());
    expect(me.me).toMatchObject({ locale: 'en-GB', chosenLocale: 'en-GB' });
    expect(MyLanguageResponse.parse(await (await put(null)).json())).toEqual({ locale: 'nl-NL' });
    expect((await put('fr-FR')).status).toBe(400);
  });
});

describe('authentication', () => {
  it('answers 401 with a Dutch problem when there is no token', async () => {
    const response = await stack.current().api('/me');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await problemOf(response)).toMatchObject({
      code: 'unauthenticated',
      detail: 'Je bent niet aangemeld of je sessie is verlopen. Meld je opnieuw aan.',
    });
  });

  it('answers 401 for a token that is not a valid one', async () => {
    const { api, tokenFor } = stack.current();
    const token = await tokenFor('sanne@hendriks.example');
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(342)}`;
    const response = await api('/me', { token: forged });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect((await api('/me', { headers: { authorization: 'Basic amVyb2VuOmdlaGVpbQ==' } })).status).toBe(401);
  });

  it('answers 403 unknown-user for a valid token of someone Koers does not know', async () => {
    const { api, config, dataDir } = stack.current();
    const issuer = await loadOrCreateDevIssuer({ dataDir, clientId: config.auth.clientId });
    const stranger = await issuer.mint({ tenantId: HENDRIKS, userId: '0a000000-0000-4000-8000-000000000999', name: 'Onbekend', email: 'x@hendriks.example' });
    const response = await api('/me', { token: stranger });
    expect(response.status).toBe(403);
    expect((await problemOf(response)).code).toBe('unknown-user');
  });

  it('answers 403 unknown-tenant for a valid token of an organisation without Koers', async () => {
    const { api, config, dataDir } = stack.current();
    const issuer = await loadOrCreateDevIssuer({ dataDir, clientId: config.auth.clientId });
    const tenant = '6f1c2a7e-0000-4000-8000-0000000000ff';
    const outsider = await issuer.mint({ tenantId: tenant, userId: jeroen.id, name: 'Jeroen Elders', email: 'j@elders.example' });
    const response = await api('/me', { token: outsider });
    expect(response.status).toBe(403);
    expect((await problemOf(response)).code).toBe('unknown-tenant');
  });
});

describe('GET /api/people/{id}', () => {
  it('lets a manager see a direct report', async () => {
    const { api, tokenFor } = stack.current();
    const response = await api(`/people/${sanne.id}`, { token: await tokenFor('linda@hendriks.example') });
    expect(response.status).toBe(200);
    expect(PersonSummary.parse(await response.json())).toMatchObject({ id: sanne.id, displayName: 'Sanne Bakker', managerId: linda.id });
  });

  it('lets HR see anyone in its own organisation', async () => {
    const { api, tokenFor } = stack.current();
    const response = await api(`/people/${kees.id}`, { token: await tokenFor(fatima.email) });
    expect(response.status).toBe(200);
  });

  it('refuses a colleague who is not your report', async () => {
    const { api, tokenFor } = stack.current();
    const response = await api(`/people/${ahmed.id}`, { token: await tokenFor(sanne.email) });
    expect(response.status).toBe(403);
    expect((await problemOf(response)).detail).toBe('Je hebt geen toegang tot deze gegevens.');
  });

  it('refuses a person of another tenant as if they did not exist', async () => {
    const { api, tokenFor } = stack.current();
    const otherTenant = await api(`/people/${jeroen.id}`, { token: await tokenFor(an.email) });
    const nowhere = await api('/people/0a000000-0000-4000-8000-000000000777', { token: await tokenFor(an.email) });
    expect(otherTenant.status).toBe(404);
    expect(nowhere.status).toBe(404);
    const [a, b] = [await otherTenant.json(), await nowhere.json()];
    expect(a).toEqual(b);
  });

  it('answers 400 for an id that is not a GUID', async () => {
    const { api, tokenFor } = stack.current();
    const response = await api('/people/niet-een-guid', { token: await tokenFor(jeroen.email) });
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors?.[0]?.path).toBe('id');
  });
});

describe('GET /api/conversations', () => {
  beforeAll(async () => {
    const { stores } = stack.current();
    await stores.conversations.create(conversation(sanne, linda, 'gesprek-sanne-1', '2026-03-16T09:00:00.000Z'));
    await stores.conversations.create(conversation(kees, linda, 'gesprek-kees-1', '2026-03-17T09:00:00.000Z'));
    await stores.conversations.create(conversation(ahmed, jeroen, 'gesprek-ahmed-1', '2026-03-18T09:00:00.000Z'));
  });

  it('lists my own conversations by default', async () => {
    const { api, tokenFor } = stack.current();
    const response = await api('/conversations', { token: await tokenFor(sanne.email) });
    expect(response.status).toBe(200);
    const list = ConversationListResponse.parse(await response.json());
    expect(list.items.map((c) => c.id)).toEqual(['gesprek-sanne-1']);
  });

  it('lists a manager\'s team conversations, page by page', async () => {
    const { api, tokenFor } = stack.current();
    const token = await tokenFor(linda.email);
    const first = ConversationListResponse.parse(await (await api('/conversations?scope=team&maxItems=1', { token })).json());
    expect(first.items).toHaveLength(1);
    expect(first.continuationToken).toBeDefined();
    const next = await api(`/conversations?scope=team&maxItems=1&continuationToken=${encodeURIComponent(first.continuationToken ?? '')}`, { token });
    const second = ConversationListResponse.parse(await next.json());
    expect([...first.items, ...second.items].map((c) => c.id).sort()).toEqual(['gesprek-kees-1', 'gesprek-sanne-1']);
  });

  it('keeps another manager\'s team out of the list', async () => {
    const { api, tokenFor } = stack.current();
    const list = ConversationListResponse.parse(await (await api('/conversations?scope=team', { token: await tokenFor(jeroen.email) })).json());
    expect(list.items.map((c) => c.id)).toEqual(['gesprek-ahmed-1']);
  });

  it('refuses the team scope to someone who is not a manager', async () => {
    const { api, tokenFor } = stack.current();
    const response = await api('/conversations?scope=team', { token: await tokenFor(sanne.email) });
    expect(response.status).toBe(403);
  });

  it('refuses a bad scope, page size or continuation token with 400', async () => {
    const { api, tokenFor } = stack.current();
    const token = await tokenFor(linda.email);
    for (const query of ['scope=everyone', 'maxItems=0', 'maxItems=veel', 'scope=team&continuationToken=bogus']) {
      const response = await api(`/conversations?${query}`, { token });
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect((await problemOf(response)).code).toBe('validation');
    }
  });
});

describe('the dev routes (local mode)', () => {
  it('lists the sample people for the persona switch, Jeroen first', async () => {
    const response = await stack.current().api('/dev/personas');
    const { personas } = DevPersonasResponse.parse(await response.json());
    expect(personas).toHaveLength(11);
    expect(personas[0]).toMatchObject({ email: 'jeroen@hendriks.example', organisation: 'Installatiebedrijf Hendriks B.V.', tenantId: HENDRIKS });
    expect(personas.filter((p) => p.tenantId === PEETERS).map((p) => p.displayName)).toEqual(['An Peeters', 'Wout Claes', 'Lotte Maes']);
  });

  it('answers 404 for a token request for an unknown email', async () => {
    const response = await stack.current().api('/dev/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'niemand@hendriks.example' }),
    });
    expect(response.status).toBe(404);
    expect((await problemOf(response)).detail).toBe('Dit bestaat niet (meer).');
  });

  it('finds the person whatever the case of the email', async () => {
    await expect(stack.current().tokenFor('Jeroen@Hendriks.Example')).resolves.toMatch(/^ey/);
  });

  it.each([
    ['bad JSON', '{"user":', 'application/json', 400, 'bad-json', 'De aanvraag bevat geen geldige JSON.'],
    ['a wrong type', '{"user": 42}', 'application/json', 400, 'validation', 'De aanvraag klopt niet: controleer de gemarkeerde velden.'],
    ['an oversized body', JSON.stringify({ user: 'x'.repeat(100_000) }), 'application/json', 413, 'too-large', 'De aanvraag is te groot.'],
    ['a wrong content type', 'user=jeroen@hendriks.example', 'text/plain', 415, 'unsupported-media-type', 'Stuur de gegevens als application/json.'],
  ])('refuses %s with a 4xx problem in Dutch', async (_what, body, contentType, status, code, detail) => {
    const response = await stack.current().api('/dev/token', { method: 'POST', headers: { 'content-type': contentType }, body });
    expect(response.status).toBe(status);
    expect(await problemOf(response)).toMatchObject({ status, code, detail });
  });

  it('names the offending field of a wrong type', async () => {
    const response = await stack.current().api('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"user": 42}' });
    expect((await problemOf(response)).errors?.map((e) => e.path)).toEqual(['user']);
  });

  it('serves the dev issuer\'s public keys', async () => {
    const response = await stack.current().api('/dev/jwks');
    const jwks = (await response.json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document with a path for every route of the table', async () => {
    const { api, app } = stack.current();
    const response = await api('/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(document.openapi).toBe('3.1.0');
    const documented = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));
    const routes = app.table.http.flatMap((r) => r.methods.map((m) => `${m} /${r.route}`));
    expect(documented.sort()).toEqual(routes.sort());
    expect(document.paths['/dev/token']?.post).toBeDefined();
    expect(document.paths['/me']?.get?.responses['401']).toEqual({ $ref: '#/components/responses/Problem401' });
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['Problem', 'MeResponse', 'ConversationListResponse']));
  });
});

describe('concurrency', () => {
  it('turns a stale write into 412 stale-write', async () => {
    const response = await stack.current().api('/test/stale-write', { method: 'POST' });
    expect(response.status).toBe(412);
    expect(await problemOf(response)).toMatchObject({
      code: 'stale-write',
      detail: 'Iemand anders heeft dit intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.',
    });
  });
});
