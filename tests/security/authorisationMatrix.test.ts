import { randomUUID } from 'node:crypto';
import { SAMPLE_PEOPLE } from '@koers/app';
import { smartGoal } from '@koers/app/src/testing/popFixtures';
import { periodAroundToday, runningRound } from '@koers/app/src/testing/roundFixtures';
import { contracts, type RouteContract } from '@koers/contracts';
import { ProgressPeopleResponse, type Person } from '@koers/domain';
import { loadOrCreateDevIssuer } from '../../functions/src/auth/devIssuer';
import { useLocalStack } from '../../functions/src/testing/localStack';
import { pathWith, queryWith, sampleOf, schemasOf, seeded } from './support/contractSamples';

/**
 * The authorisation matrix, generated from the route contracts: every signed-in route × every
 * sample role (employee, manager, HR, admin, another organisation) × records owned by others.
 * Nobody gets a 2xx on a record that is not theirs, no answer carries a secret of someone else,
 * an id the caller may not know answers like an id that does not exist, and nothing owned by
 * others changed afterwards.
 */

const { linda, sanne, daan, an, wout, fatima, jeroen, ahmed } = SAMPLE_PEOPLE;
/** A running conversation round of Hendriks, so the progress routes answer with real statuses. */
const ROUND = 'matrix-ronde';
const stack = useLocalStack({ adapters: { quotas: 'off' } });

interface Caller {
  name: string;
  person: Person;
  token: string;
}

/** A record someone owns: its ids by kind, who may reach it, and what must not leak from it. */
interface Owned {
  label: string;
  ids: Partial<Record<'conversation' | 'pop' | 'entry' | 'person', string>>;
  employeeId: string;
  /** Who may address it (a 2xx for them is no leak). */
  parties: string[];
  /** Text only `readers` may ever see. */
  secret: string;
  readers: string[];
  etag: () => Promise<string | undefined>;
}

const callers: Caller[] = [];
const owned: Owned[] = [];
let replanned: { start: string; end: string };

const secret = (what: string) => `GEHEIM-${what}-${randomUUID().slice(0, 8)}`;

async function call(token: string, path: string, init: { method?: string; body?: unknown; ifMatch?: string } = {}): Promise<Response> {
  return stack.current().api(path, {
    method: init.method ?? 'GET',
    token,
    headers: { 'content-type': 'application/json', ...(init.ifMatch ? { 'if-match': init.ifMatch } : {}) },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
}

async function json<T>(response: Response, status: number): Promise<T> {
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

const tokenOf = (person: Person) => callers.find((c) => c.person.id === person.id && !c.name.includes('admin'))?.token ?? '';

async function bookFor(manager: Person, employee: Person): Promise<string> {
  const proposals = await json<{ slots: { start: string; end: string }[] }>(await call(tokenOf(manager), `/bookings/proposals?employeeId=${employee.id}`), 200);
  const [slot, other] = proposals.slots;
  if (!slot || !other) throw new Error('no slots');
  replanned = other;
  const booked = await json<{ conversation: { id: string } }>(
    await call(tokenOf(manager), '/conversations', { method: 'POST', body: { employeeId: employee.id, start: slot.start, end: slot.end, requestId: randomUUID() } }),
    201,
  );
  return booked.conversation.id;
}

async function planFor(manager: Person, employee: Person, title: string): Promise<string> {
  const created = await json<{ pop: { id: string } }>(
    await call(tokenOf(manager), '/pops', { method: 'POST', body: { employeeId: employee.id, requestId: randomUUID(), goals: [smartGoal('g1', employee.id, title)] } }),
    201,
  );
  return created.pop.id;
}

const etagOf = async (token: string, path: string) => (await call(token, path)).headers.get('etag') ?? undefined;

beforeAll(async () => {
  for (const [name, person] of Object.entries(SAMPLE_PEOPLE)) callers.push({ name, person, token: await stack.current().tokenFor(person.email) });
  // An administrator (Koers.Admin) who is nobody's manager or party.
  const issuer = await loadOrCreateDevIssuer({ dataDir: stack.current().dataDir, clientId: stack.current().config.auth.clientId });
  callers.push({ name: 'daan as admin', person: daan, token: await issuer.mint({ tenantId: daan.tenantId, userId: daan.id, name: daan.displayName, email: daan.email, roles: ['Koers.Admin'] }) });

  // Linda and Sanne: a booked conversation with Sanne's private preparation, and a plan.
  const conversation = await bookFor(linda, sanne);
  const preparation = secret('voorbereiding');
  await json(await call(tokenOf(sanne), `/conversations/${conversation}/preparation`, { method: 'PUT', body: { answers: [{ questionId: 'hoe-sta-je', text: preparation, shared: false }] } }), 200);
  const plan = secret('pop');
  const pop = await planFor(linda, sanne, plan);
  // Sanne's own private portfolio entry.
  const entryText = secret('portfolio');
  const entry = await json<{ item: { id: string } } & { id?: string }>(
    await call(tokenOf(sanne), '/portfolio/entries', { method: 'POST', body: { requestId: randomUUID(), kind: 'reflectie', title: entryText, period: { from: '2026-11-20' }, visibility: 'prive' } }),
    201,
  );
  const entryId = entry.item?.id ?? entry.id ?? '';
  // An and Wout, in the other organisation.
  const theirs = await bookFor(an, wout);
  const theirPlan = secret('pop-peeters');
  const peetersPop = await planFor(an, wout, theirPlan);

  await stack.current().app.stores.rounds.create(runningRound({ id: ROUND, tenantId: sanne.tenantId, name: 'Matrixronde', period: periodAroundToday(10, 90), createdBy: fatima.id }));

  const lindaAndSanne = [sanne.id, linda.id];
  owned.push(
    { label: 'conversation of Linda and Sanne', ids: { conversation }, employeeId: sanne.id, parties: lindaAndSanne, secret: preparation, readers: [sanne.id], etag: () => etagOf(tokenOf(sanne), `/conversations/${conversation}`) },
    { label: "Sanne's preparation", ids: { conversation }, employeeId: sanne.id, parties: lindaAndSanne, secret: preparation, readers: [sanne.id], etag: () => etagOf(tokenOf(sanne), `/conversations/${conversation}/preparation`) },
    { label: 'plan of Linda and Sanne', ids: { pop }, employeeId: sanne.id, parties: lindaAndSanne, secret: plan, readers: lindaAndSanne, etag: () => etagOf(tokenOf(sanne), `/pops/${pop}`) },
    { label: "Sanne's private portfolio entry", ids: { entry: entryId }, employeeId: sanne.id, parties: [sanne.id], secret: entryText, readers: [sanne.id], etag: async () => undefined },
    { label: 'conversation of An and Wout', ids: { conversation: theirs }, employeeId: wout.id, parties: [wout.id, an.id], secret: theirPlan, readers: [wout.id, an.id], etag: () => etagOf(tokenOf(wout), `/conversations/${theirs}`) },
    { label: 'plan of An and Wout', ids: { pop: peetersPop }, employeeId: wout.id, parties: [wout.id, an.id], secret: theirPlan, readers: [wout.id, an.id], etag: () => etagOf(tokenOf(wout), `/pops/${peetersPop}`) },
  );
}, 180_000);

/** Which kind of record a path parameter names. */
function kindOf(contract: RouteContract, param: string): keyof Owned['ids'] | undefined {
  if (param === 'conversationId' || contract.path.startsWith('conversations/')) return 'conversation';
  if (contract.path.startsWith('pops/') && param === 'id') return 'pop';
  if (contract.path.startsWith('portfolio/entries/')) return 'entry';
  if (contract.path.startsWith('people/')) return 'person';
  return undefined;
}

/** A body the route would accept from a party, aimed at `target` (so only authorisation can refuse it). */
function bodyFor(contract: RouteContract, target: Owned | undefined, rng: () => number): unknown {
  const schemas = schemasOf(contract);
  if (!schemas.body) return undefined;
  switch (contract.name) {
    case 'rescheduleConversation':
      return replanned;
    case 'cancelConversation':
      return { reason: 'inbraak' };
    case 'recordPopProgress':
      return { goalId: 'g1', note: 'inbraak' };
    case 'approvePop':
      return { version: 1, contentHash: 'a'.repeat(64) };
    case 'revisePop':
      return { baseVersion: 1, goals: [smartGoal('g1', target?.employeeId ?? sanne.id, 'inbraak')] };
    case 'savePreparation':
      return { answers: [{ questionId: 'hoe-sta-je', text: 'inbraak' }] };
    case 'portfolioEntryVisibility':
      return { visibility: 'leidinggevende' };
    case 'updatePortfolioEntry':
      return { kind: 'reflectie', title: 'inbraak', period: { from: '2026-11-20' } };
    default: {
      const body = sampleOf(schemas.body, rng);
      if (target && body && typeof body === 'object' && !Array.isArray(body)) {
        const aimed = body as Record<string, unknown>;
        if ('employeeId' in (schemas.body.properties ?? {})) aimed.employeeId = target.employeeId;
        if ('conversationId' in (schemas.body.properties ?? {}) && target.ids.conversation) {
          delete aimed.employeeId;
          delete aimed.meetingId;
          aimed.conversationId = target.ids.conversation;
        }
      }
      return body;
    }
  }
}

describe('the progress board', () => {
  const statusesFor = async (person: Person) => {
    const response = await call(tokenOf(person), `/progress/${ROUND}/people?maxItems=100`);
    const text = await response.text();
    return { status: response.status, text, names: response.status === 200 ? ProgressPeopleResponse.parse(JSON.parse(text)).items.map((p) => p.displayName) : [] };
  };

  it("shows HR everyone's status and never anyone's content", async () => {
    const hr = await statusesFor(fatima);
    expect(hr.status).toBe(200);
    expect(hr.names).toEqual(expect.arrayContaining([sanne.displayName, ahmed.displayName]));
    for (const o of owned) expect(hr.text).not.toContain(o.secret);
    const board = await call(tokenOf(fatima), `/progress/${ROUND}`);
    expect(board.status).toBe(200);
    const text = await board.text();
    for (const o of owned) expect(text).not.toContain(o.secret);
  });

  it("shows a manager only their own reports' statuses, and refuses another manager's", async () => {
    const mine = await statusesFor(linda);
    expect(mine.status).toBe(200);
    expect([...mine.names].sort()).toEqual(['Daan Mulder', 'Kees Jansen', 'Sanne Bakker']);
    expect((await call(tokenOf(linda), `/progress/${ROUND}/people?managerId=${jeroen.id}`)).status).toBe(403);
    const theirs = await statusesFor(jeroen);
    expect(theirs.names).not.toContain(sanne.displayName);
  });

  it('refuses everyone else, and another organisation finds no round', async () => {
    expect((await statusesFor(sanne)).status).toBe(403);
    expect((await call(tokenOf(an), `/progress/${ROUND}`)).status).toBe(404);
  });
});

describe('the authorisation matrix of every signed-in route', () => {
  it('can see a leak: the owners themselves read every secret the matrix looks for', async () => {
    const [conversation, preparation, plan, entry, , peetersPlan] = owned;
    const read = async (person: Person, path: string) => (await call(tokenOf(person), path)).text();
    expect(await read(sanne, `/conversations/${conversation?.ids.conversation ?? ''}/preparation`)).toContain(preparation?.secret);
    expect(await read(linda, `/pops/${plan?.ids.pop ?? ''}`)).toContain(plan?.secret);
    expect(await read(sanne, `/portfolio?employeeId=${sanne.id}`)).toContain(entry?.secret);
    expect(await read(an, `/pops/${peetersPlan?.ids.pop ?? ''}`)).toContain(peetersPlan?.secret);
  });

  it('gives nobody a record, a secret or the existence of a record that is not theirs', async () => {
    // Signed-in routes, and the organisation's set-up (auth 'token': the caller known by the token alone).
    const routes = Object.values(contracts).filter((c) => c.auth === 'bearer' || c.auth === 'token');
    /** Who may set an organisation up or change its profile: a Koers.Admin, or Peeters' Global Administrator while it has none. */
    const administers = (caller: Caller) => caller.name === 'daan as admin' || caller.person.id === an.id;
    const before = await Promise.all(owned.map((o) => o.etag()));
    const leaks: string[] = [];
    const existence = new Set<string>();
    let tried = 0;

    const send = async (caller: Caller, contract: RouteContract, params: Record<string, string>, target: Owned | undefined) => {
      const schemas = schemasOf(contract);
      // The same sample for a route every time: an unknown id and a colleague's get the same body.
      const rng = seeded([...contract.name].reduce((hash, c) => Math.imul(hash ^ c.charCodeAt(0), 16_777_619), 2_166_136_261));
      const query = schemas.query ? { ...(sampleOf(schemas.query, rng) as Record<string, unknown>), ...(target && 'employeeId' in (schemas.query.properties ?? {}) ? { employeeId: target.employeeId } : {}) } : undefined;
      const response = await call(caller.token, `${pathWith(contract, params)}${queryWith(query)}`, {
        method: contract.method,
        body: bodyFor(contract, target, rng),
        ...(contract.ifMatch ? { ifMatch: (target && (await target.etag())) ?? '"*"' } : {}),
      });
      tried++;
      if (contract.auth === 'token' && response.ok && !administers(caller)) leaks.push(`${caller.name} got ${response.status} on ${contract.method} ${contract.path}, the organisation's set-up`);
      const text = await response.text();
      for (const o of owned) {
        if (!o.readers.includes(caller.person.id) && text.includes(o.secret)) leaks.push(`${caller.name} read "${o.label}" through ${contract.method} ${contract.path}`);
      }
      return response.status;
    };

    for (const contract of routes) {
      const params = Object.keys(schemasOf(contract).params?.properties ?? {});
      for (const caller of callers) {
        if (params.length === 0) {
          // No record in the path: aim the body or query at each record the caller is no party to.
          for (const target of owned.filter((o) => !o.parties.includes(caller.person.id))) {
            const status = await send(caller, contract, {}, target);
            const { body, query } = schemasOf(contract);
            const aimed = /employeeId|conversationId/.test(JSON.stringify(body ?? {})) || 'employeeId' in (query?.properties ?? {});
            // Creating something of one's own is fine; acting on the target's record is not, and
            // opening the canvas of the target's conversation (what the tab reads a canvas with) is reading it.
            const ownCreation = ['bookConversation', 'createPop', 'canvasCreate'].includes(contract.name) && !(contract.name === 'canvasCreate' && target.ids.conversation);
            if (aimed && status >= 200 && status < 300 && contract.method !== 'GET' && !ownCreation) {
              leaks.push(`${caller.name} got ${status} on ${contract.method} ${contract.path} aimed at "${target.label}"`);
            }
          }
          continue;
        }
        const unknownStatus = await send(caller, contract, Object.fromEntries(params.map((p) => [p, p === 'n' ? '1' : randomUUID()])), undefined);
        for (const target of owned) {
          if (target.parties.includes(caller.person.id)) continue;
          const values = Object.fromEntries(params.map((p) => [p, p === 'n' ? '1' : (target.ids[kindOf(contract, p) ?? 'conversation'] ?? '')]));
          if (Object.values(values).some((v) => v === '')) continue;
          const status = await send(caller, contract, values, target);
          if (status >= 200 && status < 300) leaks.push(`${caller.name} got ${status} on ${contract.method} ${contract.path} for "${target.label}"`);
          if (status !== unknownStatus) existence.add(`${contract.name}: ${status} for someone else's record, ${unknownStatus} for none`);
        }
      }
    }
    // People of one's own organisation are known from the directory: their existence is no secret.
    const people = [sanne, wout].map((p) => ({ id: p.id, tenantId: p.tenantId }));
    for (const caller of callers) {
      for (const person of people) {
        const status = await send(caller, contracts.person, { id: person.id }, undefined);
        const may = caller.person.id === person.id || caller.person.tenantId === person.tenantId;
        if (!may && status !== 404) leaks.push(`${caller.name} got ${status} for a person of another organisation`);
      }
    }
    const after = await Promise.all(owned.map((o) => o.etag()));
    const changed = owned.filter((_o, i) => before[i] !== after[i]).map((o) => o.label);

    process.stdout.write(`authorisation matrix: ${tried} requests (${routes.length} routes × ${callers.length} callers × ${owned.length} records of others), ${leaks.length} leaks, ${changed.length} changed records, existence told by: ${[...existence].join('; ') || 'none'}\n`);
    expect(leaks).toEqual([]);
    expect(changed).toEqual([]);
    expect([...existence]).toEqual([]);
  }, 600_000);
});
