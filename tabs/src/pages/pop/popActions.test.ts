import { afterEach, describe, expect, it } from '@jest/globals';
import { problem, scriptedServer } from '../../testing/scriptedServer';
import { popApiAgainst, revisedPop, samplePop, viewOf } from '../../testing/popSamples';
import { approveShown, saveGoals } from './popActions';
import { draftsFromVersion, isDirty, rebase } from './popForm';

let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('saving the POP goals', () => {
  it('on a 412 reports the conflict, and a reload keeps the edits on top of the other person’s version', async () => {
    const mine = viewOf(samplePop(), 'employee', '"e1"');
    const theirs = viewOf(revisedPop(), 'manager', '"e9"');
    server = await scriptedServer((r) =>
      r.method === 'PUT'
        ? { status: 412, body: problem(412, 'stale-version', 'Het plan is intussen gewijzigd.', 'The plan changed meanwhile.') }
        : { status: 200, body: { ...theirs, role: 'employee' } },
    );
    const api = popApiAgainst(server.apiBase);
    const base = draftsFromVersion(mine.current);
    const draft = [{ ...base[0]!, hoe: 'Elke vrijdagmiddag' }];

    expect(await saveGoals(api, mine, draft)).toEqual({ kind: 'conflict' });
    expect(server.requests[0]?.headers['if-match']).toBe('"e1"');

    const latest = await api.get(mine.pop.id);
    const merged = rebase(base, draft, draftsFromVersion(latest.current));
    expect(merged[0]?.hoe).toBe('Elke vrijdagmiddag');
    expect(isDirty(draftsFromVersion(latest.current), merged)).toBe(true);
    // The retry goes out on the newest version.
    expect(latest.current.number).toBe(2);
  });

  it('loses nothing on a network failure: the answer says why, the draft is not touched', async () => {
    server = await scriptedServer(() => ({ status: 200, body: {} }));
    const apiBase = server.apiBase;
    await server.close();
    server = undefined;
    const view = viewOf(samplePop());
    const draft = [{ ...draftsFromVersion(view.current)[0]!, wat: 'Nog niet opgeslagen' }];
    const result = await saveGoals(popApiAgainst(apiBase), view, draft);
    expect(result).toMatchObject({ kind: 'failed', error: { failure: { kind: 'network' } } });
    expect(draft[0]?.wat).toBe('Nog niet opgeslagen');
  });

  it('says when a save makes a new version (after an approval) and sends nothing while a field is invalid', async () => {
    const before = viewOf(samplePop());
    server = await scriptedServer(() => ({ status: 200, body: viewOf(revisedPop()) }));
    const api = popApiAgainst(server.apiBase);
    const draft = draftsFromVersion(before.current);
    expect(await saveGoals(api, before, [{ ...draft[0]!, budgetEuro: 'duizend' }])).toEqual({ kind: 'invalid' });
    expect(server.requests).toHaveLength(0);
    expect(await saveGoals(api, before, draft)).toMatchObject({ kind: 'saved', newVersion: 2 });
  });
});

describe('approving the POP', () => {
  it('sends nothing while edits are unsaved, else the version and hash on screen', async () => {
    const view = viewOf(samplePop(), 'manager');
    server = await scriptedServer(() => ({ status: 200, body: view }));
    const api = popApiAgainst(server.apiBase);
    expect(await approveShown(api, view, true)).toEqual({ kind: 'refused', state: 'unsaved' });
    expect(server.requests).toHaveLength(0);
    expect(await approveShown(api, view, false)).toMatchObject({ kind: 'approved' });
    expect(JSON.parse(server.requests[0]?.body ?? '{}')).toEqual({ version: 1, contentHash: view.current.contentHash });
  });

  it('reports a newer version (412) as a conflict to reload', async () => {
    server = await scriptedServer(() => ({ status: 412, body: problem(412, 'stale-version', 'Gewijzigd.', 'Changed.') }));
    expect(await approveShown(popApiAgainst(server.apiBase), viewOf(samplePop()), false)).toEqual({ kind: 'conflict' });
  });
});
