import { contracts } from '@koers/contracts';
import { defineRoute } from '../http/defineRoute';

/** GET /api/home: what the signed-in person should do next (app/src/people/homeService.ts). */
export const homeRoute = defineRoute(contracts.home, async ({ actor, services }) => services.home.home(actor));
