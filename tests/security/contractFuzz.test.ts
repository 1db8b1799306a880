import { randomUUID } from 'node:crypto';
import { SAMPLE_PEOPLE } from '@koers/app';
import { contracts, type RouteContract } from '@koers/contracts';
import { useLocalStack } from '../../functions/src/testing/localStack';
import { mutantOf, pathWith, pick, queryWith, sampleOf, schemasOf, seeded, type Rng } from './support/contractSamples';

/**
 * A bounded, seeded fuzz of the local API from its route contracts: every route (a new one the
 * moment its contract exists) with params, query and body drawn from its JSON Schema, valid and
 * mutated, as anyone: each sample person, nobody, a garbage token. Whatever arrives, the answer
 * is never a 5xx and the host keeps answering. KOERS_FUZZ_SEED and KOERS_FUZZ_REQUESTS
 * replay or widen a run.
 */

const SEED = Number(process.env.KOERS_FUZZ_SEED ?? 20_261_205);
const REQUESTS = Number(process.env.KOERS_FUZZ_REQUESTS ?? 3_000);
const PARALLEL = 16;
/** Moves the local clock forward for good: every later token would be expired, which tests nothing. */
const NOT_FUZZED = new Set(['devSetClock']);

const stack = useLocalStack({ adapters: { quotas: 'off' } });
const people = Object.values(SAMPLE_PEOPLE);
const tokens = new Map<string, string>();
const ids: string[] = [];

beforeAll(async () => {
  for (const person of people) tokens.set(person.email, await stack.current().tokenFor(person.email));
  // Real records to aim at, besides people: a booked conversation and a plan.
  const linda = tokens.get(SAMPLE_PEOPLE.linda.email) ?? '';
  const proposals = (await (await stack.current().api(`/bookings/proposals?employeeId=${SAMPLE_PEOPLE.sanne.id}`, { token: linda })).json()) as { slots: { start: string; end: string }[] };
  const slot = proposals.slots[0];
  if (slot) {
    const booked = await stack.current().api('/conversations', {
      method: 'POST',
      token: linda,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ employeeId: SAMPLE_PEOPLE.sanne.id, start: slot.start, end: slot.end, requestId: randomUUID() }),
    });
    ids.push(((await booked.json()) as { conversation: { id: string } }).conversation.id);
  }
  ids.push(...people.map((p) => p.id), randomUUID());
}, 120_000);

interface Fuzzed {
  contract: RouteContract;
  path: string;
  init: RequestInit;
}

function fuzzed(rng: Rng, routes: readonly RouteContract[]): Fuzzed {
  const contract = pick(rng, routes);
  const schemas = schemasOf(contract);
  const params: Record<string, string> = {};
  for (const name of Object.keys(schemas.params?.properties ?? {})) {
    const roll = rng();
    params[name] = roll < 0.6 ? pick(rng, ids) : roll < 0.8 ? randomUUID() : String(mutantOf({ type: 'string' }, rng));
  }
  const query = schemas.query ? (rng() < 0.6 ? sampleOf(schemas.query, rng) : mutantOf(schemas.query, rng)) : undefined;
  const headers: Record<string, string> = {};
  const caller = rng();
  if (caller < 0.75) headers.authorization = `Bearer ${tokens.get(pick(rng, people).email) ?? ''}`;
  else if (caller < 0.85) headers.authorization = `Bearer ${pick(rng, ['x', 'a.b.c', 'eyJhbGciOiJub25lIn0.e30.', 'Ã©'.repeat(100)])}`;
  if (rng() < 0.5) headers['if-match'] = pick(rng, ['"*"', '*', `"${randomUUID()}"`, '', 'W/"1"']);
  if (rng() < 0.2) headers['accept-language'] = pick(rng, ['en', 'nl-BE', '*', 'xx;q=abc', '']);
  let body: string | undefined;
  if (contract.body || rng() < 0.1) {
    const roll = rng();
    headers['content-type'] = roll < 0.9 ? 'application/json' : pick(rng, ['text/plain', 'application/json; charset=latin1', 'application/x-www-form-urlencoded']);
    const schema = schemas.body ?? { type: 'object' };
    body = roll < 0.5 ? JSON.stringify(sampleOf(schema, rng)) : roll < 0.85 ? JSON.stringify(mutantOf(schema, rng)) : pick(rng, ['{', '', 'null', '[]', '{"a":1,"a":2}', '\u0000', `${'['.repeat(200)}${']'.repeat(200)}`]);
  }
  const method = rng() < 0.03 ? pick(rng, ['PATCH', 'DELETE', 'PUT', 'OPTIONS']) : contract.method;
  return { contract, path: `${pathWith(contract, params)}${queryWith(query)}`, init: { method, headers, ...(body !== undefined && method !== 'GET' ? { body } : {}) } };
}

describe('a seeded fuzz of every route from its contract', () => {
  it(`answers ${REQUESTS} fuzzed requests (seed ${SEED}) without a single 5xx`, async () => {
    const rng = seeded(SEED);
    const routes = Object.values(contracts).filter((c) => !NOT_FUZZED.has(c.name));
    const requests = Array.from({ length: REQUESTS }, () => fuzzed(rng, routes));
    const statuses = new Map<number, number>();
    const serverErrors: string[] = [];
    const started = Date.now();
    for (let next = 0; next < requests.length; next += PARALLEL) {
      await Promise.all(
        requests.slice(next, next + PARALLEL).map(async ({ contract, path, init }) => {
          let status: number;
          try {
            const response = await stack.current().api(path, init);
            status = response.status;
            const text = await response.text();
            if (status >= 500) serverErrors.push(`${init.method ?? 'GET'} ${path} (${contract.name}) → ${status} ${text.slice(0, 200)}`);
          } catch (error) {
            // A connection the host closed (a 413 mid-upload) is an answer too; a crash is not.
            status = 0;
            if (!(error instanceof Error) || error.name !== 'TypeError' || !/fetch failed|socket|closed/i.test(`${error.message} ${String(error.cause)}`)) throw error;
          }
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }),
      );
    }
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`fuzz: ${REQUESTS} requests over ${routes.length} routes in ${seconds.toFixed(1)} s, seed ${SEED}; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}\n`);

    expect(serverErrors).toEqual([]);
    expect((await stack.current().api('/health')).status).toBe(200);
    expect(statuses.get(0) ?? 0).toBeLessThan(REQUESTS / 100);
  }, 400_000);
});
