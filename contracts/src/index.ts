/**
 * The HTTP API as data: each route's method, path, parameters, body, response and auth, shared by
 * the functions (which parse, answer and document from it) and the tab (whose typed client comes
 * from it).
 *
 * Which shape lives where: a use case's own inputs and results (BookConversationRequest,
 * ConversationView, CreatePopRequest, PopResponse, ReminderDefaults…) stay in @koers/domain,
 * because the use cases in app/ and the bot use them and app/ may import only the domain; the
 * contracts re-use them. What only HTTP needs lives here: route params and query strings, the
 * Problem document, list envelopes and the caller's own view (MeResponse), the health answer, the
 * dev routes' token and persona shapes, and the stricter wire bodies the edge checks first
 * (CreatePopBody's goals).
 */
import { bookingContracts } from './booking';
import { canvasContracts } from './canvas';
import { devContracts } from './dev';
import { careerContracts } from './career';
import { catalogueContracts } from './catalogue';
import { homeContracts } from './home';
import { organisationContracts } from './organisation';
import { onboardingContracts } from './onboarding';
import { peopleContracts } from './people';
import { platformContracts } from './platform';
import { popContracts } from './pop';
import { portfolioContracts } from './portfolio';
import { preparationContracts } from './preparation';
import { privacyContracts } from './privacy';
import { progressContracts } from './progress';
import { reminderContracts } from './reminders';
import { roundContracts } from './rounds';
import { templateContracts } from './templates';
import { insightContracts } from './insight';
import { gesprekspartnerContracts } from './gesprekspartners';
import { remarkContracts } from './remark';

export * from './contract';
export * from './problem';
export * from './securityHeaders';
export * from './booking';
export * from './preparation';
export * from './canvas';
export * from './pop';
export * from './reminders';
export * from './portfolio';
export * from './career';
export * from './catalogue';
export * from './organisation';
export * from './onboarding';
export * from './people';
export * from './home';
export * from './privacy';
export * from './progress';
export * from './platform';
export * from './dev';
export * from './rounds';
export * from './templates';
export * from './insight';
export * from './gesprekspartners';
export * from './remark';

/** Every route, keyed by operationId: `contracts.createPop`. */
export const contracts = {
  ...platformContracts,
  ...peopleContracts,
  ...homeContracts,
  ...bookingContracts,
  ...preparationContracts,
  ...canvasContracts,
  ...popContracts,
  ...reminderContracts,
  ...organisationContracts,
  ...onboardingContracts,
  ...catalogueContracts,
  ...careerContracts,
  ...roundContracts,
  ...templateContracts,
  ...portfolioContracts,
  ...privacyContracts,
  ...progressContracts,
  ...insightContracts,
  ...gesprekspartnerContracts,
  ...remarkContracts,
  ...devContracts,
};
