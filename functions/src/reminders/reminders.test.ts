import { parseNcrontab } from '../host/ncrontab';
import { RateLimiter, CONVERSATION_WINDOWS, TENANT_WINDOWS } from './rateLimiter';
import { carriedId } from './dispatcher';
import { digestScheduleTimer, reminderTimer } from './timer';
import { bundleMarker, reminderActivity } from './card';

/** A clock and a sleep that only move when the limiter waits: the limiter's arithmetic, exactly. */
function fakeTime() {
  let now = 0;
  return {
    now: () => now,
    set: (ms: number) => void (now = ms),
    // Yields too, so a test can settle a request while another acquire is waiting.
    sleep: async (ms: number) => {
      await new Promise((resolve) => setImmediate(resolve));
      now += ms;
    },
  };
}

describe('the rate limiter', () => {
  it('lets 7 into one chat within a second, then waits, and keeps 8 per 2 s', async () => {
    const time = fakeTime();
    const limiter = new RateLimiter({ ...time, guardMs: 0 });
    const times: number[] = [];
    for (let i = 0; i < 16; i++) {
      (await limiter.acquire([{ key: 'c', windows: CONVERSATION_WINDOWS }]))();
      times.push(time.now());
    }
    expect(times.slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(times[7]).toBe(1000);
    // 8 per 2 s: the ninth has to wait until the first has left the two-second window.
    expect(times[8]).toBe(2000);
    for (let i = 0; i < times.length; i++) {
      expect(times.filter((t) => t > (times[i] ?? 0) - 1000 && t <= (times[i] ?? 0)).length).toBeLessThanOrEqual(7);
    }
  });

  it('holds a tenant to 50 a second over many chats', async () => {
    const time = fakeTime();
    const limiter = new RateLimiter({ ...time, guardMs: 0 });
    const times: number[] = [];
    for (let i = 0; i < 120; i++) {
      (await limiter.acquire([{ key: 't', windows: TENANT_WINDOWS }, { key: `c${i}`, windows: CONVERSATION_WINDOWS }]))();
      times.push(time.now());
    }
    expect(times.filter((t) => t < 1000)).toHaveLength(50);
    expect(times.filter((t) => t >= 1000 && t < 2000)).toHaveLength(50);
  });

  it('paces a tenant\'s requests 20 ms apart instead of sending each second\'s 50 in one clump', async () => {
    const time = fakeTime();
    const limiter = new RateLimiter({ ...time, guardMs: 0 });
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      (await limiter.acquire([{ key: 't', windows: TENANT_WINDOWS }, { key: `c${i}`, windows: CONVERSATION_WINDOWS }]))();
      times.push(time.now());
    }
    expect(times.slice(0, 4)).toEqual([0, 20, 40, 60]);
    for (let i = 1; i < times.length; i++) expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(20);
    // A chat's own windows are not paced: a burst of seven into one chat still goes at once.
    const chat: number[] = [];
    for (let i = 0; i < 7; i++) {
      (await limiter.acquire([{ key: 'one-chat', windows: CONVERSATION_WINDOWS }]))();
      chat.push(time.now());
    }
    expect(new Set(chat).size).toBe(1);
  });

  it('pauses a key for a 429\'s Retry-After', async () => {
    const time = fakeTime();
    const limiter = new RateLimiter({ ...time, guardMs: 0 });
    limiter.pause('c', CONVERSATION_WINDOWS, 3000);
    await limiter.acquire([{ key: 'c', windows: CONVERSATION_WINDOWS }]);
    expect(time.now()).toBe(3000);
  });

  it('counts a window from the response, so a slow request cannot let the next one in early', async () => {
    const time = fakeTime();
    const limiter = new RateLimiter({ ...time, guardMs: 0 });
    const windows = [{ limit: 1, ms: 1000 }];
    const settle = await limiter.acquire([{ key: 'c', windows }]);
    const next = limiter.acquire([{ key: 'c', windows }]).then(() => time.now());
    // The first request's response comes 300 ms late (the fake sleep moves time while it waits).
    await new Promise((resolve) => setTimeout(resolve, 0));
    time.set(300);
    settle();
    expect(await next).toBeGreaterThanOrEqual(1300);
  });
});

describe('dispatcher pieces', () => {
  it('carries an occurrence forward under a deterministic id', () => {
    expect(carriedId('prep-nudge|c1|1774944000000')).toBe('prep-nudge|c1|1774944000000~1');
    expect(carriedId('prep-nudge|c1|1774944000000~1')).toBe('prep-nudge|c1|1774944000000~2');
  });

  it('runs the timer every five minutes', () => {
    const schedule = parseNcrontab(reminderTimer.schedule);
    expect(schedule.next(new Date('2026-03-09T08:01:00Z'))?.toISOString()).toBe('2026-03-09T08:05:00.000Z');
  });

  it('keeps the managers\' digests scheduled every night', () => {
    const schedule = parseNcrontab(digestScheduleTimer.schedule);
    expect(schedule.next(new Date('2026-03-09T08:01:00Z'))?.toISOString()).toBe('2026-03-10T02:15:00.000Z');
  });

  it('builds one card per bundle, in the recipient\'s language, with an opaque marker', () => {
    const lines = [
      { kind: 'prep-nudge' as const, conversationId: 'c1', start: '2026-03-31T08:00:00.000Z' },
      { kind: 'meeting-day' as const, conversationId: 'c1', start: '2026-03-31T08:00:00.000Z' },
    ];
    const nl = JSON.stringify(reminderActivity(lines, { locale: 'nl-NL', timeZone: 'Europe/Amsterdam', links: { tabUrl: 'http://localhost:53000/' }, bundleId: 'bundle|x|2026-03-31' }));
    const en = JSON.stringify(reminderActivity(lines, { locale: 'en-GB', timeZone: 'Europe/Amsterdam', links: { tabUrl: 'http://localhost:53000' }, bundleId: 'bundle|x|2026-03-31' }));
    expect(nl).toContain('di 31 mrt 10:00');
    expect(nl).toContain('http://localhost:53000/#/canvas/c1');
    expect(en).toContain('Tue 31 Mar 10:00');
    expect(nl).toContain(bundleMarker('bundle|x|2026-03-31'));
    expect(nl).not.toContain('bundle|x');
  });

  it('warns of an expiring certificate in the chat language, with the course and, for the employee, the portfolio', () => {
    const line = (role: 'employee' | 'manager') => ({
      kind: 'certificate' as const,
      line: { role, employeeName: 'Sanne Bakker', certificateName: 'F-gassen', expiresOn: '2027-03-20', course: { title: 'F-gassen categorie 1 (herexamen)', provider: 'Installatie-opleider' } },
    });
    const context = (locale: 'nl-NL' | 'en-GB') => ({ locale, timeZone: 'Europe/Amsterdam', links: { tabUrl: 'http://localhost:53000' }, bundleId: 'bundle|x|2026-12-21' });
    const hers = JSON.stringify(reminderActivity([line('employee')], context('nl-NL')));
    expect(hers).toContain('Je certificaat F-gassen is geldig tot 20 maart 2027');
    expect(hers).toContain('Cursus: F-gassen categorie 1 (herexamen) (Installatie-opleider)');
    expect(hers).toContain('http://localhost:53000/#/portfolio');
    const lindas = JSON.stringify(reminderActivity([line('manager')], context('en-GB')));
    expect(lindas).toContain("Sanne Bakker's F-gassen certificate is valid until 20 March 2027");
    expect(lindas).not.toContain('#/portfolio');
  });
});
