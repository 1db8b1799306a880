/** The calendar port's adapters: Microsoft Graph in Azure, the seeded Cosmos calendar locally. */
export { createGraphCalendar, GRAPH_BASE_URL, MAX_SCHEDULES_PER_CALL, type CalendarLog, type GraphCalendarOptions } from './graphCalendar';
export { type Sleep } from '../graph/graphHttp';
export { clientSecretTokenSource, GRAPH_SCOPE, managedIdentityTokenSource, tokenSourceFromCredentials, type GraphTokenSource } from '../graph/graphToken';
export { createLocalCalendar, localEventId, type LocalCalendarOptions } from './localCalendar';
export { toIcs, type IcsMeeting, type IcsParty } from './ics';
