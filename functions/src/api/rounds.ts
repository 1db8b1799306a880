import type { RoundService } from '@koers/app';
import { contracts } from '@koers/contracts';
import { ForbiddenError, hasRole, NotFoundError, type Actor } from '@koers/domain';
import { answer, defineRoute } from '../http/defineRoute';
import type { RouteDefinition, Services, TimerDefinition } from './services';

/** Conversation rounds over HTTP (contracts in @koers/contracts). */

function serviceOf(services: Services): RoundService {
  if (!services.rounds) throw new NotFoundError('Route', contracts.listRounds.path);
  return services.rounds;
}

// Who may comes before what they sent: a colleague learns nothing from a 400.
const hrOnly = {
  authorize: ({ actor, services }: { actor: Actor; services: Services }) => {
    serviceOf(services);
    if (!hasRole(actor, 'hr')) throw new ForbiddenError('hr-only');
  },
};

// An exemption is HR's or a manager's: someone who leads nobody is refused before the body is read.
const hrOrManager = {
  authorize: ({ actor, services }: { actor: Actor; services: Services }) => {
    serviceOf(services);
    if (!hasRole(actor, 'hr') && !hasRole(actor, 'manager')) throw new ForbiddenError('forbidden');
  },
};

const withEtag = <T extends { etag: string }>(result: T) => answer(result, { etag: result.etag });

export const listRoundsRoute = defineRoute(contracts.listRounds, async ({ actor, services }) => serviceOf(services).list(actor), hrOnly);

export const createRoundRoute = defineRoute(
  contracts.createRound,
  async ({ actor, body, services }) => {
    const result = await serviceOf(services).create(actor, body);
    return answer(result, { etag: result.etag });
  },
  hrOnly,
);

export const roundRoute = defineRoute(contracts.round, async ({ actor, params, services }) => withEtag(await serviceOf(services).get(actor, params.roundId)), hrOnly);

export const updateRoundRoute = defineRoute(
  contracts.updateRound,
  async ({ actor, params, body, ifMatch, services }) => withEtag(await serviceOf(services).update(actor, params.roundId, body, ifMatch)),
  hrOnly,
);

export const startRoundRoute = defineRoute(
  contracts.startRound,
  async ({ actor, params, ifMatch, services }) => withEtag(await serviceOf(services).start(actor, params.roundId, ifMatch)),
  hrOnly,
);

export const closeRoundRoute = defineRoute(
  contracts.closeRound,
  async ({ actor, params, ifMatch, services }) => withEtag(await serviceOf(services).close(actor, params.roundId, ifMatch)),
  hrOnly,
);

export const roundMembersRoute = defineRoute(contracts.roundMembers, async ({ actor, params, services }) => serviceOf(services).members(actor, params.roundId), hrOnly);

export const setRoundExemptionRoute = defineRoute(
  contracts.setRoundExemption,
  async ({ actor, params, body, services }) => serviceOf(services).setExemption(actor, params.roundId, params.personId, body.reason),
  hrOrManager,
);

export const removeRoundExemptionRoute = defineRoute(
  contracts.removeRoundExemption,
  async ({ actor, params, services }) => serviceOf(services).removeExemption(actor, params.roundId, params.personId),
  hrOrManager,
);

export const teamRoundsRoute = defineRoute(contracts.teamRounds, async ({ actor, services }) => serviceOf(services).teamRounds(actor));

// Planning a round is a manager's: anyone who leads nobody is refused before the body is read.
const managerOnly = {
  authorize: ({ actor, services }: { actor: Actor; services: Services }) => {
    serviceOf(services);
    if (!hasRole(actor, 'manager')) throw new ForbiddenError('forbidden');
  },
};

export const roundPlanRoute = defineRoute(contracts.roundPlan, async ({ actor, params, services }) => serviceOf(services).planAll(actor, params.roundId), managerOnly);

export const confirmRoundPlanRoute = defineRoute(
  contracts.confirmRoundPlan,
  async ({ actor, params, body, services }) => serviceOf(services).confirmPlan(actor, params.roundId, body),
  managerOnly,
);

export const roundAudienceOptionsRoute = defineRoute(contracts.roundAudienceOptions, async ({ actor, services }) => serviceOf(services).directory(actor), hrOnly);

export const roundRoutes: RouteDefinition[] = [
  listRoundsRoute,
  createRoundRoute,
  roundRoute,
  updateRoundRoute,
  startRoundRoute,
  closeRoundRoute,
  roundMembersRoute,
  setRoundExemptionRoute,
  removeRoundExemptionRoute,
  teamRoundsRoute,
  roundPlanRoute,
  confirmRoundPlanRoute,
  roundAudienceOptionsRoute,
];

/**
 * The rounds' day: early every morning, closes the rounds whose period ended (and takes their
 * insight snapshot through the closing hook) and nudges managers who lag, once per nudge day.
 */
export const roundDayTimer: TimerDefinition = {
  name: 'roundDay',
  schedule: '0 30 3 * * *',
  make: (services) => async (_timer, context) => {
    if (!services.rounds) return;
    const summary = await services.rounds.runDaily();
    context.log('rounds day', summary);
  },
};
