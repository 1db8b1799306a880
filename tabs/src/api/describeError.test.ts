import { describe, expect, it } from '@jest/globals';
import { translator } from '../testing/translator';
import { problem } from '../testing/scriptedServer';
import { describeError } from './describeError';
import { ApiError } from './errors';

describe('describeError', () => {
  const forbidden = new ApiError({
    kind: 'problem',
    status: 403,
    problem: problem(403, 'forbidden', 'Je hebt geen toegang tot deze gegevens.', 'You do not have access to this data.'),
  });

  it('shows the API problem message in the UI language', () => {
    expect(describeError(forbidden, 'nl', translator('nl-NL'))).toBe('Je hebt geen toegang tot deze gegevens.');
    expect(describeError(forbidden, 'en', translator('en-GB'))).toBe('You do not have access to this data.');
  });

  it('explains failures without a problem body from the catalogue', () => {
    expect(describeError(new ApiError({ kind: 'network' }), 'nl', translator('nl-NL'))).toMatch(/niet bereikbaar/);
    expect(describeError(new ApiError({ kind: 'http', status: 502 }), 'nl', translator('nl-NL'))).toMatch(/502/);
    expect(describeError(new Error('boom'), 'en', translator('en-GB'))).toBe('Something went wrong. Please try again.');
  });
});
