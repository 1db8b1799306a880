import { ConcurrencyError } from '@koers/domain';
import { useEmbeddedCosmos } from './embeddedCosmos';
import { allPages, reminder, TENANT_A, TENANT_B } from './fixtures';

const cosmos = useEmbeddedCosmos();

const DAY = '2026-03-02';

describe('the reminder due index', () => {
  beforeAll(async () => {
    const { reminders } = cosmos.stores;
    await reminders.create(reminder(TENANT_A, 'r-early', '2026-03-02T06:00:00.000Z'));
    await reminders.create(reminder(TENANT_A, 'r-failed', '2026-03-02T07:00:00.000Z', { state: 'failed', attempts: 1 }));
    // 09:30 in Amsterdam is 08:30Z: due before a 09:00Z cut-off even though "09:30" > "09:00".
    await reminders.create(reminder(TENANT_A, 'r-offset', '2026-03-02T09:30:00+01:00'));
    await reminders.create(reminder(TENANT_A, 'r-later', '2026-03-02T15:00:00.000Z'));
    await reminders.create(reminder(TENANT_A, 'r-sent', '2026-03-02T05:00:00.000Z', { state: 'sent', attempts: 1 }));
    await reminders.create(reminder(TENANT_A, 'r-sending', '2026-03-02T05:30:00.000Z', { state: 'sending' }));
    await reminders.create(reminder(TENANT_A, 'r-dead', '2026-03-02T05:45:00.000Z', { state: 'dead', attempts: 5 }));
    await reminders.create(reminder(TENANT_A, 'r-yesterday', '2026-03-01T22:00:00.000Z'));
    // 00:30 on 3 March in Amsterdam is still 2 March in UTC: it belongs to the 2 March bucket.
    await reminders.create(reminder(TENANT_A, 'r-late-night', '2026-03-03T00:30:00+01:00'));
    await reminders.create(reminder(TENANT_B, 'r-early', '2026-03-02T06:00:00.000Z'));
    await reminders.create(reminder(TENANT_B, 'r-other-tenant', '2026-03-02T06:30:00.000Z'));
  });

  it('lists due and failed reminders of one day up to the cut-off, oldest first', async () => {
    const page = await cosmos.stores.reminders.listDue(TENANT_A, DAY, '2026-03-02T09:00:00.000Z');

    expect(page.items.map((r) => r.id)).toEqual(['r-early', 'r-failed', 'r-offset']);
  });

  it('includes a reminder due exactly at the cut-off', async () => {
    const page = await cosmos.stores.reminders.listDue(TENANT_A, DAY, '2026-03-02T07:00:00.000Z');

    expect(page.items.map((r) => r.id)).toEqual(['r-early', 'r-failed']);
  });

  it('files a reminder under the UTC day of its due time', async () => {
    const page = await cosmos.stores.reminders.listDue(TENANT_A, DAY, '2026-03-03T00:00:00.000Z');
    const yesterday = await cosmos.stores.reminders.listDue(TENANT_A, '2026-03-01', '2026-03-03T00:00:00.000Z');

    expect(page.items.map((r) => r.id)).toEqual(['r-early', 'r-failed', 'r-offset', 'r-later', 'r-late-night']);
    expect(yesterday.items.map((r) => r.id)).toEqual(['r-yesterday']);
  });

  it('never lists reminders of another tenant', async () => {
    const a = await cosmos.stores.reminders.listDue(TENANT_A, DAY, '2026-03-03T00:00:00.000Z');
    const b = await cosmos.stores.reminders.listDue(TENANT_B, DAY, '2026-03-03T00:00:00.000Z');

    expect(a.items.every((r) => r.tenantId === TENANT_A)).toBe(true);
    expect(b.items.map((r) => r.id)).toEqual(['r-early', 'r-other-tenant']);
  });

  it('pages a day bucket without losing or repeating reminders', async () => {
    const pages = await allPages((continuationToken) =>
      cosmos.stores.reminders.listDue(TENANT_A, DAY, '2026-03-03T00:00:00.000Z', { maxItems: 2, ...(continuationToken ? { continuationToken } : {}) }),
    );

    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((r) => r.id)).toEqual(['r-early', 'r-failed', 'r-offset', 'r-later', 'r-late-night']);
  });

  it('reads a reminder back by its due time, and claims it only once', async () => {
    const due = await cosmos.stores.reminders.get(TENANT_A, '2026-03-02T15:00:00.000Z', 'r-later');
    if (!due) throw new Error('fixture missing');

    // Two timer runs race to claim the same reminder: the second one must lose.
    const claimed = await cosmos.stores.reminders.replace({ ...due.value, state: 'sending' }, due.etag);
    await expect(cosmos.stores.reminders.replace({ ...due.value, state: 'sending' }, due.etag)).rejects.toBeInstanceOf(ConcurrencyError);
    expect(claimed.value.state).toBe('sending');
    expect((await cosmos.stores.reminders.listDue(TENANT_A, DAY, '2026-03-03T00:00:00.000Z')).items.map((r) => r.id)).not.toContain(
      'r-later',
    );
  });

  it('refuses a day that is not yyyy-mm-dd', async () => {
    await expect(cosmos.stores.reminders.listDue(TENANT_A, '2026-3-2', '2026-03-03T00:00:00.000Z')).rejects.toThrow(RangeError);
  });
});

describe('what the dispatcher picks up from a day bucket', () => {
  const BUCKET = '2026-03-05';
  beforeAll(async () => {
    const { reminders } = cosmos.stores;
    await reminders.create(reminder(TENANT_A, 'x-due', '2026-03-05T07:00:00.000Z'));
    // Due long ago, but retried later: waits for its notBefore, not its dueAt.
    await reminders.create(reminder(TENANT_A, 'x-backoff', '2026-03-05T06:00:00.000Z', { state: 'failed', attempts: 1, notBefore: '2026-03-05T12:00:00.000Z' }));
    await reminders.create(reminder(TENANT_A, 'x-claim-live', '2026-03-05T06:00:00.000Z', { state: 'sending', claim: { runId: 'r1', until: '2026-03-05T12:00:00.000Z' } }));
    await reminders.create(reminder(TENANT_A, 'x-claim-expired', '2026-03-05T06:00:00.000Z', { state: 'sending', claim: { runId: 'r1', until: '2026-03-05T07:30:00.000Z' } }));
    await reminders.create(reminder(TENANT_A, 'x-sent', '2026-03-05T06:00:00.000Z', { state: 'sent', attempts: 1 }));
  });

  it('lists due ones, retries whose backoff is over and sending ones whose claim expired, in that time order', async () => {
    const at8 = await cosmos.stores.reminders.listReady(TENANT_A, BUCKET, '2026-03-05T08:00:00.000Z');
    const at13 = await cosmos.stores.reminders.listReady(TENANT_A, BUCKET, '2026-03-05T13:00:00.000Z');

    expect(at8.items.map((r) => r.id)).toEqual(['x-due', 'x-claim-expired']);
    expect(at13.items.map((r) => r.id)).toEqual(['x-due', 'x-claim-expired', 'x-backoff', 'x-claim-live']);
    expect((await cosmos.stores.reminders.listReady(TENANT_B, BUCKET, '2026-03-05T13:00:00.000Z')).items).toEqual([]);
  });
});
