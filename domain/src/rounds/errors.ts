/**
 * Why a round or an exemption was refused. The HTTP edge answers the input problems with 400 and a
 * reason per field in the caller's language, the state problems with 409.
 */
export const ROUND_INPUT_PROBLEMS = ['period-too-soon', 'period-too-long', 'audience-empty', 'unknown-template', 'not-a-member'] as const;
export type RoundInputProblem = (typeof ROUND_INPUT_PROBLEMS)[number];

export interface RoundProblem {
  code: RoundInputProblem;
  /** The field it is about, as the request names it ("period.to", "audience"). */
  path: string;
  /** A day the text names (the first day a conversation can be planned), as YYYY-MM-DD. */
  date?: string;
}

/** Input Koers will not store, with every reason. */
export class RoundInputError extends Error {
  override readonly name = 'RoundInputError';
  constructor(readonly problems: readonly RoundProblem[]) {
    super(problems.map((p) => p.code).join(', '));
  }
}

/**
 * A change the round's state does not allow: editing or starting a round that already started
 * ('round-not-concept'), exempting someone in a closed round ('round-closed'), closing a concept
 * ('round-not-started').
 */
export type RoundStateCode = 'round-not-concept' | 'round-not-started' | 'round-closed';

export class RoundStateError extends Error {
  override readonly name = 'RoundStateError';
  constructor(readonly code: RoundStateCode) {
    super(code);
  }
}
