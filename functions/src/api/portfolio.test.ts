import { randomUUID } from 'node:crypto';
import { SAMPLE_PEOPLE } from '@koers/app';
import { Problem } from '@koers/contracts';
import { approvePop, createPop, currentVersion, EntryResponse, PortfolioResponse, TimelineItem, type Conversation } from '@koers/domain';
import { useLocalStack } from '../testing/localStack';

const { jeroen, linda, ahmed, fatima, an, noor } = SAMPLE_PEOPLE;
const stack = useLocalStack();

async function problemOf(response: Response): Promise<Problem> {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return Problem.parse(await response.json());
}

function send(method: string, body: unknown, token: string, headers: Record<string, string> = {}): RequestInit & { token: string } {
  return { method, token, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

async function portfolioOf(employeeId: string, email: string) {
  const response = await stack.current().api(`/portfolio?employeeId=${employeeId}`, { token: await stack.current().tokenFor(email) });
  return response.status === 200 ? PortfolioResponse.parse(await response.json()) : response.status;
}

const titles = (portfolio: PortfolioResponse | number) =>
  typeof portfolio === 'number' ? portfolio : portfolio.items.map((i) => (i.source === 'eigen' ? i.content.title : i.id));

const training = { kind: 'opleiding', title: 'Cursus BIM voor werkvoorbereiders', period: { from: '2026-09-01', to: '2026-11-30' }, organisation: 'ISSO' };
const reflection = { kind: 'reflectie', title: 'Wat de storing bij de school me leerde', period: { from: '2026-11-20' }, description: 'Eerder om hulp vragen.' };

async function add(email: string, body: Record<string, unknown>) {
  const response = await stack.current().api('/portfolio/entries', send('POST', { requestId: randomUUID(), ...body }, await stack.current().tokenFor(email)));
  expect(response.status).toBe(201);
  return EntryResponse.parse(await response.json());
}

describe('the portfolio over HTTP', () => {
  it('adds an entry once per requestId, shows Ahmed all of his and Jeroen only the shared one, and nobody else anything', async () => {
    const token = await stack.current().tokenFor(ahmed.email);
    const body = { ...training, visibility: 'leidinggevende', requestId: randomUUID() };
    const first = await stack.current().api('/portfolio/entries', send('POST', body, token));
    expect(first.status).toBe(201);
    const added = EntryResponse.parse(await first.json());
    expect(first.headers.get('etag')).toBe(added.etag);
    expect(added).toMatchObject({ id: body.requestId, visibility: 'leidinggevende', created: true, ongoing: false });
    const replay = await stack.current().api('/portfolio/entries', send('POST', body, token));
    expect(replay.status).toBe(200);
    expect(EntryResponse.parse(await replay.json())).toMatchObject({ id: body.requestId, created: false });

    const privately = await add(ahmed.email, reflection);
    expect(privately).toMatchObject({ visibility: 'prive', ongoing: false });

    const own = await portfolioOf(ahmed.id, ahmed.email);
    expect(titles(own)).toEqual([training.title, reflection.title]);
    expect(own).toMatchObject({ role: 'employee', ownEntries: 2, maxEntries: 500, manager: { displayName: 'Jeroen Hendriks' } });

    const managers = await portfolioOf(ahmed.id, jeroen.email);
    expect(titles(managers)).toEqual([training.title]);
    expect(managers).toMatchObject({ role: 'manager', employee: { displayName: 'Ahmed Yilmaz' } });

    // HR, another manager, a colleague, another organisation: as if there were no portfolio.
    for (const email of [fatima.email, linda.email, noor.email, an.email]) expect(await portfolioOf(ahmed.id, email)).toBe(404);
    const hr = await stack.current().api(`/portfolio?employeeId=${ahmed.id}`, { token: await stack.current().tokenFor(fatima.email) });
    expect((await problemOf(hr)).code).toBe('not-found');
  });

  it('changes and deletes an entry only with the etag that was read (428 without, 412 stale), and only in the own portfolio', async () => {
    const token = await stack.current().tokenFor(ahmed.email);
    const entry = await add(ahmed.email, { kind: 'project', title: 'Renovatie sporthal', period: { from: '2026-01-05', to: '2026-04-30' } });
    const path = `/portfolio/entries/${entry.id}`;
    const changed = { kind: 'project', title: 'Renovatie sporthal Best', period: { from: '2026-01-05', to: '2026-04-30' } };

    const without = await stack.current().api(path, send('PUT', changed, token));
    expect(without.status).toBe(428);
    expect((await problemOf(without)).code).toBe('precondition-required');
    const saved = await stack.current().api(path, send('PUT', changed, token, { 'if-match': entry.etag }));
    expect(saved.status).toBe(200);
    const newer = EntryResponse.parse(await saved.json());
    expect(newer.content.title).toBe('Renovatie sporthal Best');
    const stale = await stack.current().api(path, send('PUT', { ...changed, title: 'Oud' }, token, { 'if-match': entry.etag }));
    expect(stale.status).toBe(412);
    expect((await problemOf(stale)).code).toBe('stale-write');

    // Jeroen cannot touch Ahmed's entry: it is not in his own portfolio.
    const jeroenToken = await stack.current().tokenFor(jeroen.email);
    expect((await stack.current().api(path, send('PUT', changed, jeroenToken, { 'if-match': newer.etag }))).status).toBe(404);
    expect((await stack.current().api(path, { method: 'DELETE', token: jeroenToken, headers: { 'if-match': newer.etag } })).status).toBe(404);

    expect((await stack.current().api(path, { method: 'DELETE', token })).status).toBe(428);
    expect((await stack.current().api(path, { method: 'DELETE', token, headers: { 'if-match': entry.etag } })).status).toBe(412);
    const deleted = await stack.current().api(path, { method: 'DELETE', token, headers: { 'if-match': newer.etag } });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    expect(titles(await portfolioOf(ahmed.id, ahmed.email))).not.toContain('Renovatie sporthal Best');
    expect((await stack.current().api(path, { method: 'DELETE', token, headers: { 'if-match': newer.etag } })).status).toBe(404);
  });

  it('refuses bad input with the reason and stores nothing', async () => {
    const token = await stack.current().tokenFor(noor.email);
    const badLink = await stack.current().api('/portfolio/entries', send('POST', { ...training, link: 'http://isso.nl', requestId: randomUUID() }, token));
    expect(badLink.status).toBe(400);
    expect((await problemOf(badLink)).errors?.map((e) => e.path)).toEqual(['link']);
    const noIssuer = await stack.current().api('/portfolio/entries', send('POST', { kind: 'certificaat', title: 'VCA', period: { from: '2026-01-01' }, requestId: randomUUID() }, token));
    expect((await problemOf(noIssuer)).errors).toEqual([{ path: 'issuer', message: 'wie heeft het certificaat uitgereikt?' }]);
    expect(titles(await portfolioOf(noor.id, noor.email))).toEqual([]);
  });

  it('switches visibility per entry, and tells a person without a manager there is nobody to share with', async () => {
    const token = await stack.current().tokenFor(ahmed.email);
    const entry = await add(ahmed.email, { kind: 'werkervaring', title: 'Werkvoorbereider bij Hendriks', period: { from: '2021-03-01' } });
    const path = `/portfolio/entries/${entry.id}/visibility`;
    const shared = await stack.current().api(path, send('PATCH', { visibility: 'leidinggevende' }, token));
    expect(shared.status).toBe(200);
    const item = TimelineItem.parse(await shared.json());
    expect(item).toMatchObject({ visibility: 'leidinggevende' });
    expect(item.source === 'eigen' && item.etag).not.toBe(entry.etag);
    expect(titles(await portfolioOf(ahmed.id, jeroen.email))).toContain('Werkvoorbereider bij Hendriks');
    await stack.current().api(path, send('PATCH', { visibility: 'prive' }, token));
    expect(titles(await portfolioOf(ahmed.id, jeroen.email))).not.toContain('Werkvoorbereider bij Hendriks');

    const own = await add(jeroen.email, { kind: 'reflectie', title: 'Leiding geven', period: { from: '2026-01-01' } });
    const refused = await stack.current().api(`/portfolio/entries/${own.id}/visibility`, send('PATCH', { visibility: 'leidinggevende' }, await stack.current().tokenFor(jeroen.email)));
    expect(refused.status).toBe(422);
    expect((await problemOf(refused)).detail).toMatch(/geen leidinggevende/);
  });

  it('shows each approved POP and held conversation automatically, and a previous manager’s only once shared', async () => {
    const { stores } = stack.current();
    const at = '2026-10-06T13:00:00.000Z';
    const goals = [{ id: 'bim', title: 'BIM-modellen zelfstandig lezen', kind: 'verdiepen' as const, route: 'opleiding' as const }];
    const draft = createPop({ id: 'pop-ahmed-1', tenantId: ahmed.tenantId, employeeId: ahmed.id, managerId: jeroen.id }, goals, ahmed.id, at);
    const v = currentVersion(draft);
    const pop = approvePop(approvePop(draft, { version: v.number, contentHash: v.contentHash, by: ahmed.id, now: at }), { version: v.number, contentHash: v.contentHash, by: jeroen.id, now: at });
    await stores.pops.create(pop);
    const conversation = (id: string, managerId: string, start: string): Conversation => ({
      id, tenantId: ahmed.tenantId, employeeId: ahmed.id, managerId, kind: 'loopbaangesprek', status: 'gehouden', start, end: start, createdAt: start, updatedAt: start,
    });
    await stores.conversations.create(conversation('held-with-jeroen', jeroen.id, '2026-09-29T08:00:00.000Z'));
    await stores.conversations.create(conversation('held-with-linda', linda.id, '2024-05-13T08:00:00.000Z'));

    const own = await portfolioOf(ahmed.id, ahmed.email);
    expect(typeof own === 'object' && own.items.find((i) => i.id === 'pop:pop-ahmed-1')).toMatchObject({
      version: 1, goalTitles: ['BIM-modellen zelfstandig lezen'], approvedAt: at, sharedByNature: true, manager: { displayName: 'Jeroen Hendriks' },
    });
    expect(typeof own === 'object' && own.items.find((i) => i.id === 'gesprek:held-with-linda')).toMatchObject({ visibility: 'prive', sharedByNature: false, manager: { displayName: 'Linda de Wit' } });
    const jeroens = () => portfolioOf(ahmed.id, jeroen.email).then(titles);
    expect(await jeroens()).toEqual(expect.arrayContaining(['pop:pop-ahmed-1', 'gesprek:held-with-jeroen']));
    expect(await jeroens()).not.toContain('gesprek:held-with-linda');

    const token = await stack.current().tokenFor(ahmed.email);
    const share = await stack.current().api('/portfolio/entries/gesprek:held-with-linda/visibility', send('PATCH', { visibility: 'leidinggevende' }, token));
    expect(TimelineItem.parse(await share.json())).toMatchObject({ id: 'gesprek:held-with-linda', visibility: 'leidinggevende' });
    expect(await jeroens()).toContain('gesprek:held-with-linda');

    const hide = await stack.current().api('/portfolio/entries/pop:pop-ahmed-1/visibility', send('PATCH', { visibility: 'prive' }, token));
    expect(hide.status).toBe(409);
    expect((await problemOf(hide)).code).toBe('portfolio-shared-by-nature');
    // Automatic entries are not Ahmed's to delete, and others' records are not his to share.
    expect((await stack.current().api('/portfolio/entries/pop:pop-ahmed-1', { method: 'DELETE', token, headers: { 'if-match': '"x"' } })).status).toBe(404);
    expect((await stack.current().api('/portfolio/entries/gesprek:nope/visibility', send('PATCH', { visibility: 'leidinggevende' }, token))).status).toBe(404);
  });

  it('is in the OpenAPI document, the delete answering 204', async () => {
    const document = (await (await stack.current().api('/openapi.json')).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(Object.keys(document.paths['/portfolio/entries/{id}'] ?? {}).sort()).toEqual(['delete', 'put']);
    expect(document.paths['/portfolio/entries/{id}']?.delete?.responses['204']).toEqual({ description: 'No Content' });
    expect(document.paths['/portfolio/entries/{id}/visibility']?.patch).toBeDefined();
    expect(document.paths['/portfolio']?.get?.responses['404']).toBeDefined();
  });
});
