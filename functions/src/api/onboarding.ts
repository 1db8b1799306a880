import { contracts } from '@koers/contracts';
import { NotFoundError } from '@koers/domain';
import type { OnboardingService, TokenCaller } from '@koers/app';
import type { TokenIdentity } from '../auth/tokenValidator';
import { GraphDirectoryError } from '../graph/directory';
import { answer, defineRoute } from '../http/defineRoute';
import { HttpProblem } from '../http/problem';
import type { RouteDefinition, Services } from './services';

/**
 * The onboarding wizard and the *Organisatie* page over HTTP. The caller is their token: the
 * organisation, and so the person, may not exist in Koers yet.
 */

function serviceOf(services: Services): OnboardingService {
  if (!services.onboarding) throw new NotFoundError('Route', contracts.onboardingStatus.path);
  return services.onboarding;
}

export function callerOf(identity: TokenIdentity): TokenCaller {
  return { tenantId: identity.tenantId, userId: identity.userId, roles: identity.roles ?? [], wids: identity.wids ?? [] };
}

/** Entra ID's admin consent for Koers in the caller's tenant: grants every permission the app registration asks for. */
export function adminConsentUrl(tenantId: string, clientId: string): string {
  return `https://login.microsoftonline.com/${encodeURIComponent(tenantId)}/adminconsent?client_id=${encodeURIComponent(clientId)}`;
}

function directoryUnavailable(error: unknown): never {
  if (error instanceof GraphDirectoryError) throw new HttpProblem(503, 'directory-unavailable', { headers: { 'Retry-After': '60' }, logDetail: error.message });
  throw error;
}

export const onboardingStatusRoute = defineRoute(contracts.onboardingStatus, async ({ identity, services }) => {
  const status = await serviceOf(services).status(callerOf(identity)).catch(directoryUnavailable);
  return { ...status, adminConsentUrl: adminConsentUrl(identity.tenantId, services.appClientId) };
});

/** Who may comes before what they sent: a colleague learns nothing from a 400. */
const adminFirst = { authorize: ({ identity, services }: { identity: TokenIdentity; services: Services }) => serviceOf(services).authorise(callerOf(identity)) };

export const startOnboardingRoute = defineRoute(
  contracts.startOnboarding,
  async ({ identity, body, services }) => {
    const organisation = await serviceOf(services).start(callerOf(identity), body).catch(directoryUnavailable);
    return answer({ organisation: { name: organisation.name, ...(organisation.onboardedAt ? { onboardedAt: organisation.onboardedAt } : {}) } }, { status: 201 });
  },
  adminFirst,
);

export const onboardingSyncRoute = defineRoute(contracts.onboardingSync, async ({ identity, services }) =>
  serviceOf(services).sync(callerOf(identity)).catch(directoryUnavailable),
);

export const organisationProfileRoute = defineRoute(contracts.organisationProfile, async ({ identity, services }) => {
  const profile = await serviceOf(services).profile(callerOf(identity));
  return answer(profile, { etag: profile.etag });
});

export const setOrganisationProfileRoute = defineRoute(
  contracts.setOrganisationProfile,
  async ({ identity, body, ifMatch, services }) => {
    const profile = await serviceOf(services).saveProfile(callerOf(identity), body, ifMatch);
    return answer(profile, { etag: profile.etag });
  },
  adminFirst,
);

export const onboardingRoutes: RouteDefinition[] = [onboardingStatusRoute, startOnboardingRoute, onboardingSyncRoute, organisationProfileRoute, setOrganisationProfileRoute];
