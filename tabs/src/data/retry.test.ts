import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../api/errors';
import { createQueryClient } from './queryClient';
import { retryRead } from './retry';

const problem = (status: number) =>
  new ApiError({ kind: 'problem', status, problem: { type: 'about:blank', title: 'x', status, detail: 'x', code: 'x', messages: { nl: 'x', en: 'x' } } });

/** How many times a read is sent in all when every attempt fails with `error`. */
function attemptsFor(error: unknown): number {
  let retries = 0;
  while (retryRead(retries, error)) retries += 1;
  return 1 + retries;
}

describe('trying a failed read again', () => {
  it('does not repeat a refusal: a problem answer, a 404 or a 412 is final', () => {
    expect(attemptsFor(problem(400))).toBe(1);
    expect(attemptsFor(problem(403))).toBe(1);
    expect(attemptsFor(problem(404))).toBe(1);
    expect(attemptsFor(problem(412))).toBe(1);
    expect(attemptsFor(new ApiError({ kind: 'http', status: 404 }))).toBe(1);
  });

  it('tries a lost connection or a server failure twice more, not more', () => {
    expect(attemptsFor(new ApiError({ kind: 'network' }))).toBe(3);
    expect(attemptsFor(new ApiError({ kind: 'http', status: 502 }))).toBe(3);
    expect(attemptsFor(problem(503))).toBe(3);
  });

  it('does not repeat what another try cannot change: an answer outside the contract, a lost sign-in, a bug', () => {
    expect(attemptsFor(new ApiError({ kind: 'invalid-response', status: 200 }))).toBe(1);
    expect(attemptsFor(new ApiError({ kind: 'signed-out' }))).toBe(1);
    expect(attemptsFor(new TypeError('x is undefined'))).toBe(1);
  });
});

describe("the tab's cache", () => {
  const reads = async (error: ApiError) => {
    let sent = 0;
    const client = createQueryClient();
    await client
      .fetchQuery({
        queryKey: ['failing'],
        queryFn: () => {
          sent += 1;
          return Promise.reject(error);
        },
        retryDelay: 0,
      })
      .catch(() => undefined);
    return sent;
  };

  it('sends a read three times in all when the server keeps failing, once when it refuses', async () => {
    expect(await reads(new ApiError({ kind: 'http', status: 500 }))).toBe(3);
    expect(await reads(problem(404))).toBe(1);
  });

  it('never sends a write again by itself', () => {
    expect(createQueryClient().getDefaultOptions().mutations?.retry).toBe(false);
  });
});
