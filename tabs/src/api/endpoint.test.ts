import { afterEach, describe, expect, it } from '@jest/globals';
import { contracts, Problem, type RouteContract } from '@koers/contracts';
import { scriptedServer } from '../testing/scriptedServer';
import type { AuthorizedCall } from './authorizedApi';
import { pathOf } from './client';
import { devApi } from './devApi';
import { homeApi } from './homeApi';
import type { ApiCall } from './http';
import { peopleApi } from './peopleApi';
import { popWritesApi } from './popWritesApi';
import { privacyApi } from './privacyApi';
import { problemOf } from './problem';

let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A sender that records each call and answers it with what its parser accepts. */
function recording() {
  const sent: Omit<ApiCall<unknown>, 'token'>[] = [];
  const call: AuthorizedCall = async <T>(request: Omit<ApiCall<T>, 'token'>) => {
    sent.push(request);
    const parsed = request.schema.safeParse(request.expect === 'blob' ? new Blob(['x'], { type: 'text/html' }) : { personas: [], accessToken: 't' });
    if (!parsed.success) throw new Error('the recording answer does not parse');
    return parsed.data;
  };
  return { sent, call };
}

/** What a contract says a call looks like on the wire. */
function wire(contract: RouteContract, params?: object) {
  return { method: contract.method, path: pathOf(contract, params), hasBody: contract.body !== undefined, file: contract.response.kind === 'binary' };
}

describe('the first screen’s API calls, made without the contracts’ schemas', () => {
  it('go to the routes their contracts describe, with the method, body and kind of answer the contract has', async () => {
    const { sent, call } = recording();
    const id = 'pop-1';
    await peopleApi(call).me();
    await peopleApi(call).setMyLanguage('nl-BE');
    await homeApi(call).home();
    await privacyApi(call).myData();
    await privacyApi(call).summary();
    await privacyApi(call).accessLog();
    await popWritesApi(call).create({ employeeId: '0a000000-0000-4000-8000-000000000104', requestId: crypto.randomUUID() });
    await popWritesApi(call).progress(id, { goalId: 'g1', status: 'bezig', seenVersion: 1 });
    expect(sent.map((request) => ({ method: request.method, path: request.path, hasBody: request.body !== undefined, file: request.expect === 'blob' }))).toEqual([
      wire(contracts.me),
      wire(contracts.setMyLanguage),
      wire(contracts.home),
      wire(contracts.myData),
      wire(contracts.myDataSummary),
      wire(contracts.myAccessLog),
      wire(contracts.createPop),
      wire(contracts.recordPopProgress, { id }),
    ]);
  });

  it('signs in on the persona page through the dev routes of the contracts', async () => {
    server = await scriptedServer((request) => ({ status: 200, body: request.method === 'POST' ? { accessToken: 'token-1' } : { personas: [] } }));
    const dev = devApi({ apiBase: server.apiBase, acceptLanguage: () => 'nl-NL' });
    expect(await dev.personas()).toEqual([]);
    expect(await dev.mintToken('ahmed@hendriks.example')).toBe('token-1');
    expect(server.requests.map((request) => [request.method, request.url])).toEqual([
      [contracts.devPersonas.method, `/api${pathOf(contracts.devPersonas, {})}`],
      [contracts.devToken.method, `/api${pathOf(contracts.devToken, {})}`],
    ]);
  });

  it('refuse an answer that is not a JSON object, such as a proxy’s page', async () => {
    server = await scriptedServer(() => ({ status: 200, raw: '<html>Sign in to the proxy</html>', contentType: 'text/html' }));
    const dev = devApi({ apiBase: server.apiBase, acceptLanguage: () => 'nl-NL' });
    await expect(dev.personas()).rejects.toMatchObject({ failure: { kind: 'invalid-response', status: 200 } });
  });
});

describe('an error answer read as a problem', () => {
  const problem = {
    type: 'https://koers.example/problems/validation',
    title: 'Ongeldige invoer',
    status: 400,
    detail: 'Controleer de invoer.',
    code: 'validation',
    messages: { nl: 'Controleer de invoer.', en: 'Check the input.' },
  };

  it('gives what the Problem contract parses it into, extra fields left out', () => {
    const answers: unknown[] = [
      problem,
      { ...problem, internal: 'x' },
      { ...problem, errors: [{ path: 'goals.0.title', message: 'geef een titel', extra: 1 }] },
    ];
    for (const answer of answers) expect(problemOf(answer)).toEqual(Problem.parse(answer));
  });

  it('is no problem where the Problem contract refuses it', () => {
    const answers: unknown[] = [
      undefined,
      null,
      'Bad gateway',
      { ...problem, status: '400' },
      { ...problem, status: 400.5 },
      { ...problem, messages: { nl: 'Alleen Nederlands' } },
      { ...problem, errors: [{ path: 'x' }] },
      { ...problem, errors: 'x' },
    ];
    for (const answer of answers) {
      expect(Problem.safeParse(answer).success).toBe(false);
      expect(problemOf(answer)).toBeUndefined();
    }
  });
});
