import { ForbiddenError, hasRole, type Actor } from '@koers/domain';
import type { Services } from './services';

/**
 * The authorisation of a Koers.HR-only route: whether the route is there at all (`serviceOf`
 * throws its 404), then whether the caller is HR. It runs before the body is read, so a colleague
 * learns nothing from a 400.
 */
export function hrOnly(serviceOf: (services: Services) => unknown) {
  return {
    authorize: ({ actor, services }: { actor: Pick<Actor, 'roles'>; services: Services }) => {
      serviceOf(services);
      if (!hasRole(actor, 'hr')) throw new ForbiddenError('hr-only');
    },
  };
}
