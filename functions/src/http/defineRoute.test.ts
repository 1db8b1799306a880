import { HttpRequest, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { SAMPLE_PEOPLE } from '@koers/app';
import { binary, contracts, defineContracts, json, noContent } from '@koers/contracts';
import { z } from 'zod';
import type { RouteDefinition, Services } from '../api/services';
import { answer, defineRoute, type RouteResult } from './defineRoute';

const ahmed = SAMPLE_PEOPLE.ahmed;

/** Just what defineRoute reads of the services: a validator that knows one token, and Ahmed. */
const services = {
  validator: {
    validate: async (token: string) => {
      if (token !== 'good') throw Object.assign(new Error('refused'), { name: 'AuthError' });
      return { tenantId: ahmed.tenantId, userId: ahmed.id };
    },
  },
  stores: { people: { get: async () => ({ value: ahmed, etag: '"p"' }), listTeam: async () => ({ items: [] }) } },
} as unknown as Services;

const Note = z.object({ text: z.string().min(1), visibility: z.enum(['prive', 'gedeeld']).default('prive') });

const test = defineContracts({
  saveNote: {
    method: 'PUT',
    path: 'notes/{id}',
    summary: 'test',
    tags: ['test'],
    auth: 'bearer',
    ifMatch: 'required',
    params: z.object({ id: z.string().max(5) }),
    query: z.object({ draft: z.enum(['ja', 'nee']).default('nee') }),
    body: Note,
    maxBodyBytes: 64,
    response: json('Note', Note.extend({ id: z.string(), draft: z.boolean(), by: z.string(), seen: z.string() }), { status: 201 }),
  },
  deleteNote: { method: 'DELETE', path: 'notes/{id}', summary: 'test', tags: ['test'], auth: 'bearer', params: z.object({ id: z.string() }), response: noContent },
  noteFile: { method: 'GET', path: 'notes/{id}/file', summary: 'test', tags: ['test'], auth: 'none', params: z.object({ id: z.string() }), response: binary('NoteFile', 'text/plain') },
});

async function invoke(route: RouteDefinition, init: { url: string; method?: string; params?: Record<string, string>; headers?: Record<string, string>; body?: string }) {
  const request = new HttpRequest({
    method: init.method ?? 'PUT',
    url: `http://127.0.0.1/api/${init.url}`,
    params: init.params ?? {},
    headers: { authorization: 'Bearer good', 'content-type': 'application/json', 'if-match': '"v1"', ...init.headers },
    ...(init.body !== undefined ? { body: { string: init.body } } : {}),
  });
  return (await route.make(services)(request, new InvocationContext({ functionName: route.name }))) as HttpResponseInit;
}

let calls = 0;
const saveNote = defineRoute(test.saveNote, async ({ actor, params, query, body, ifMatch }) => {
  calls += 1;
  const note = { ...body, id: params.id, draft: query.draft === 'ja', by: actor.displayName, seen: ifMatch };
  return params.id === 'brk' ? { ...note, by: 42 as unknown as string } : answer(note, { etag: '"v2"', ...(params.id === 'old' ? { status: 200 } : {}) });
});

describe('a route defined by its contract', () => {
  beforeEach(() => {
    calls = 0;
  });

  it('hands the handler parsed params, query, body and If-Match, and answers with the contract’s status and the etag', async () => {
    const response = await invoke(saveNote, { url: 'notes/n1?draft=ja', params: { id: 'n1' }, body: '{"text":"Hallo","extra":1}' });
    expect(response.status).toBe(201);
    expect(response.headers).toMatchObject({ ETag: '"v2"', 'Content-Type': 'application/json; charset=utf-8' });
    expect(response.jsonBody).toEqual({ text: 'Hallo', visibility: 'prive', id: 'n1', draft: true, by: ahmed.displayName, seen: '"v1"' });
    expect((await invoke(saveNote, { url: 'notes/old', params: { id: 'old' }, body: '{"text":"x"}' })).status).toBe(200);
  });

  it.each([
    ['no token', { headers: { authorization: '' } }, 401, 'unauthenticated'],
    ['a bad path parameter', { params: { id: 'too-long' } }, 400, 'validation'],
    ['a bad query', { url: 'notes/n1?draft=misschien' }, 400, 'validation'],
    ['another media type', { headers: { 'content-type': 'text/plain' } }, 415, 'unsupported-media-type'],
    ['a body above the contract’s cap', { body: JSON.stringify({ text: 'x'.repeat(100) }) }, 413, 'too-large'],
    ['a body of the wrong shape', { body: '{"text":""}' }, 400, 'validation'],
    ['no If-Match', { headers: { 'if-match': '' } }, 428, 'precondition-required'],
  ] as const)('refuses %s with %i %s before the handler runs', async (_what, change, status, code) => {
    const response = await invoke(saveNote, { url: 'notes/n1', params: { id: 'n1' }, body: '{"text":"Hallo"}', ...change });
    expect([response.status, (response.jsonBody as { code: string }).code]).toEqual([status, code]);
    expect(calls).toBe(0);
  });

  it('answers a handler’s body that breaks its own contract with a 500, not the wrong shape', async () => {
    const response = await invoke(saveNote, { url: 'notes/brk', params: { id: 'brk' }, body: '{"text":"x"}' });
    expect([response.status, (response.jsonBody as { code: string }).code]).toEqual([500, 'internal']);
  });

  it('answers 204 without a body, and a file as an attachment of the contract’s type', async () => {
    const removed = await invoke(
      defineRoute(test.deleteNote, async () => undefined),
      { method: 'DELETE', url: 'notes/n1', params: { id: 'n1' } },
    );
    const file = await invoke(
      defineRoute(test.noteFile, async ({ params }) => ({ content: `notitie ${params.id}`, filename: 'notitie.txt' })),
      { method: 'GET', url: 'notes/n1/file', params: { id: 'n1' }, headers: { authorization: '' } },
    );
    expect([removed.status, removed.body, removed.jsonBody]).toEqual([204, undefined, undefined]);
    expect([file.status, file.body, file.headers]).toEqual([
      200,
      'notitie n1',
      { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Disposition': 'attachment; filename="notitie.txt"', 'Cache-Control': 'no-store' },
    ]);
  });

  it('does not compile a handler that reads a renamed field or answers one', () => {
    type CreatePop = typeof contracts.createPop;
    const route = defineRoute(contracts.createPop, async ({ actor, body, services: { pops } }): Promise<RouteResult<CreatePop>> => {
      // @ts-expect-error the body names the employee `employeeId`
      const renamed = String(body.employeeID);
      const plan = await pops.create(actor, { ...body, employeeId: renamed });
      // @ts-expect-error the answer's etag is `etag`: without it, the answer does not match PopResponse
      return { ...plan, etag: undefined, eTag: plan.etag };
    });
    expect([route.name, route.methods, route.route]).toEqual(['createPop', ['POST'], 'pops']);
  });
});
