import { z } from 'zod';
import { graphErrorBody } from './graphErrors';
import { answer, startHttpsStandIn, type Answer, type HttpsStandIn, type RecordedRequest } from './httpsStandIn';

/**
 * A local HTTPS stand-in for the Graph calls of proactive installation, written from Microsoft's
 * documentation (microsoft-graph-docs-contrib api-reference/v1.0, and the Teams platform page
 * "Send proactive installation messages"), not from the installer:
 *
 * - appcatalogs-list-teamsapps.md: GET /appCatalogs/teamsApps?$filter=externalId eq '{manifest id}'
 *   → 200 { value: [teamsApp] }, the catalog id differing from the manifest id (organization apps).
 * - userteamwork-post-installedapps.md: POST /users/{id}/teamwork/installedApps with exactly
 *   { "teamsApp@odata.bind": "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{id}" },
 *   Content-Type application/json → 201 Created with no body; 409 Conflict when installed already.
 * - userteamwork-list-installedapps.md: GET …/installedApps?$expand=teamsApp&$filter=teamsApp/id eq '{id}'
 *   → 200 { value: [teamsAppInstallation with teamsApp] } (empty when not installed).
 * - userscopeteamsappinstallation-get-chat.md: GET …/installedApps/{installation id}/chat → 200 chat { id }.
 */

/** The one property the install request body has (and nothing else). */
export const InstallAppRequestDoc = z.strictObject({
  'teamsApp@odata.bind': z.string().regex(/^https:\/\/graph\.microsoft\.com\/v1\.0\/appCatalogs\/teamsApps\/[^/]+$/, 'a teamsApps URL of the v1.0 catalog'),
});

export interface CatalogApp {
  /** The catalog's generated id. */
  id: string;
  /** The manifest id. */
  externalId: string;
  displayName: string;
}

export interface TeamsStandIn extends Pick<HttpsStandIn, 'baseUrl' | 'ca' | 'requests' | 'violations' | 'script' | 'close'> {
  addApp(app: CatalogApp): void;
  addUser(userId: string): void;
  /** catalog app ids installed per user id. */
  installed: Map<string, Set<string>>;
  /** The chat id Graph answers for a user's installation. */
  chatIdOf(userId: string): string;
  reset(): void;
}

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The documented installation ids are base64 of "{user id}##{catalog app id}". */
function installationId(userId: string, appId: string): string {
  return Buffer.from(`${userId}##${appId}`).toString('base64');
}

export async function startTeamsStandIn(): Promise<TeamsStandIn> {
  const apps = new Map<string, CatalogApp>();
  const users = new Set<string>();
  const installed = new Map<string, Set<string>>();
  const chatIdOf = (userId: string) => `19:${userId}_28a1f0c2-0000-4000-8000-00000000b07a@unq.gbl.spaces`;
  const appResource = (app: CatalogApp) => ({ id: app.id, externalId: app.externalId, displayName: app.displayName, distributionMethod: 'organization' });

  function handle(request: RecordedRequest, server: HttpsStandIn): Answer {
    const { method, path, query, body } = request;
    const notFoundUser = () => answer(404, graphErrorBody('NotFound', 'The requested user could not be found.', 404));

    if (path === '/v1.0/appCatalogs/teamsApps' && method === 'GET') {
      const match = /^externalId eq '([^']+)'$/.exec(query['$filter'] ?? '');
      if (!match) {
        server.violations.push(`list teamsApps: $filter is ${query['$filter'] ?? 'missing'}, not externalId eq '…'`);
        return answer(400, graphErrorBody('BadRequest', 'Invalid filter clause.', 400));
      }
      const found = [...apps.values()].filter((a) => a.externalId === match[1]);
      return answer(200, { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#appCatalogs/teamsApps', value: found.map(appResource) });
    }

    let m = new RegExp(`^/v1\\.0/users/(${GUID})/teamwork/installedApps$`).exec(path);
    if (m && method === 'POST') {
      const request = server.check(InstallAppRequestDoc, body, 'install app body');
      if (!request) return answer(400, graphErrorBody('BadRequest', 'Invalid request.', 400));
      const userId = m[1]!;
      if (!users.has(userId)) return notFoundUser();
      const appId = decodeURIComponent(request['teamsApp@odata.bind'].split('/').pop()!);
      if (!apps.has(appId)) return answer(404, graphErrorBody('NotFound', 'The app could not be found in the catalog.', 404));
      const mine = installed.get(userId) ?? new Set<string>();
      if (mine.has(appId)) return answer(409, graphErrorBody('Conflict', 'App is already installed for this user.', 409));
      mine.add(appId);
      installed.set(userId, mine);
      return answer(201);
    }
    if (m && method === 'GET') {
      const userId = m[1]!;
      if (!users.has(userId)) return notFoundUser();
      const filter = /^teamsApp\/(id|externalId) eq '([^']+)'$/.exec(query['$filter'] ?? '');
      if (query['$expand'] !== 'teamsApp' || !filter) {
        server.violations.push(`list installedApps: expected $expand=teamsApp and a teamsApp filter, got ${JSON.stringify(query)}`);
        return answer(400, graphErrorBody('BadRequest', 'Invalid query.', 400));
      }
      const value = [...(installed.get(userId) ?? [])]
        .map((id) => apps.get(id)!)
        .filter((app) => (filter[1] === 'id' ? app.id : app.externalId) === filter[2])
        .map((app) => ({ id: installationId(userId, app.id), teamsApp: appResource(app) }));
      return answer(200, { '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users('${userId}')/teamwork/installedApps(teamsApp())`, value });
    }

    m = new RegExp(`^/v1\\.0/users/(${GUID})/teamwork/installedApps/([^/]+)/chat$`).exec(path);
    if (m && method === 'GET') {
      const userId = m[1]!;
      const [owner, appId] = Buffer.from(decodeURIComponent(m[2]!), 'base64').toString('utf8').split('##');
      if (owner !== userId || !appId || !installed.get(userId)?.has(appId)) {
        return answer(404, graphErrorBody('NotFound', 'The installation could not be found.', 404));
      }
      return answer(200, { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#chats/$entity', id: chatIdOf(userId) });
    }

    server.violations.push(`no such Graph call: ${method} ${path}`);
    return answer(400, graphErrorBody('BadRequest', 'Unsupported request.', 400));
  }

  const server = await startHttpsStandIn(handle);
  return {
    baseUrl: server.baseUrl,
    ca: server.ca,
    requests: server.requests,
    violations: server.violations,
    script: server.script,
    close: server.close,
    installed,
    chatIdOf,
    addApp: (app) => apps.set(app.id, app),
    addUser: (userId) => users.add(userId),
    reset() {
      server.reset();
      apps.clear();
      users.clear();
      installed.clear();
    },
  };
}
