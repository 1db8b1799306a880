/**
 * Every Microsoft Graph call Koers makes, app-only, with the application permission it needs (the
 * least privileged one Microsoft documents for it). aad.manifest.json asks for exactly these
 * permissions and the deployment guide's table lists them: permissions.test.ts holds the calls
 * against the adapters' code, tests/agentsToolkit.test.ts the permissions against the manifest and
 * the guide.
 */

export interface GraphCall {
  method: 'GET' | 'POST' | 'PATCH';
  /** As Microsoft documents it. */
  path: string;
  /** Matches the request path (below /v1.0) the adapter sends. */
  pattern: RegExp;
  permission: string;
  /** The adapter that makes it (below functions/src), and a piece of its code naming the call. */
  file: string;
  marker: string;
}

export const GRAPH_CALLS: readonly GraphCall[] = [
  {
    method: 'POST',
    path: '/users/{id}/calendar/getSchedule',
    pattern: /^\/users\/[^/]+\/calendar\/getSchedule$/,
    permission: 'Calendars.ReadWrite',
    file: 'calendar/graphCalendar.ts',
    marker: '/calendar/getSchedule',
  },
  { method: 'POST', path: '/users/{id}/events', pattern: /^\/users\/[^/]+\/events$/, permission: 'Calendars.ReadWrite', file: 'calendar/graphCalendar.ts', marker: '/events`).post(' },
  { method: 'PATCH', path: '/users/{id}/events/{id}', pattern: /^\/users\/[^/]+\/events\/[^/]+$/, permission: 'Calendars.ReadWrite', file: 'calendar/graphCalendar.ts', marker: '.patch(' },
  {
    method: 'POST',
    path: '/users/{id}/events/{id}/cancel',
    pattern: /^\/users\/[^/]+\/events\/[^/]+\/cancel$/,
    permission: 'Calendars.ReadWrite',
    file: 'calendar/graphCalendar.ts',
    marker: '/cancel`',
  },
  {
    method: 'GET',
    path: "/users/{id}/onlineMeetings?$filter=JoinWebUrl eq '{joinWebUrl}'",
    pattern: /^\/users\/[^/]+\/onlineMeetings$/,
    permission: 'OnlineMeetings.ReadWrite.All',
    file: 'calendar/graphCalendar.ts',
    marker: '/onlineMeetings`)',
  },
  {
    method: 'PATCH',
    path: '/users/{id}/onlineMeetings/{id}',
    pattern: /^\/users\/[^/]+\/onlineMeetings\/[^/]+$/,
    permission: 'OnlineMeetings.ReadWrite.All',
    file: 'calendar/graphCalendar.ts',
    marker: '.patch(CONFIDENTIAL_MEETING_SETTINGS)',
  },
  { method: 'GET', path: '/appCatalogs/teamsApps', pattern: /^\/appCatalogs\/teamsApps$/, permission: 'AppCatalog.Read.All', file: 'graph/appInstaller.ts', marker: "'/appCatalogs/teamsApps'" },
  {
    method: 'POST',
    path: '/users/{id}/teamwork/installedApps',
    pattern: /^\/users\/[^/]+\/teamwork\/installedApps$/,
    permission: 'TeamsAppInstallation.ReadWriteSelfForUser.All',
    file: 'graph/appInstaller.ts',
    marker: '/teamwork/installedApps',
  },
  {
    method: 'GET',
    path: '/users/{id}/teamwork/installedApps/{id}/chat',
    pattern: /^\/users\/[^/]+\/teamwork\/installedApps\/[^/]+\/chat$/,
    permission: 'TeamsAppInstallation.ReadWriteSelfForUser.All',
    file: 'graph/appInstaller.ts',
    marker: '/chat`',
  },
  {
    method: 'POST',
    path: '/users/{id}/teamwork/sendActivityNotification',
    pattern: /^\/users\/[^/]+\/teamwork\/sendActivityNotification$/,
    permission: 'TeamsActivity.Send',
    file: 'graph/activityFeed.ts',
    marker: '/teamwork/sendActivityNotification`',
  },
  { method: 'GET', path: '/users/delta', pattern: /^\/users\/delta$/, permission: 'User.Read.All', file: 'graph/directory.ts', marker: "'/users/delta'" },
  { method: 'GET', path: '/users/{id}', pattern: /^\/users\/[^/]+$/, permission: 'User.Read.All', file: 'graph/directory.ts', marker: '`/users/${segment(id)}?${query}`' },
  {
    method: 'GET',
    path: '/users/{id}/mailboxSettings',
    pattern: /^\/users\/[^/]+\/mailboxSettings$/,
    permission: 'MailboxSettings.Read',
    file: 'graph/directory.ts',
    marker: '/mailboxSettings`',
  },
  {
    method: 'GET',
    path: "/servicePrincipals(appId='{appId}')",
    pattern: /^\/servicePrincipals\(appId='[^']+'\)$/,
    permission: 'Application.Read.All',
    file: 'graph/directory.ts',
    marker: '/servicePrincipals(appId=',
  },
  {
    method: 'GET',
    path: '/servicePrincipals/{id}/appRoleAssignments',
    pattern: /^\/servicePrincipals\/[^/]+\/appRoleAssignments$/,
    permission: 'Application.Read.All',
    file: 'graph/directory.ts',
    marker: '/appRoleAssignments`',
  },
  {
    method: 'GET',
    path: '/servicePrincipals/{id}/appRoleAssignedTo',
    pattern: /^\/servicePrincipals\/[^/]+\/appRoleAssignedTo$/,
    permission: 'Application.Read.All',
    file: 'graph/directory.ts',
    marker: '/appRoleAssignedTo`',
  },
  {
    method: 'GET',
    path: '/groups/{id}/members/microsoft.graph.user',
    pattern: /^\/groups\/[^/]+\/members\/microsoft\.graph\.user$/,
    permission: 'GroupMember.Read.All',
    file: 'graph/directory.ts',
    marker: "'members'",
  },
  {
    method: 'GET',
    path: '/groups/{id}/transitiveMembers/microsoft.graph.user',
    pattern: /^\/groups\/[^/]+\/transitiveMembers\/microsoft\.graph\.user$/,
    permission: 'GroupMember.Read.All',
    file: 'graph/directory.ts',
    marker: "'transitiveMembers'",
  },
];

/** JSON batching carries the calls above; it needs no permission of its own. */
export const GRAPH_BATCH_PATH = '/$batch';

/** The application permissions the calls need, sorted: aad.manifest.json's list. */
export function graphPermissions(): string[] {
  return [...new Set(GRAPH_CALLS.map((c) => c.permission))].sort();
}
