import type { HttpHandler, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import {
  BookingError,
  CalendarConsentError,
  CalendarUnavailableError,
  CanvasError,
  CanvasOperationRefusedError,
  CatalogueError,
  ConcurrencyError,
  ConflictError,
  ConsentMissingError,
  ForbiddenError,
  InvalidContinuationTokenError,
  NotFoundError,
  PopError,
  RemarkError,
  formatCivilDate,
  PortfolioError,
  RoundInputError,
  RoundStateError,
  TemplateError,
  TrainingRightError,
  WrongQuestionError,
  type BookingErrorCode,
  type CanvasErrorCode,
  type PopErrorCode,
  type PortfolioErrorCode,
  type TemplateErrorCode,
} from '@koers/domain';
import type { ProblemCode } from '@koers/texts';
import { AuthError } from '../auth/authError';
import { sheetErrorView } from '../catalogue/sheetErrorView';
import { apiTexts, HttpProblem, problemResponse, requestLanguage } from './problem';

/**
 * The one place where failures become HTTP answers. Handlers throw domain errors or HttpProblem;
 * everything unexpected is logged with its stack and answered with a 500 problem that reveals
 * nothing of the internals.
 */

export type KoersHandler = (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;

/** Each refusal of the booking use case as the HTTP status that says what kind of refusal it is. */
const BOOKING_STATUS: Record<BookingErrorCode, number> = {
  'not-your-report': 403,
  'not-a-party': 404,
  'slot-unavailable': 409,
  'slot-too-soon': 422,
  'slot-short-notice': 422,
  'not-planned': 409,
  'no-manager': 422,
  'conversation-cancelled': 409,
};

/**
 * Each refusal of the POP as status and problem code (the same name as the PopError code). A
 * stranger's 'not-a-party' is the 404 an unknown id gets: ids do not tell who has a plan.
 */
const POP_PROBLEM: Record<PopErrorCode, [number, ProblemCode]> = {
  'stale-version': [412, 'stale-version'],
  'version-approved': [409, 'version-approved'],
  'version-has-approval': [409, 'version-has-approval'],
  'goal-changed': [409, 'goal-changed'],
  'not-approved': [409, 'not-approved'],
  'not-a-party': [404, 'not-found'],
  'unknown-version': [422, 'unknown-version'],
  'too-many-versions': [422, 'too-many-versions'],
  'invalid-hash': [422, 'invalid-hash'],
  'unknown-goal': [422, 'unknown-goal'],
  'unknown-milestone': [422, 'unknown-milestone'],
  'too-many-notes': [422, 'too-many-notes'],
  'progress-full': [422, 'progress-full'],
  'no-manager': [422, 'no-manager'],
};

const PORTFOLIO_STATUS: Record<PortfolioErrorCode, number> = {
  'portfolio-full': 409,
  'portfolio-no-manager': 422,
  'portfolio-shared-by-nature': 409,
};

const TEMPLATE_PROBLEM: Record<Exclude<TemplateErrorCode, 'template-invalid'>, [number, ProblemCode]> = {
  'template-read-only': [409, 'template-read-only'],
  'template-stale': [409, 'template-stale'],
  'too-many-templates': [422, 'too-many-templates'],
  'too-many-versions': [422, 'template-versions-full'],
};

/** A refused Koerskaart request; without a live channel the tab polls and may ask again later. */
const CANVAS_PROBLEM: Record<CanvasErrorCode, { status: number; headers?: Record<string, string> }> = {
  'canvas-needs-pair': { status: 400 },
  'realtime-unavailable': { status: 503, headers: { 'Retry-After': '30' } },
  // WebDAV's Locked: the resource is there and the caller may read it, but not change it now.
  'canvas-locked': { status: 423 },
  'canvas-too-large': { status: 413 },
};

export function errorResponse(error: unknown, request: HttpRequest | undefined, context: InvocationContext): HttpResponseInit {
  if (error instanceof HttpProblem) {
    if (error.status >= 500) context.error(error);
    return problemResponse(request, error.status, error.code, { errors: error.extras.errors, headers: error.extras.headers });
  }
  if (error instanceof ConcurrencyError) return problemResponse(request, 412, 'stale-write');
  if (error instanceof NotFoundError) return problemResponse(request, 404, 'not-found');
  if (error instanceof ConflictError) return problemResponse(request, 409, 'conflict');
  if (error instanceof ConsentMissingError) return problemResponse(request, 409, 'consent-missing');
  if (error instanceof InvalidContinuationTokenError) {
    return problemResponse(request, 400, 'validation', {
      errors: [{ path: 'continuationToken', message: apiTexts(requestLanguage(request))('validation.continuation-token') }],
    });
  }
  if (error instanceof AuthError) return authErrorResponse(error, request, context);
  if (error instanceof BookingError) return problemResponse(request, BOOKING_STATUS[error.code], error.code);
  if (error instanceof PopError) {
    const [status, code] = POP_PROBLEM[error.code];
    return problemResponse(request, status, code);
  }
  // The record exists and is the caller's, but is not agreed or held yet: a state conflict.
  if (error instanceof RemarkError) return problemResponse(request, 409, error.code);
  if (error instanceof PortfolioError) return problemResponse(request, PORTFOLIO_STATUS[error.code], error.code);
  if (error instanceof ForbiddenError) return problemResponse(request, 403, error.code);
  if (error instanceof RoundStateError) return problemResponse(request, 409, error.code);
  if (error instanceof TrainingRightError) return problemResponse(request, 409, error.code);
  if (error instanceof RoundInputError) {
    const language = requestLanguage(request);
    const t = apiTexts(language);
    const day = (ymd: string) => formatCivilDate(ymd, language === 'en' ? 'en-GB' : 'nl-NL');
    return problemResponse(request, 400, 'validation', {
      errors: error.problems.map((p) => ({ path: p.path, message: t(`validation.round.${p.code}`, p.date ? { date: day(p.date) } : {}) })),
    });
  }
  if (error instanceof CatalogueError) {
    const language = requestLanguage(request);
    const errors = error.errors.map((e) => {
      const view = sheetErrorView(e, language);
      return { path: `${view.sheet}:${view.row}:${view.column}`, message: view.message };
    });
    return problemResponse(request, error.code === 'catalogue-invalid' ? 422 : 400, error.code, errors.length > 0 ? { errors } : {});
  }
  if (error instanceof CanvasError) {
    const { status, headers } = CANVAS_PROBLEM[error.code];
    if (status >= 500) context.error(error);
    return problemResponse(request, status, error.code, headers ? { headers } : {});
  }
  if (error instanceof CanvasOperationRefusedError) {
    return problemResponse(request, 409, 'canvas-operation-refused', { errors: [{ path: `operations.${error.index}`, message: error.reason }] });
  }
  if (error instanceof TemplateError) {
    if (error.code === 'template-invalid') {
      const t = apiTexts(requestLanguage(request));
      return problemResponse(request, 400, 'validation', {
        errors: error.problems.map((p) => ({ path: p.path, message: t(`validation.template.${p.code}`, { detail: p.detail ?? '' }) })),
      });
    }
    const [status, code] = TEMPLATE_PROBLEM[error.code];
    return problemResponse(request, status, code);
  }
  if (error instanceof WrongQuestionError) {
    return problemResponse(request, 400, 'validation', {
      errors: [{ path: 'answers', message: apiTexts(requestLanguage(request))('validation.question-of-other-party', { questionId: error.questionId }) }],
    });
  }
  // Graph refused for lack of consent: only an administrator can fix it, and the answer says how.
  if (error instanceof CalendarConsentError) return problemResponse(request, 403, 'calendar-consent');
  if (error instanceof CalendarUnavailableError) {
    const seconds = Math.max(1, Math.ceil((error.retryAfterMs ?? 30_000) / 1000));
    return problemResponse(request, 503, 'calendar-unavailable', { headers: { 'Retry-After': String(seconds) } });
  }
  context.error('Unhandled error in', context.functionName, error);
  return problemResponse(request, 500, 'internal');
}

function authErrorResponse(error: AuthError, request: HttpRequest | undefined, context: InvocationContext): HttpResponseInit {
  if (error.reason === 'keys-unavailable') {
    // Our failure, not the caller's: the signing keys could not be fetched.
    context.error('Token signing keys unavailable:', error.message);
    return problemResponse(request, 503, 'internal', { headers: { 'Retry-After': '5' } });
  }
  // The precise reason stays in our log: telling the caller which check failed helps attackers only.
  context.warn(`Token refused (${error.reason})`);
  if (error.reason === 'unknown-tenant') return problemResponse(request, 403, 'unknown-tenant');
  return problemResponse(request, 401, 'unauthenticated', {
    headers: {
      'WWW-Authenticate':
        error.reason === 'missing-token' ? 'Bearer' : 'Bearer error="invalid_token"',
    },
  });
}

/** Wraps a handler so that nothing it throws escapes as a bare 500 from the runtime. */
export function handle(handler: KoersHandler): HttpHandler {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error, request, context);
    }
  };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): HttpResponseInit {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
    jsonBody: body,
  };
}
