import type { HttpHandler } from '@azure/functions';
import type { CanvasService, CareerService, CatalogueService, ChangeLogService, FollowUpDaySummary, GesprekspartnerService, RoundService, TemplateService, DirectorySync, ErasureService, HomeService, InsightService, OnboardingService, ReminderDefaultsService, ReminderPreferencesService, PeopleService, PrivacyService, ProgressService, ProgressTracker } from '@koers/app';
import type { BookingService, Clock, PopService, PortfolioService, PreparationService, Stores } from '@koers/domain';
import type { DevIssuer } from '../auth/devIssuer';
import type { TokenValidator } from '../auth/tokenValidator';
import type { Mode } from '../config';
import type { DevClock } from '../host/devClock';
import type { RequestQuotas } from '../http/requestQuota';
import type { ReminderDispatcher } from '../reminders/dispatcher';
import type { HttpRoute, TimerTrigger } from '../host/table';
import type { StandInActivity, StandInUser } from '../graph/directoryStandIn';

/** The local Graph stand-in's users as the dev issuer reads them (local mode only). */
export interface DevDirectory {
  userByEmail(email: string): StandInUser | undefined;
  directoryUsers(): (StandInUser & { organisationName: string; jobTitle?: string })[];
}

/** The local Graph stand-in's activity feeds (local mode only): what Teams would show behind its bell. */
export interface DevActivityFeed {
  activityFeed(tenantId: string, userId: string): StandInActivity[];
}

/** What the handlers are built from; the composition root (composition.ts) makes one. */
export interface Services {
  mode: Mode;
  stores: Stores;
  validator: TokenValidator;
  clock: Clock;
  /** Local mode only. */
  devIssuer?: DevIssuer;
  /** Local mode only: the local Graph's people, for tokens of people Koers does not know yet (the onboarding). */
  devDirectory?: DevDirectory;
  /** Local mode only: the local Graph's activity feeds, for the tab's "Meldingen". */
  devActivityFeed?: DevActivityFeed;
  /** Local mode only: `clock` itself, movable forward (POST /api/dev/clock). */
  devClock?: DevClock;
  /** Local mode only: requests per user, tenant and dev issuer (in Azure, API Management limits). */
  quotas?: RequestQuotas;
  /** Resolves when the database answers; rejects (or times out) when it does not. */
  checkDatabase(): Promise<void>;
  /** The bot's /api/messages handler. */
  botHandler: HttpHandler;
  /** Booking conversations: the HTTP routes and the bot share it. */
  booking: BookingService;
  /** Preparing a booked conversation: the HTTP routes and the bot's prep card share it. */
  preparation: PreparationService;
  /** The Koerskaart use cases. */
  canvas: CanvasService;
  /** The POP: the HTTP routes, the tab and the bot's check-in cards share it. */
  pops: PopService;
  /** The employee's portfolio. */
  portfolio: PortfolioService;
  /** My page, a colleague's card, my conversations. */
  people: PeopleService;
  /** The home pages: what to do next. */
  home: HomeService;
  /** "Mijn gegevens", an administrator's export on request, and who read whose data. */
  privacy: PrivacyService;
  /** Erasing a person (HR, an administrator, the retention timer); needs the database itself, like `reminders`. */
  erasure?: ErasureService;
  /** The works council's change log, for HR and administrators. */
  changeLog: ChangeLogService;
  /** Sends due reminders (the reminder timer); absent when the app was built from bare stores. */
  reminders?: ReminderDispatcher;
  /** Pausing or changing a plan's reminders (needs the dispatcher's store, like `reminders`). */
  reminderPreferences?: ReminderPreferencesService;
  /** The directory sync (Graph, or the local stand-in); absent when no directory is configured. */
  directorySync?: DirectorySync;
  /** HR's organisation reminder defaults (re-schedules the plans, so it needs the dispatcher's store too). */
  reminderDefaults?: ReminderDefaultsService;
  /** The function house and learning offer, and its spreadsheets. */
  catalogue?: CatalogueService;
  /** A person's function and career options, and HR's links of people to functions. */
  career?: CareerService;
  /** HR's gesprekspartners, from and to the HR system's spreadsheets. */
  gesprekspartners?: GesprekspartnerService;
  /** HR's progress board of the conversation rounds. */
  progress?: ProgressService;
  /** Keeps the board's summaries in step with every write (and rebuilds a round). */
  progressTracker?: ProgressTracker;
  /** HR's conversation rounds and their exemptions. */
  rounds?: RoundService;
  /** The POP's follow-up rhythm: proposes each agreed vervolggesprek once, in time (the daily timer). */
  followUps?: { runDaily(): Promise<FollowUpDaySummary> };
  /** The conversation templates HR writes and conversations pin. */
  templates?: TemplateService;
  /** HR's anonymous insight per closed round and the employees' talent-pool wishes. */
  insight?: InsightService;
  /** Setting up an organisation (the wizard) and its *Organisatie* page. */
  onboarding?: OnboardingService;
  /** The app registration's client id (Entra ID): the admin-consent link names it. */
  appClientId: string;
}

/**
 * A route as the table lists it, with a factory for its handler instead of the handler itself:
 * the real runtime must register every route at start-up, before the services exist (they are
 * built lazily on the first request), while the local host gets them built up front.
 */
export type RouteDefinition = Omit<HttpRoute, 'handler'> & {
  make: (services: Services) => HttpHandler;
};

/** A timer as the table lists it, with a factory for its handler (as RouteDefinition). */
export type TimerDefinition = Omit<TimerTrigger, 'handler'> & { make: (services: Services) => TimerTrigger['handler'] };
