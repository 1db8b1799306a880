import { SAMPLE_PEOPLE } from '@koers/app';
import { sampleDirectoryFixture } from '../graph/sampleDirectory';
import { useGraphStandIn } from '../testing/graphStandIn';
import { useLocalStack } from '../testing/localStack';

/** *Nu synchroniseren* over HTTP, against the local Graph stand-in: who may press it, and what a leaver notices. */

const graph = useGraphStandIn(sampleDirectoryFixture());
const run = useLocalStack({ adapters: { directory: graph.directory } });

const sync = (token: string) => run.current().api('/organisation/directory/sync', { method: 'POST', token });

describe('POST /api/organisation/directory/sync (Nu synchroniseren)', () => {
  it('lets HR read the directory now and tells what changed; anyone else gets 403 hr-only', async () => {
    const fatima = await run.current().tokenFor(SAMPLE_PEOPLE.fatima.email);
    const first = await sync(fatima);
    expect(first.status).toBe(200);
    const body = (await first.json()) as { full: boolean; added: number; lines: string[] };
    expect(body).toMatchObject({ full: true, added: 0 });
    expect(body.lines[0]).toMatch(/^Installatiebedrijf Hendriks B\.V\.: 0 nieuw, \d+ gewijzigd, 0 vertrokken/);

    const sanne = await run.current().tokenFor(SAMPLE_PEOPLE.sanne.email);
    const refused = await sync(sanne);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('hr-only');
  });

  it('ends a leaver’s access at their next request, though their token is still valid', async () => {
    const daan = await run.current().tokenFor(SAMPLE_PEOPLE.daan.email);
    expect((await run.current().api('/me', { token: daan })).status).toBe(200);

    graph.setFixture({
      tenants: graph.fixture().tenants.map((t) => ({ ...t, users: t.users.map((u) => (u.id === SAMPLE_PEOPLE.daan.id ? { ...u, accountEnabled: false } : u)) })),
    });
    const fatima = await run.current().tokenFor(SAMPLE_PEOPLE.fatima.email);
    const summary = (await (await sync(fatima)).json()) as { left: number };
    expect(summary.left).toBe(1);

    const after = await run.current().api('/me', { token: daan });
    expect(after.status).toBe(403);
    expect(((await after.json()) as { code: string }).code).toBe('unknown-user');
    const linda = await run.current().tokenFor(SAMPLE_PEOPLE.linda.email);
    const me = (await (await run.current().api('/me', { token: linda })).json()) as { reports: { id: string }[] };
    expect(me.reports.map((r) => r.id)).not.toContain(SAMPLE_PEOPLE.daan.id);
  });
});
