import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { actorFromToken } from '@koers/app';
import type { Actor, PersonStore } from '@koers/domain';
import { AuthError } from '../auth/authError';
import type { TokenIdentity, TokenValidator } from '../auth/tokenValidator';
import { HttpProblem } from './problem';
import type { RequestQuotas } from './requestQuota';

export interface Caller {
  identity: TokenIdentity;
  /**
   * The caller's own record with the roles Koers grants them: the app roles of the token's `roles`
   * claim, `manager` from the directory. Every authorisation decision starts from it.
   */
  actor: Actor;
}

export type AuthenticatedHandler = (
  request: HttpRequest,
  context: InvocationContext,
  caller: Caller,
) => Promise<HttpResponseInit>;

export interface AuthDeps {
  validator: TokenValidator;
  people: Pick<PersonStore, 'get' | 'listTeam'>;
  /** Local mode: one request from the caller's and their tenant's quota, before anything is read. */
  quotas?: RequestQuotas;
}

export function bearerToken(request: HttpRequest): string {
  const header = request.headers.get('authorization');
  if (!header) throw new AuthError('missing-token');
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new AuthError('malformed-token');
  return match[1];
}

/**
 * Validates the bearer token and loads the caller's person (tenant + oid) as the actor, with the
 * roles of the token (never a role stored anywhere: Entra ID decides at sign-in). A valid token for
 * someone Koers does not know is a 403 'unknown-user', not a 401: signing in again won't help.
 * Errors are thrown for `handle` to answer.
 */
export function withAuth(deps: AuthDeps, handler: AuthenticatedHandler) {
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    const identity = await deps.validator.validate(bearerToken(request));
    deps.quotas?.take([
      { name: 'user', key: `${identity.tenantId}|${identity.userId}` },
      { name: 'tenant', key: identity.tenantId },
    ]);
    const stored = await deps.people.get(identity.tenantId, identity.userId);
    // A leaver's token may still be valid for an hour: the directory's word ends access at once.
    if (!stored || stored.value.leftAt) throw new HttpProblem(403, 'unknown-user');
    return handler(request, context, { identity, actor: await actorFromToken(deps, stored.value, identity.roles) });
  };
}

/**
 * The onboarding's routes: the token is validated (signature, audience, scope) but its tenant may
 * be one Koers does not know yet, and no person is looked up — before the first sync there is none.
 */
export function withToken(deps: Pick<AuthDeps, 'validator' | 'quotas'>, handler: (request: HttpRequest, context: InvocationContext, identity: TokenIdentity) => Promise<HttpResponseInit>) {
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    const identity = await deps.validator.validate(bearerToken(request), { allowUnknownTenant: true });
    deps.quotas?.take([
      { name: 'user', key: `${identity.tenantId}|${identity.userId}` },
      { name: 'tenant', key: identity.tenantId },
    ]);
    return handler(request, context, identity);
  };
}
