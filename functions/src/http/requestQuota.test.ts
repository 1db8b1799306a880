import { API_QUOTAS, createRequestQuotas } from './requestQuota';
import { HttpProblem } from './problem';

function refusal(run: () => void): HttpProblem | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof HttpProblem) return error;
    throw error;
  }
  return undefined;
}

describe('request quotas per user and per tenant', () => {
  const user = (id: string) => [{ name: 'user' as const, key: `t1|${id}` }, { name: 'tenant' as const, key: 't1' }];

  it('lets a burst through, then answers 429 with the seconds until the next request is allowed', () => {
    let now = 0;
    const quotas = createRequestQuotas({ now: () => now, rules: { user: { capacity: 3, perSecond: 0.5 } } });
    for (let i = 0; i < 3; i++) expect(refusal(() => quotas.take(user('sanne')))).toBeUndefined();

    const refused = refusal(() => quotas.take(user('sanne')));
    expect(refused?.status).toBe(429);
    expect(refused?.code).toBe('rate-limited');
    expect(refused?.extras.headers).toEqual({ 'Retry-After': '2' });

    now = 2_000;
    expect(refusal(() => quotas.take(user('sanne')))).toBeUndefined();
  });

  it("keeps one person's burst from touching a colleague's quota, until the tenant's is spent", () => {
    const quotas = createRequestQuotas({ now: () => 0, rules: { user: { capacity: 2, perSecond: 1 }, tenant: { capacity: 3, perSecond: 1 } } });
    quotas.take(user('sanne'));
    quotas.take(user('sanne'));
    expect(refusal(() => quotas.take(user('sanne')))?.status).toBe(429);
    expect(refusal(() => quotas.take(user('kees')))).toBeUndefined();
    expect(refusal(() => quotas.take(user('daan')))?.status).toBe(429);
  });

  it('does not count a refused request against the other buckets', () => {
    const quotas = createRequestQuotas({ now: () => 0, rules: { user: { capacity: 1, perSecond: 1 }, tenant: { capacity: 2, perSecond: 1 } } });
    quotas.take(user('sanne'));
    for (let i = 0; i < 5; i++) refusal(() => quotas.take(user('sanne')));
    expect(refusal(() => quotas.take(user('kees')))).toBeUndefined();
  });

  it('allows a person typing in the Koerskaart for a minute at five saves a second, with the page reading beside it', () => {
    let now = 0;
    const quotas = createRequestQuotas({ now: () => now });
    for (let tick = 0; tick < 60 * 7; tick++) {
      now = Math.floor((tick * 1000) / 7);
      expect(refusal(() => quotas.take(user('sanne')))).toBeUndefined();
    }
    expect(API_QUOTAS.user.perSecond).toBeGreaterThanOrEqual(7);
  });
});
