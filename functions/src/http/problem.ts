import { STATUS_CODES } from 'node:http';
import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { Problem } from '@koers/contracts';
import { languageFromAcceptHeader, type Language } from '@koers/domain';
import { createTranslator, type ProblemCode, type Translate } from '@koers/texts';

/** RFC 9457 problem details: every error the API answers has this shape. */

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export interface FieldError {
  path: string;
  message: string;
}

/** Thrown anywhere below a handler to answer with a problem; `handle` turns it into the response. */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly extras: { errors?: FieldError[]; headers?: Record<string, string>; logDetail?: string } = {},
  ) {
    super(extras.logDetail ?? `${status} ${code}`);
  }
}

export function problemType(code: ProblemCode): string {
  return `urn:koers:problem:${code}`;
}

/** The texts of the API's language: Dutch as in the Netherlands, or English. */
export function apiTexts(language: Language): Translate {
  return createTranslator(language === 'en' ? 'en-GB' : 'nl-NL');
}

export function problemBody(status: number, code: ProblemCode, language: Language, errors?: FieldError[]): Problem {
  const messages = { nl: apiTexts('nl')(`problem.${code}`), en: apiTexts('en')(`problem.${code}`) };
  return {
    type: problemType(code),
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail: messages[language],
    code,
    messages,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export function requestLanguage(request: Pick<HttpRequest, 'headers'> | undefined): Language {
  return languageFromAcceptHeader(request?.headers.get('accept-language'));
}

export function problemResponse(
  request: Pick<HttpRequest, 'headers'> | undefined,
  status: number,
  code: ProblemCode,
  extras: { errors?: FieldError[]; headers?: Record<string, string> } = {},
): HttpResponseInit {
  const language = requestLanguage(request);
  return {
    status,
    headers: {
      'Content-Type': PROBLEM_CONTENT_TYPE,
      'Content-Language': language,
      Vary: 'Accept-Language',
      'Cache-Control': 'no-store',
      ...extras.headers,
    },
    jsonBody: problemBody(status, code, language, extras.errors),
  };
}
