import type { HttpRequest } from '@azure/functions';
import { HttpProblem } from './problem';

/** Moving or cancelling a meeting on a stale view would surprise two people: the etag is required. */
export function requiredIfMatch(request: HttpRequest): string {
  const etag = ifMatchOf(request);
  if (!etag) throw new HttpProblem(428, 'precondition-required');
  return etag;
}

/** The etag a client presents, if any; W/ prefixes and surrounding quotes as a proxy may send them. */
export function ifMatchOf(request: HttpRequest): string | undefined {
  const header = request.headers.get('if-match')?.trim();
  if (!header || header === '*') return undefined;
  return header.replace(/^W\//, '');
}
