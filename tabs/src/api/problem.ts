import type { Problem } from '@koers/contracts';

const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * An error answer read as the API's problem document (@koers/contracts' Problem), or undefined
 * when it is none. Checked by hand rather than with the contract's schema: every call can fail,
 * so this is on the first screen, where zod is not. Gives what the schema's parse gives: the
 * known fields only.
 */
export function problemOf(body: unknown): Problem | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { type, title, status, detail, code, messages, errors } = body as Record<string, unknown>;
  if (!isString(type) || !isString(title) || !Number.isInteger(status) || !isString(detail) || !isString(code)) return undefined;
  if (typeof messages !== 'object' || messages === null) return undefined;
  const { nl, en } = messages as Record<string, unknown>;
  if (!isString(nl) || !isString(en)) return undefined;
  const problem: Problem = { type, title, status: status as number, detail, code, messages: { nl, en } };
  if (errors === undefined) return problem;
  if (!Array.isArray(errors)) return undefined;
  const listed: NonNullable<Problem['errors']> = [];
  for (const error of errors as unknown[]) {
    if (typeof error !== 'object' || error === null) return undefined;
    const { path, message } = error as Record<string, unknown>;
    if (!isString(path) || !isString(message)) return undefined;
    listed.push({ path, message });
  }
  return { ...problem, errors: listed };
}
