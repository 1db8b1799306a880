import type { Database } from '@azure/cosmos';
import type { HttpHandler } from '@azure/functions';
import { KoersBot, notConfiguredInstaller, type AppInstaller } from '@koers/bot';
import { DefaultAzureCredential } from '@azure/identity';
import {
  createBookingService,
  createCanvasService,
  createCatalogueService,
  createGesprekspartnerService,
  createOnboardingService,
  upcomingHolidays,
  createRoundService,
  type RoundPlanning,
  seriesRoundPlanning,
  createSeriesPlanner,
  createTemplateService,
  createLocalCalendar,
  createPopService,
  createPortfolioService,
  createPreparationService,
  createReminderDefaultsService,
  createReminderPreferencesService,
  createReminderService,
  goalReminderHook,
  withPreparationBroadcast,
  createOutbox,
  runFollowUpDay,
  createPeopleService,
  createHomeService,
  createChangeLogService,
  createChangeRecorder,
  createErasureService,
  createPrivacyService,
  createInsightService,
  createCareerService,
  createDirectorySync,
  createProgressService,
  createProgressTracker,
  withProgressTracking,
  type DirectorySync,
} from '@koers/app';
import type { ActivityFeedPort, AgreementsPdfRenderer, CalendarPort, Clock, DirectoryPort, LinkTarget, RealtimePublisher, Round, Stores } from '@koers/domain';
import { contracts } from '@koers/contracts';
import { bookingRoutes } from './api/bookings';
import { canvasRoutes } from './api/canvases';
import { conversationsRoute } from './api/conversations';
import { directoryMailboxTimer, directorySyncTimer, syncDirectoryRoute } from './api/directorySync';
import { onboardingRoutes } from './api/onboarding';
import { devClockRoute, devJwksRoute, devNotificationsRoute, devPersonasRoute, devRunRemindersRoute, devSetClockRoute, devTokenRoute } from './api/dev';
import { healthRoute } from './api/health';
import { homeRoute } from './api/home';
import { meRoute, setMyLanguageRoute } from './api/me';
import { openApiRoute } from './api/openapi';
import { personRoute } from './api/people';
import { portfolioRoutes } from './api/portfolio';
import { privacyRoutes, retentionTimer } from './api/privacy';
import { popRoutes } from './api/pops';
import { remarkRoutes } from './api/remark';
import type { DevActivityFeed, DevDirectory, RouteDefinition, Services, TimerDefinition } from './api/services';
import { loadOrCreateDevIssuer } from './auth/devIssuer';
import { createTokenValidator } from './auth/tokenValidator';
import { createBotAdapter, createBotEndpoint } from './botEndpoint';
import type { KoersConfig, Mode } from './config';
import { createGraphCalendar, clientSecretTokenSource, managedIdentityTokenSource, type GraphTokenSource } from './calendar';
import { createGraphAppInstaller } from './graph/appInstaller';
import { createGraphActivityFeed } from './graph/activityFeed';
import { createGraphDirectory } from './graph/directory';
import { graphPermissions } from './graph/permissions';
import { renderAgreementsPdf } from './pop/agreementsPdf';
import { createCosmosStores } from './cosmos/stores';
import { createDispatchStore } from './cosmos/repositories/dispatch';
import { createErasureStore } from './cosmos/repositories/erasure';
import { botTokenSource, createBotConnectorClient } from './botConnector/connectorClient';
import { createReminderDispatcher, type ReminderDispatcher } from './reminders/dispatcher';
import { digestScheduleTimer, planReminderRenewalTimer, reminderTimer } from './reminders/timer';
import { popRemindersRoute, reminderDefaultsRoutes } from './api/reminderSettings';
import { careerRoutes } from './api/career';
import { catalogueRoutes } from './api/catalogue';
import { gesprekspartnerRoutes } from './api/gesprekspartners';
import { progressRoutes } from './api/progress';
import { roundDayTimer, roundRoutes } from './api/rounds';
import { followUpDayTimer } from './pop/followUpTimer';
import { templateRoutes } from './api/templates';
import { insightRoutes } from './api/insight';
import { createSpreadsheets } from './catalogue/spreadsheets';
import { createDevClock, type DevClock } from './host/devClock';
import { createRequestQuotas, type RequestQuotas } from './http/requestQuota';
import type { FunctionTable, HttpRoute } from './host/table';
import { routeOf } from './http/defineRoute';
import { createWebPubSubPublisher } from './realtime/webPubSub';

/**
 * The composition root: config + database in, the Functions table out. Nothing else in the app
 * decides which adapter implements which port.
 *
 * Local start-up (scripts/start.ts and the end-to-end tests) runs, in this order:
 *
 *   const cosmos   = await openLocalCosmos({ dataDir, port, seed: false });       // cosmos/local.ts: server, schema, snapshot
 *   const graph    = await startSampleDirectory(dataDir);                         // graph/sampleDirectory.ts: a local Graph
 *   const app      = await createKoersApp({ config, database: cosmos.database, dataDir,
 *                                           directory: standInDirectory(graph.standIn, { appId }) });
 *   await seedSampleData(cosmos.stores, now, { loadPeople: (t) => app.directorySync.syncTenant(t) });
 *   const host     = await startFunctionsHost(app.table, { port, corsOrigins: app.corsOrigins });
 *   app.setPublicUrl(host.url);   // local mode: the validator fetches the dev JWKS from this host
 *   …
 *   await host.close(); await app.close(); client.dispose(); await cosmos.close();
 *
 * In Azure, index.ts registers `routeDefinitions(config.mode)` with the runtime and builds the
 * services on the first request.
 */

export interface KoersAppOptions {
  config: KoersConfig;
  /** The Cosmos database (stores are made from it, and the health check reads it)… */
  database?: Database;
  /** …or ready-made stores (then the health check lists tenants). */
  stores?: Stores;
  /** Where local mode keeps the dev issuer's key; defaults to config.dataDir. */
  dataDir?: string;
  clock?: Clock;
  /** For messages outside an invocation (bot turn errors). Defaults to the console. */
  log?: AppLogger;
  /** The calendar port; default: the seeded local calendar in local mode, Microsoft Graph in Azure. */
  calendar?: CalendarPort;
  /** The live channel; defaults to Web PubSub from config.webPubSub, or none (clients poll). */
  realtime?: RealtimePublisher;
  /**
   * The organisation's directory; default: Microsoft Graph in Azure, none in local mode unless
   * given (npm start gives the local Graph stand-in with the sample organisations).
   */
  directory?: DirectoryPort;
  /** Local mode: the Graph stand-in's users, so the dev issuer mints tokens as Entra ID would (directory roles, people of a tenant not set up yet). */
  devDirectory?: DevDirectory;
  /**
   * The Teams activity feed; default: Microsoft Graph in Azure, none in local mode unless given
   * (npm start gives the local Graph stand-in's, whose notifications the tab lists through devActivityFeed).
   */
  activityFeed?: ActivityFeedPort;
  /** Local mode: what the local Graph stand-in took for each person's activity feed (GET /api/dev/notifications). */
  devActivityFeed?: DevActivityFeed;
  /** Makes the "Gemaakte afspraken" PDF; defaults to the one not wired yet (the route answers 500). */
  agreementsPdf?: AgreementsPdfRenderer;
  /**
   * The request quotas of local mode (http/requestQuota.ts): by default API_QUOTAS in local mode
   * and none in Azure (API Management limits there). 'off' for benchmarks that measure the API
   * itself at full speed.
   */
  quotas?: RequestQuotas | 'off';
  /** Called whenever a round closes (HR, or the daily timer after its period): the anonymous-insight snapshot. Default: nothing. */
  onRoundClosed?: (round: Round) => Promise<void>;
  /** The series planner behind the round card's "plan them all at once"; default: the series planner on the calendar port. */
  roundPlanning?: RoundPlanning;
}

export interface AppLogger {
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

export interface KoersApp {
  table: FunctionTable;
  stores: Stores;
  /** The directory sync, when there is a directory (npm start loads the sample organisations through it). */
  directorySync?: DirectorySync;
  /** The CORS origins of the local host (the tab server adds its own when it starts). */
  corsOrigins: string[];
  /** Tells the app where it is served (the host's origin or its /api URL); needed in local mode. */
  setPublicUrl: (url: string) => void;
  /**
   * Tells the app where the tab is served once its server listens (local mode, KOERS_TAB_PORT):
   * links in invitations and chat cards point there. A configured TAB_URL keeps precedence.
   */
  setTabUrl: (url: string) => void;
  close(): Promise<void>;
}

export const systemClock: Clock = { now: () => new Date() };

const DEFAULT_LOCAL_TAB_URL = 'http://localhost:53000';

/** App-only Graph tokens as the app registration: its secret if configured, else the managed identity. */
function graphTokenSource(config: KoersConfig): GraphTokenSource {
  return config.graph.clientSecret
    ? clientSecretTokenSource({ clientId: config.auth.clientId, clientSecret: config.graph.clientSecret })
    : managedIdentityTokenSource({ appClientId: config.auth.clientId, managedIdentityClientId: config.graph.managedIdentityClientId });
}

function defaultCalendar(config: KoersConfig, stores: Stores, log: AppLogger, getToken: () => GraphTokenSource, links: LinkTarget): CalendarPort {
  if (config.mode === 'local') return createLocalCalendar({ stores, tabUrl: () => links.tabUrl });
  // Only ids and status codes reach the log (see CalendarLog): never names, addresses or subjects.
  return createGraphCalendar({ getToken: getToken(), log: (event, fields) => log.warn(`graph ${event}`, fields) });
}

/**
 * Azure: Koers installs itself through Graph for someone who never opened it, so the employee
 * still hears of a booking. Local mode (and Azure without TEAMS_APP_ID) only logs that it cannot.
 */
function appInstaller(config: KoersConfig, stores: Stores, log: AppLogger, clock: Clock, getToken: () => GraphTokenSource): AppInstaller {
  if (config.mode !== 'azure' || !config.teamsAppId) return notConfiguredInstaller(log);
  return createGraphAppInstaller({
    getToken: getToken(),
    teamsAppId: config.teamsAppId,
    ...(config.teamsCatalogAppId ? { catalogAppId: config.teamsCatalogAppId } : {}),
    botAppId: config.bot.appId,
    references: stores.conversationReferences,
    clock,
    // Ids, statuses, Graph's codes and the admin's to-do only (see GraphLog).
    log: (event, fields) => log.warn(`graph ${event}`, fields),
  });
}

/** The activity feed the dispatcher sends to: the one given, Graph in Azure, none otherwise. */
function activityFeedOption(config: KoersConfig, given: ActivityFeedPort | undefined, log: AppLogger, getToken: () => GraphTokenSource): { activityFeed?: ActivityFeedPort } {
  if (given) return { activityFeed: given };
  if (config.mode !== 'azure') return {};
  // Ids, statuses and Graph's codes only (see GraphLog).
  return { activityFeed: createGraphActivityFeed({ getToken: getToken(), log: (event, fields) => log.warn(`graph ${event}`, fields) }) };
}

/** botbuilder authenticates and answers the bot's activities itself (botEndpoint.ts). */
const botMessagesRoute = routeOf(contracts.messages, (services) => services.botHandler);

/** Every HTTP route of a mode. The dev routes are not even listed in azure mode. */
export function routeDefinitions(mode: Mode): RouteDefinition[] {
  const routes: RouteDefinition[] = [
    healthRoute,
    meRoute,
    homeRoute,
    setMyLanguageRoute,
    personRoute,
    conversationsRoute,
    ...bookingRoutes,
    ...canvasRoutes,
    ...popRoutes,
    ...remarkRoutes,
    popRemindersRoute,
    ...reminderDefaultsRoutes,
    syncDirectoryRoute,
    ...onboardingRoutes,
    ...catalogueRoutes,
    ...careerRoutes,
    ...gesprekspartnerRoutes,
    ...roundRoutes,
    ...templateRoutes,
    ...portfolioRoutes,
    ...privacyRoutes,
    ...progressRoutes,
    ...insightRoutes,
    botMessagesRoute,
  ];
  if (mode === 'local') routes.push(devJwksRoute, devTokenRoute, devPersonasRoute, devClockRoute, devSetClockRoute, devRunRemindersRoute, devNotificationsRoute);
  routes.push(openApiRoute(() => routes));
  return routes;
}

export function timerDefinitions(_mode: Mode): TimerDefinition[] {
  return [reminderTimer, digestScheduleTimer, planReminderRenewalTimer, directorySyncTimer, directoryMailboxTimer, roundDayTimer, followUpDayTimer, retentionTimer];
}

export function buildTable(mode: Mode, services: Services): FunctionTable {
  return {
    http: routeDefinitions(mode).map(({ make, ...route }): HttpRoute => ({ ...route, handler: make(services) })),
    timers: timerDefinitions(mode).map(({ make, ...timer }) => ({ ...timer, handler: make(services) })),
  };
}

function apiBase(url: string): string {
  const trimmed = url.replace(/\/+$/, '');
  return trimmed.endsWith('/api') ? trimmed : `${trimmed}/api`;
}

/** Tenants change rarely; a short memory spares a Cosmos read per request. Unknown ones are re-asked. */
function knownTenantCache(stores: Stores, clock: Clock, ttlMs = 5 * 60_000) {
  const known = new Map<string, number>();
  return async (tenantId: string) => {
    const until = known.get(tenantId);
    if (until !== undefined && until > clock.now().getTime()) return true;
    const found = (await stores.organisations.get(tenantId)) !== undefined;
    if (found) known.set(tenantId, clock.now().getTime() + ttlMs);
    else known.delete(tenantId);
    return found;
  };
}

/** Azure: the endpoint with the managed identity (no keys); a connection string where one is set. */
function realtimeFromConfig(config: KoersConfig): RealtimePublisher | undefined {
  const { endpoint, connectionString, hub } = config.webPubSub;
  if (connectionString) return createWebPubSubPublisher({ connectionString, hub, allowInsecureConnection: config.mode === 'local' });
  if (endpoint) return createWebPubSubPublisher({ endpoint, hub, credential: new DefaultAzureCredential() });
  return undefined;
}

export async function createServices(
  options: KoersAppOptions,
): Promise<{ services: Services; setPublicUrl: (url: string) => void; setTabUrl: (url: string) => void }> {
  const { config } = options;
  // Local mode runs on the dev clock (KOERS_CLOCK_START, movable forward); Azure on the given or real one.
  const devClock: DevClock | undefined = config.mode === 'local' ? createDevClock({ base: options.clock ?? systemClock, ...(config.clockStart ? { start: new Date(config.clockStart) } : {}) }) : undefined;
  const clock: Clock = devClock ?? options.clock ?? systemClock;
  // Real time, not the dev clock: a clock moved a week ahead must not refill every bucket.
  const quotas = options.quotas === 'off' ? undefined : (options.quotas ?? (config.mode === 'local' ? createRequestQuotas() : undefined));
  const log: AppLogger = options.log ?? console;
  const database = options.database;
  const plainStores = options.stores ?? (database ? createCosmosStores(database) : undefined);
  if (!plainStores) throw new Error('createKoersApp needs a Cosmos database or stores');
  // Every write that can move someone on HR's progress board moves them, whichever use case wrote.
  const progressTracker = createProgressTracker({ stores: plainStores, clock });
  const stores = withProgressTracking(plainStores, progressTracker, (err, context) =>
    log.warn('progress board not updated; a rebuild of the round repairs it', { ...context, error: err instanceof Error ? err.name : 'unknown' }),
  );

  let publicApiUrl = config.apiUrl ? apiBase(config.apiUrl) : undefined;
  const localJwksUrl = () => {
    if (!publicApiUrl) {
      throw new Error('local JWKS URL unknown: call app.setPublicUrl(host.url) after startFunctionsHost');
    }
    return `${publicApiUrl}/dev/jwks`;
  };

  const validator = createTokenValidator({
    clientId: config.auth.clientId,
    keys: { jwksUrl: config.auth.jwksUrl ?? localJwksUrl },
    // The clock the dev issuer mints with: a moved local clock must not make its tokens expired.
    now: () => clock.now(),
    isKnownTenant: knownTenantCache(stores, clock),
  });

  const devIssuer =
    config.mode === 'local'
      ? await loadOrCreateDevIssuer({ dataDir: options.dataDir ?? config.dataDir, clientId: config.auth.clientId, now: () => clock.now() })
      : undefined;


  const checkDatabase = database
    ? async () => {
        await database.read();
      }
    : async () => {
        await stores.organisations.listTenantIds();
      };

  // One object, read when a link is made: the tab's address may be known only after start (setTabUrl).
  const links: LinkTarget = { tabUrl: config.tabUrl ?? DEFAULT_LOCAL_TAB_URL, teamsAppId: config.teamsAppId };

  // One token source for every Graph adapter (its credentials cache the tokens), made on first use.
  let tokens: GraphTokenSource | undefined;
  const getToken = () => (tokens ??= graphTokenSource(config));

  const botAdapter = createBotAdapter(config.bot, log);
  // Every message Koers starts (notices, reminders, digests) leaves through one outbox: the
  // dispatcher's due index, sent under Teams' limits. Its leases and bundles live in their own
  // container, so it needs the database itself.
  const dispatch = database ? createDispatchStore(database) : undefined;
  const reminders: ReminderDispatcher | undefined = dispatch
    ? createReminderDispatcher({
        stores,
        dispatch,
        transport: createBotConnectorClient({ tokens: botTokenSource(config.bot) }),
        clock,
        links,
        // Someone who never opened Koers gets it installed first (Azure), so they still hear it.
        installer: appInstaller(config, stores, log, clock, getToken),
        ...activityFeedOption(config, options.activityFeed, log, getToken),
        log: { info: (message, fields) => log.warn(message, fields), warn: (message, fields) => log.warn(message, fields) },
      })
    : undefined;
  const outbox = createOutbox({ stores, clock, ...(reminders ? { dispatcher: reminders } : {}), log });
  const canvas = createCanvasService({ stores, clock, realtime: options.realtime ?? realtimeFromConfig(config), log });
  const calendar = options.calendar ?? defaultCalendar(config, stores, log, getToken, links);
  const booking = createBookingService({ stores, calendar, outbox, clock, links });
  // Wrapped so an employee's newly shared preparation reaches the open canvas live.
  const preparation = withPreparationBroadcast(createPreparationService({ stores, clock }), canvas);
  // Every write of a plan (re)schedules its goal and follow-up reminders in the due index.
  const pops = createPopService({
    stores,
    clock,
    // The other party hears of approvals and "hulp nodig" in their Teams chat, like booking news.
    outbox,
    renderAgreementsPdf: options.agreementsPdf ?? renderAgreementsPdf,
    ...(dispatch ? { afterWrite: goalReminderHook({ stores, dispatch, clock, log }) } : {}),
    log,
  });
  const portfolio = createPortfolioService({ stores, clock });
  // Azure reads the customer's Entra ID through Graph; local mode only what the caller supplies.
  const directory =
    options.directory ??
    (config.mode === 'azure'
      ? createGraphDirectory({ getToken: getToken(), appId: config.auth.clientId, log: (event, fields) => log.warn(`graph ${event}`, fields) })
      : undefined);
  // The works council's change log: one recorder for every use case that changes what the OR consented to.
  const recordChange = createChangeRecorder({ stores, clock });
  const changeLog = createChangeLogService({ stores });
  const directorySync = directory
    ? createDirectorySync({ stores, directory, clock, log: (event, fields) => log.warn(`directory ${event}`, fields), recordChange })
    : undefined;
  const spreadsheets = createSpreadsheets();
  const catalogue = createCatalogueService({ stores, spreadsheets, clock });
  const career = createCareerService({ stores, clock });
  const gesprekspartners = createGesprekspartnerService({ stores, spreadsheets, clock, recordChange });
  const onboarding = createOnboardingService({
    stores,
    ...(directory ? { directory } : {}),
    ...(directorySync ? { directorySync } : {}),
    clock,
    requiredPermissions: graphPermissions(),
    holidays: upcomingHolidays,
    recordChange,
  });
  const insight = createInsightService({ stores, clock });
  const rounds = createRoundService({
    stores,
    outbox,
    clock,
    // A closed round's anonymous insight is frozen once, so two moments can never be subtracted.
    onRoundClosed:
      options.onRoundClosed ??
      (async (round) => {
        await insight.captureRound(round);
      }),
    // "Plan ze allemaal tegelijk": the series planner reads both calendars and books through the ordinary booking.
    planning: options.roundPlanning ?? seriesRoundPlanning(createSeriesPlanner({ stores, calendar, clock, booking })),
    recordChange,
  });
  const templates = createTemplateService({ stores, clock, recordChange });
  const home = createHomeService({ stores, clock, portfolio });
  const people = createPeopleService({ stores, clock });
  const privacy = createPrivacyService({ stores, ...(dispatch ? { dispatch } : {}), clock });
  const erasure = database
    ? createErasureService({
        stores,
        erasure: createErasureStore(database),
        clock,
        // The erased person is not named: the line says that, when, why and by whom.
        onErased: ({ tenantId, actorId, reason, deleted, anonymised }) =>
          recordChange({ tenantId, kind: 'erasure', ...(actorId ? { actorId } : {}), details: { reason, deleted, anonymised } }),
        onRetentionChanged: ({ tenantId, actorId, from, to }) => recordChange({ tenantId, kind: 'retention-changed', actorId, details: { fromMonths: from, toMonths: to } }),
        // 0 years: the rule is off.
        onHeldConversationRetentionChanged: ({ tenantId, actorId, fromYears, toYears }) => recordChange({ tenantId, kind: 'retention-changed', actorId, details: { fromYears, toYears } }),
      })
    : undefined;

  // The bot records check-ins through the POP service and reads/snoozes the cards it sent through the dispatcher's store.
  const reminderPreferences = dispatch ? createReminderPreferencesService({ stores, dispatch, clock, log }) : undefined;
  const reminderCards = dispatch && reminderPreferences ? createReminderService({ stores, dispatch, clock, links, preferences: reminderPreferences }) : undefined;
  // The request's re-planning budget runs on the wall clock, never on a moved dev clock.
  const reminderDefaults = dispatch ? createReminderDefaultsService({ stores, dispatch, clock, log }, { elapsed: () => performance.now(), recordChange }) : undefined;
  const bot = new KoersBot({
    references: stores.conversationReferences,
    clock,
    booking,
    preparation,
    pops,
    links,
    people: stores.people,
    peopleService: people,
    roleAssignments: stores.roleAssignments,
    rounds,
    log,
    ...(reminderCards ? { reminders: reminderCards } : {}),
  });
  const botHandler: HttpHandler = createBotEndpoint({ bot, adapter: botAdapter, anonymous: !config.bot.appId }).handler;

  return {
    services: {
      mode: config.mode,
      stores,
      validator,
      clock,
      devIssuer,
      ...(config.mode === 'local' && options.devDirectory ? { devDirectory: options.devDirectory } : {}),
      ...(config.mode === 'local' && options.devActivityFeed ? { devActivityFeed: options.devActivityFeed } : {}),
      ...(devClock ? { devClock } : {}),
      ...(quotas ? { quotas } : {}),
      checkDatabase,
      botHandler,
      booking,
      preparation,
      canvas,
      pops,
      portfolio,
      people,
      home,
      privacy,
      ...(erasure ? { erasure } : {}),
      changeLog,
      reminders,
      ...(directorySync ? { directorySync } : {}),
      ...(reminderPreferences ? { reminderPreferences } : {}),
      ...(reminderDefaults ? { reminderDefaults } : {}),
      catalogue,
      career,
      gesprekspartners,
      onboarding,
      appClientId: config.auth.clientId,
      progress: createProgressService({ stores, clock }),
      progressTracker,
      rounds,
      followUps: { runDaily: () => runFollowUpDay(stores, { clock, outbox, booking, log }) },
      templates,
      insight,
    },
    setPublicUrl: (url) => {
      publicApiUrl = apiBase(url);
    },
    setTabUrl: (url) => {
      if (!config.tabUrl) links.tabUrl = url.replace(/\/+$/, '');
    },
  };
}

export async function createKoersApp(options: KoersAppOptions): Promise<KoersApp> {
  const { services, setPublicUrl, setTabUrl } = await createServices(options);
  const { config } = options;
  return {
    table: buildTable(config.mode, services),
    stores: services.stores,
    ...(services.directorySync ? { directorySync: services.directorySync } : {}),
    corsOrigins: config.corsOrigins,
    setPublicUrl,
    setTabUrl,
    // Nothing to release yet: the database client belongs to the caller. Kept so callers need not
    // change when an adapter with its own connections (Web PubSub) arrives.
    close: async () => undefined,
  };
}
