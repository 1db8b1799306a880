import { SAMPLE_PEOPLE } from '@koers/app';
import { Problem } from '@koers/contracts';
import { createRequestQuotas } from '../http/requestQuota';
import { useLocalStack } from '../testing/localStack';

const { jeroen, linda } = SAMPLE_PEOPLE;
// Smaller buckets than API_QUOTAS (requestQuota.test.ts checks those numbers): a busy test
// machine answers slowly enough that the default refill would keep up with a flood of a few hundred.
const stack = useLocalStack({ adapters: { quotas: createRequestQuotas({ rules: { user: { capacity: 40, perSecond: 2 }, devToken: { capacity: 10, perSecond: 0.2 } } }) } });

/** `count` requests, `parallel` at a time, as a script hammering the API would send them. */
async function flood(count: number, parallel: number, send: () => Promise<Response>): Promise<Response[]> {
  const answers: Response[] = [];
  for (let sent = 0; sent < count; sent += parallel) {
    answers.push(...(await Promise.all(Array.from({ length: Math.min(parallel, count - sent) }, send))));
  }
  return answers;
}

describe('rate limits of the local API', () => {
  it('answers a user sending 200 requests in a burst with 429 and Retry-After, and keeps answering their colleague', async () => {
    const token = await stack.current().tokenFor(jeroen.email);
    const answers = await flood(200, 20, () => stack.current().api('/me', { token }));
    const statuses = answers.map((a) => a.status);

    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(40);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused.slice(0, 5)) {
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Problem.parse(await answer.json()).code).toBe('rate-limited');
    }

    const colleague = await stack.current().api('/me', { token: await stack.current().tokenFor(linda.email) });
    expect(colleague.status).toBe(200);
  }, 120_000);

  it('mints at most a burst of dev tokens in a row', async () => {
    const answers = await flood(60, 10, () =>
      stack.current().api('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: jeroen.email }) }),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    expect(statuses.filter((s) => s === 200).length).toBeLessThan(40);
    expect(answers.find((a) => a.status === 429)?.headers.get('retry-after')).toMatch(/^\d+$/);
  }, 120_000);
});
