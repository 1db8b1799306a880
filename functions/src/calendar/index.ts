/** The calendar port's Microsoft Graph adapter; the local calendar is in @koers/app. */
export { createGraphCalendar, GRAPH_BASE_URL, MAX_SCHEDULES_PER_CALL, type CalendarLog, type GraphCalendarOptions } from './graphCalendar';
export { type Sleep } from '../graph/graphHttp';
export { clientSecretTokenSource, GRAPH_SCOPE, managedIdentityTokenSource, tokenSourceFromCredentials, type GraphTokenSource } from '../graph/graphToken';
export { toIcs, type IcsMeeting, type IcsParty } from './ics';
