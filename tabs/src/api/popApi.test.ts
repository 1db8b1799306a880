import { afterEach, describe, expect, it } from '@jest/globals';
import { problem, scriptedServer } from '../testing/scriptedServer';
import { fileNameOf } from './http';
import { ahmed, popApiAgainst, revisedPop, samplePop, viewOf } from '../testing/popSamples';

let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the POP calls of the Koers API client', () => {
  it('lists one employee’s plans and reads one plan', async () => {
    const view = viewOf(samplePop());
    server = await scriptedServer((r) =>
      r.url.startsWith('/api/pops?')
        ? { status: 200, body: { employee: ahmed, pops: [{ id: view.pop.id, employeeId: ahmed.id, status: 'concept', currentVersion: 1, goalTitles: ['Offertes'], updatedAt: view.pop.updatedAt }] } }
        : { status: 200, body: view },
    );
    const api = popApiAgainst(server.apiBase);
    const list = await api.list(ahmed.id);
    const one = await api.get(view.pop.id);
    expect(list.pops[0]?.goalTitles).toEqual(['Offertes']);
    expect(one.current.number).toBe(1);
    expect(server.requests.map((r) => r.url)).toEqual([`/api/pops?employeeId=${ahmed.id}`, `/api/pops/${view.pop.id}`]);
  });

  it('creates from a conversation with the idempotency key in the body', async () => {
    server = await scriptedServer(() => ({ status: 201, body: { ...viewOf(samplePop()), created: true } }));
    const requestId = crypto.randomUUID();
    const created = await popApiAgainst(server.apiBase).create({ employeeId: ahmed.id, conversationId: 'gesprek-ahmed-1', requestId });
    expect(created.created).toBe(true);
    expect([server.requests[0]?.method, server.requests[0]?.url]).toEqual(['POST', '/api/pops']);
    expect(JSON.parse(server.requests[0]?.body ?? '{}')).toEqual({ employeeId: ahmed.id, conversationId: 'gesprek-ahmed-1', requestId });
  });

  it('saves goals with PUT, If-Match set to the etag it read and the version it showed', async () => {
    const view = viewOf(samplePop(), 'employee', '"e7"');
    server = await scriptedServer(() => ({ status: 200, body: view }));
    await popApiAgainst(server.apiBase).revise(view.pop.id, view.etag, { baseVersion: 1, goals: view.current.goals });
    const [request] = server.requests;
    expect([request?.method, request?.url, request?.headers['if-match']]).toEqual(['PUT', `/api/pops/${view.pop.id}/goals`, '"e7"']);
    expect(JSON.parse(request?.body ?? '{}')).toMatchObject({ baseVersion: 1 });
  });

  it('approves and records progress with POST', async () => {
    const view = viewOf(samplePop());
    server = await scriptedServer(() => ({ status: 200, body: view }));
    const api = popApiAgainst(server.apiBase);
    await api.approve(view.pop.id, { version: 1, contentHash: view.current.contentHash });
    await api.progress(view.pop.id, { goalId: 'g1', status: 'bezig', seenVersion: 1 });
    expect(server.requests.map((r) => [r.method, r.url, JSON.parse(r.body) as unknown])).toEqual([
      ['POST', `/api/pops/${view.pop.id}/approve`, { version: 1, contentHash: view.current.contentHash }],
      ['POST', `/api/pops/${view.pop.id}/progress`, { goalId: 'g1', status: 'bezig', seenVersion: 1 }],
    ]);
  });

  it('fetches an approved version’s PDF with the bearer token, as a file', async () => {
    server = await scriptedServer(() => ({ status: 200, raw: '%PDF-1.7\n%…', contentType: 'application/pdf' }));
    const pdf = await popApiAgainst(server.apiBase).pdf('pop-ahmed-1', 1);
    expect((await pdf.text()).startsWith('%PDF')).toBe(true);
    expect(pdf instanceof File).toBe(false);
    expect(server.requests[0]?.url).toBe('/api/pops/pop-ahmed-1/versions/1/pdf');
    expect(server.requests[0]?.headers.authorization).toBe('Bearer token-1');
  });

  it('keeps the file name the server gives the PDF, when it can be read', async () => {
    server = await scriptedServer(() => ({
      status: 200,
      raw: '%PDF-1.7',
      contentType: 'application/pdf',
      headers: { 'Content-Disposition': 'attachment; filename="gemaakte-afspraken-ahmed-yilmaz-v1.pdf"' },
    }));
    const pdf = await popApiAgainst(server.apiBase).pdf('pop-ahmed-1', 1);
    expect(pdf instanceof File ? pdf.name : undefined).toBe('gemaakte-afspraken-ahmed-yilmaz-v1.pdf');
    expect(fileNameOf("attachment; filename*=UTF-8''Gemaakte%20afspraken.pdf")).toBe('Gemaakte afspraken.pdf');
    expect(fileNameOf('attachment; filename=plain.pdf')).toBe('plain.pdf');
    expect(fileNameOf(null)).toBeUndefined();
  });

  it('explains a refused PDF in Dutch instead of saving the error as a file', async () => {
    server = await scriptedServer(() => ({ status: 409, body: problem(409, 'not-approved', 'Deze versie is nog niet goedgekeurd.', 'Not approved yet.') }));
    await expect(popApiAgainst(server.apiBase).pdf('pop-ahmed-1', 2)).rejects.toMatchObject({ failure: { kind: 'problem', status: 409 } });
  });

  it('rejects a plan that does not match the wire shape', async () => {
    const view = viewOf(revisedPop());
    server = await scriptedServer(() => ({ status: 200, body: { ...view, current: { number: 'two' } } }));
    await expect(popApiAgainst(server.apiBase).get(view.pop.id)).rejects.toMatchObject({ failure: { kind: 'invalid-response' } });
  });

  it('pauses a goal’s reminders with PUT …/reminders and checks the answer’s shape', async () => {
    server = await scriptedServer(() => ({ status: 200, body: { popId: 'pop-ahmed-1', reminderPreferences: { goals: [{ goalId: 'g1', paused: true }], updatedAt: '2026-12-05T09:00:00.000Z' } } }));
    const api = popApiAgainst(server.apiBase);
    const saved = await api.reminders('pop-ahmed-1', { goalId: 'g1', paused: true });
    expect(saved.reminderPreferences.goals).toEqual([{ goalId: 'g1', paused: true }]);
    expect([server.requests[0]?.method, server.requests[0]?.url, JSON.parse(server.requests[0]?.body ?? '{}')]).toEqual(['PUT', '/api/pops/pop-ahmed-1/reminders', { goalId: 'g1', paused: true }]);
    await server.close();
    server = await scriptedServer(() => ({ status: 200, body: { popId: 'pop-ahmed-1', reminderPreferences: { goals: [{ goalId: 'g1', cadenceDays: 2 }] } } }));
    await expect(popApiAgainst(server.apiBase).reminders('pop-ahmed-1', { goalId: 'g1', cadenceDays: 14 })).rejects.toMatchObject({ failure: { kind: 'invalid-response' } });
  });
});
