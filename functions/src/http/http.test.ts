import { expect } from '@jest/globals';
import { HttpRequest, HttpResponse, InvocationContext, type LogLevel } from '@azure/functions';
import {
  CalendarConsentError,
  CalendarUnavailableError,
  CanvasError,
  CanvasOperationRefusedError,
  ConcurrencyError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PopError,
} from '@koers/domain';
import { z } from 'zod';
import { AuthError } from '../auth/authError';
import { isJsonMediaType, jsonNestingDepth, MAX_JSON_DEPTH, readJson } from './body';
import { errorResponse } from './handle';
import { HttpProblem, problemBody } from './problem';
import { bearerToken, withAuth } from './withAuth';
import { withSecurityHeaders } from './securityHeaders';
import { apiSecurityHeaders } from '@koers/contracts';

function request(init: { headers?: Record<string, string>; body?: string; method?: string } = {}) {
  return new HttpRequest({
    method: init.method ?? 'POST',
    url: 'http://127.0.0.1/api/test',
    headers: init.headers ?? {},
    body: init.body !== undefined ? { string: init.body } : undefined,
  });
}

function context() {
  const logs: { level: LogLevel; args: unknown[] }[] = [];
  return { logs, context: new InvocationContext({ functionName: 'test', logHandler: (level, ...args) => logs.push({ level, args }) }) };
}

describe('problem details', () => {
  it('carries both languages and picks the detail by language', () => {
    expect(problemBody(412, 'stale-write', 'en')).toEqual({
      type: 'urn:koers:problem:stale-write',
      title: 'Precondition Failed',
      status: 412,
      detail: 'Someone else changed this in the meantime. Reload the latest version and try again.',
      code: 'stale-write',
      messages: {
        nl: 'Iemand anders heeft dit intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.',
        en: 'Someone else changed this in the meantime. Reload the latest version and try again.',
      },
    });
  });
});

describe('mapping failures to HTTP', () => {
  it.each([
    ['a stale write', 412, 'stale-write', new ConcurrencyError('Pop', 'p1')],
    ['a missing record', 404, 'not-found', new NotFoundError('Pop', 'p1')],
    ['a duplicate', 409, 'conflict', new ConflictError('Pop', 'p1')],
    ['a refused token', 401, 'unauthenticated', new AuthError('expired')],
    ['a token of an unknown tenant', 403, 'unknown-tenant', new AuthError('unknown-tenant')],
    ['unreachable signing keys', 503, 'internal', new AuthError('keys-unavailable')],
    ['a calendar without admin consent', 403, 'calendar-consent', new CalendarConsentError(403)],
    ['an unreachable calendar', 503, 'calendar-unavailable', new CalendarUnavailableError(429, 12_500)],
    ['a bug', 500, 'internal', new TypeError('x is undefined')],
  ])('answers %s with %i %s', (_what, status, code, error) => {
    const response = errorResponse(error, request(), context().context);
    expect(response.status).toBe(status);
    expect(response.jsonBody).toMatchObject({ status, code });
  });

  it.each<[PopError['code'], number, string]>([
    ['stale-version', 412, 'Het plan is intussen gewijzigd'],
    ['version-approved', 409, 'allebei goedgekeurd'],
    ['version-has-approval', 409, 'al door één van jullie goedgekeurd'],
    ['goal-changed', 409, 'Er is niets opgeslagen'],
    ['not-approved', 409, 'allebei deze versie hebben goedgekeurd'],
    ['unknown-goal', 422, 'niet in de huidige versie'],
    ['unknown-milestone', 422, 'mijlpaal'],
    ['too-many-versions', 422, 'maximale aantal versies'],
    ['no-manager', 422, 'geen leidinggevende'],
  ])('answers the POP refusal %s with %i and a Dutch reason of the same name', (code, status, dutch) => {
    const response = errorResponse(new PopError(code), request(), context().context);
    expect(response.status).toBe(status);
    expect(response.jsonBody).toMatchObject({ status, code, detail: expect.stringContaining(dutch) });
  });

  it('answers a POP stranger (not-a-party) exactly like an unknown id, and in English when asked', () => {
    const response = errorResponse(new PopError('not-a-party'), request(), context().context);
    expect(response.status).toBe(404);
    expect(response.jsonBody).toMatchObject({ code: 'not-found' });
    const english = errorResponse(new PopError('goal-changed'), request({ headers: { 'accept-language': 'en-GB' } }), context().context);
    expect(english.jsonBody).toMatchObject({ detail: expect.stringContaining('Nothing was saved') });
  });

  it.each([
    ['a canvas of a pair the caller is not part of', new ForbiddenError(), new HttpProblem(403, 'forbidden')],
    ['organisation settings for someone not in HR', new ForbiddenError('hr-only'), new HttpProblem(403, 'hr-only')],
    ['an unbooked canvas without a pair', new CanvasError('canvas-needs-pair'), new HttpProblem(400, 'canvas-needs-pair')],
    ['a live channel that is not there', new CanvasError('realtime-unavailable'), new HttpProblem(503, 'realtime-unavailable', { headers: { 'Retry-After': '30' } })],
    [
      'a Koerskaart operation the model refuses',
      new CanvasOperationRefusedError(2, 'field-not-on-card'),
      new HttpProblem(409, 'canvas-operation-refused', { errors: [{ path: 'operations.2', message: 'field-not-on-card' }] }),
    ],
  ])('answers %s as the route always did: same status, code, field errors and headers', (_what, error, before) => {
    expect(errorResponse(error, request(), context().context)).toEqual(errorResponse(before, request(), context().context));
  });

  it('passes the calendar\'s Retry-After on, in whole seconds', () => {
    expect(errorResponse(new CalendarUnavailableError(429, 12_500), request(), context().context).headers).toMatchObject({ 'Retry-After': '13' });
    expect(errorResponse(new CalendarUnavailableError(), request(), context().context).headers).toMatchObject({ 'Retry-After': '30' });
  });

  it('logs an unexpected error and keeps its message out of the answer', () => {
    const { logs, context: ctx } = context();
    const response = errorResponse(new Error('AccountKey=abc'), request({ headers: { 'accept-language': 'en' } }), ctx);
    expect(JSON.stringify(response.jsonBody)).not.toContain('AccountKey');
    expect(response.jsonBody).toMatchObject({ detail: 'Something went wrong on our side. Please try again later.' });
    expect(logs.filter((l) => l.level === 'error')).toHaveLength(1);
  });

  it('does not tell a refused caller which token check failed', () => {
    const response = errorResponse(new AuthError('wrong-audience', 'aud mismatch: expected 1234'), request(), context().context);
    expect(JSON.stringify(response)).not.toMatch(/audience|1234/);
  });
});

describe('reading a JSON body', () => {
  const Schema = z.object({ title: z.string().min(1) });

  it('accepts application/json with a UTF-8 charset and vendor +json types', () => {
    expect(isJsonMediaType('application/json')).toBe(true);
    expect(isJsonMediaType('Application/JSON; charset=UTF-8')).toBe(true);
    expect(isJsonMediaType('application/merge-patch+json')).toBe(true);
    expect(isJsonMediaType('application/json; charset=latin1')).toBe(false);
    expect(isJsonMediaType('text/json')).toBe(false);
    expect(isJsonMediaType(null)).toBe(false);
  });

  it('returns the parsed value when it matches the schema', async () => {
    const body = await readJson(request({ headers: { 'content-type': 'application/json' }, body: '{"title":"Doel","extra":1}' }), Schema);
    expect(body).toEqual({ title: 'Doel' });
  });

  it('refuses invalid UTF-8 as bad JSON', async () => {
    const req = new HttpRequest({
      method: 'POST',
      url: 'http://127.0.0.1/api/test',
      headers: { 'content-type': 'application/json' },
      body: { bytes: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]) },
    });
    await expect(readJson(req, Schema)).rejects.toMatchObject({ status: 400, code: 'bad-json' });
  });

  it('refuses a declared length above the limit before reading', async () => {
    const req = request({ headers: { 'content-type': 'application/json', 'content-length': '999999' }, body: '{}' });
    await expect(readJson(req, Schema, { maxBytes: 1024 })).rejects.toMatchObject({ status: 413, code: 'too-large' });
  });

  it('says what is wrong with each field in the caller\'s language', async () => {
    const Goal = z.object({ title: z.string().min(1), actions: z.array(z.string()).max(2), kind: z.enum(['verdiepen', 'verbreden']), deadline: z.iso.date() });
    const body = '{"title":"","actions":["a","b","c"],"kind":"anders","deadline":"morgen","extra":true}';
    const fieldErrors = async (language: string) => {
      const req = request({ headers: { 'content-type': 'application/json', 'accept-language': language }, body });
      const problem: unknown = await readJson(req, Goal.strict()).catch((error: unknown) => error);
      return (problem as HttpProblem).extras.errors;
    };
    expect(await fieldErrors('nl-NL')).toEqual([
      { path: 'title', message: 'minstens 1 teken' },
      { path: 'actions', message: 'hoogstens 2 items' },
      { path: 'kind', message: 'kies uit: verdiepen, verbreden' },
      { path: 'deadline', message: 'geen geldige datum (jjjj-mm-dd)' },
      { path: '', message: 'onbekend veld: extra' },
    ]);
    expect(await fieldErrors('en-GB, nl;q=0.5')).toEqual([
      { path: 'title', message: 'at least 1 character' },
      { path: 'actions', message: 'at most 2 items' },
      { path: 'kind', message: 'choose from: verdiepen, verbreden' },
      { path: 'deadline', message: 'not a valid date (yyyy-mm-dd)' },
      { path: '', message: 'unknown field: extra' },
    ]);
    const missing = request({ headers: { 'content-type': 'application/json', 'accept-language': 'en' }, body: '{"actions":[],"kind":"verdiepen","deadline":"2027-01-01"}' });
    await expect(readJson(missing, Goal)).rejects.toMatchObject({ extras: { errors: [{ path: 'title', message: 'required' }] } });
  });

  it('refuses an empty body as bad JSON', async () => {
    await expect(readJson(request({ headers: { 'content-type': 'application/json' } }), Schema)).rejects.toMatchObject({
      status: 400,
      code: 'bad-json',
    });
  });
});

describe('the bearer token and the caller', () => {
  it('reads "Bearer <token>" case-insensitively', () => {
    expect(bearerToken(request({ headers: { authorization: 'bearer abc.def.ghi' } }))).toBe('abc.def.ghi');
  });

  it('calls a missing header missing and another scheme malformed', () => {
    expect(() => bearerToken(request())).toThrow(expect.objectContaining({ reason: 'missing-token' }));
    expect(() => bearerToken(request({ headers: { authorization: 'Basic eDp5' } }))).toThrow(
      expect.objectContaining({ reason: 'malformed-token' }),
    );
  });

  it('refuses a valid token of someone without a person record with 403 unknown-user', async () => {
    const guarded = withAuth(
      {
        validator: { validate: async () => ({ tenantId: 't', userId: 'u' }) },
        people: { get: async () => undefined, listTeam: async () => ({ items: [] }) },
      },
      async () => ({ status: 200 }),
    );
    await expect(guarded(request({ headers: { authorization: 'Bearer a.b.c' } }), context().context)).rejects.toMatchObject({
      status: 403,
      code: 'unknown-user',
    });
  });
});

describe('how deep a JSON body may nest', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonNestingDepth('{"a":[{"b":"[[[{{{"}]}')).toBe(3);
    expect(jsonNestingDepth('"\\"{"')).toBe(0);
  });

  it('refuses a body nested deeper than the limit with 400 before parsing it', async () => {
    const deep = `${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`;
    const request = new HttpRequest({ method: 'POST', url: 'http://localhost/api/x', headers: { 'content-type': 'application/json' }, body: { string: deep } });
    await expect(readJson(request, z.unknown())).rejects.toMatchObject({ status: 400, code: 'bad-json' });
  });
});

describe('the security headers of an answer under the Functions runtime', () => {
  it('adds them to whatever a handler answers, keeping the headers the handler set', () => {
    const answer = withSecurityHeaders({ status: 200, headers: { 'Content-Type': 'application/pdf', 'Referrer-Policy': 'same-origin' }, body: 'x' }, apiSecurityHeaders('azure'));
    const headers = answer instanceof HttpResponse ? answer.headers : new Headers(answer.headers);
    expect(headers.get('content-type')).toBe('application/pdf');
    expect(headers.get('referrer-policy')).toBe('same-origin');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('strict-transport-security')).toMatch(/max-age/);
  });
});
