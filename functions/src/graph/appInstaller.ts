import type { Client } from '@microsoft/microsoft-graph-client';
import type { AppInstaller } from '@koers/bot';
import type { ConversationReferenceStore } from '@koers/domain';
import { z } from 'zod';
import { createGraphClients, segment, type GraphClientOptions, type GraphFailure } from './graphClient';

/**
 * Installs Koers for a person who never opened it, so the bot can write to them (see
 * "Send proactive installation messages" in the Teams platform docs):
 *
 *   1. the app's id in the tenant's catalog: configured (a Teams Store app: the manifest id), or
 *      GET /appCatalogs/teamsApps?$filter=externalId eq '{manifest id}' once per tenant;
 *   2. POST /users/{id}/teamwork/installedApps with teamsApp@odata.bind (409: already installed);
 *   3. GET /users/{id}/teamwork/installedApps?$expand=teamsApp&$filter=teamsApp/id eq '{catalog id}'
 *      for the installation, then …/installedApps/{installation id}/chat for the 1:1 chat's id;
 *   4. a conversation reference to that chat, stored like the ones the bot stores itself. Teams
 *      also sends the bot an installation update, whose reference (last writer wins) replaces
 *      this one with the tenant's own serviceUrl.
 *
 * Permissions (application): TeamsAppInstallation.ReadWriteSelfForUser.All (install itself, read
 * its installation and chat) and, for the look-up, AppCatalog.Read.All. A 403 is logged with what
 * the admin must grant; the person then gets no chat message, and nothing else fails.
 */

/**
 * Where Teams takes proactive messages when no serviceUrl of the tenant is known yet (the public
 * cloud's well-known endpoint; the Agents SDK's TeamsServiceEndpoints.publicGlobal).
 */
export const TEAMS_PUBLIC_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';

export interface GraphAppInstallerOptions extends GraphClientOptions {
  /** The Teams app's manifest id (TEAMS_APP_ID). */
  teamsAppId: string;
  /** The app's id in the app catalog when known in advance (TEAMS_CATALOG_APP_ID); otherwise looked up per tenant. */
  catalogAppId?: string;
  /** The bot's Microsoft App ID: the reference names the bot as `28:{id}`. */
  botAppId: string;
  /** Default TEAMS_PUBLIC_SERVICE_URL. */
  serviceUrl?: string;
  references: ConversationReferenceStore;
  /** ISO time for the stored reference's updatedAt. */
  clock: { now(): Date };
}

// --- What Koers reads from Graph's answers (lenient: Graph may add properties at any time) ---

const TeamsAppList = z.object({ value: z.array(z.object({ id: z.string().min(1), externalId: z.string().nullish() })) });
const InstallationList = z.object({ value: z.array(z.object({ id: z.string().min(1), teamsApp: z.object({ id: z.string() }).nullish() })) });
const Chat = z.object({ id: z.string().min(1) });

/** Graph's error for the person's installation when the step could not be done. */
class InstallStepFailed extends Error {
  constructor(
    readonly step: Step,
    readonly failure: GraphFailure,
  ) {
    super(`Teams app installation: ${step} failed (${failure.kind})`);
  }
}

type Step = 'findCatalogApp' | 'installApp' | 'findInstallation' | 'getChat';

/** What the admin reads in the log: the permission to grant, in the words of the Entra admin center. */
const CONSENT_HELP: Record<Step, string> = {
  findCatalogApp:
    'Koers may not read the Teams app catalog. An admin grants the application permission AppCatalog.Read.All to the Koers app registration (Entra admin center → App registrations → Koers → API permissions → Grant admin consent), or sets TEAMS_CATALOG_APP_ID to the app\'s catalog id.',
  installApp:
    'Koers may not install itself for this person. An admin grants the application permission TeamsAppInstallation.ReadWriteSelfForUser.All to the Koers app registration (Entra admin center → App registrations → Koers → API permissions → Grant admin consent), and allows Koers in the Teams app permission policy.',
  findInstallation:
    'Koers may not read its own installation for this person. An admin grants the application permission TeamsAppInstallation.ReadWriteSelfForUser.All to the Koers app registration (Entra admin center → Grant admin consent).',
  getChat:
    'Koers may not read its own chat with this person. An admin grants the application permission TeamsAppInstallation.ReadWriteSelfForUser.All to the Koers app registration (Entra admin center → Grant admin consent).',
};

/** The id Graph gives the app in this tenant's catalog; undefined when the catalog has no such app. */
async function lookUpCatalogApp(client: Client, teamsAppId: string): Promise<string | undefined> {
  const answer = TeamsAppList.parse(await client.api('/appCatalogs/teamsApps').filter(`externalId eq '${teamsAppId.replace(/'/g, "''")}'`).get());
  return answer.value[0]?.id;
}

export function createGraphAppInstaller(options: GraphAppInstallerOptions): AppInstaller {
  const graph = createGraphClients(options);
  const log = graph.log;
  const serviceUrl = options.serviceUrl ?? TEAMS_PUBLIC_SERVICE_URL;
  /** Per tenant: the catalog id does not change while the app stays published. */
  const catalogIds = new Map<string, string>();

  async function step<T>(tenantId: string, name: Step, run: (client: Client) => Promise<T>): Promise<T> {
    try {
      return await run(graph.clientFor(tenantId, name));
    } catch (err) {
      const failure = graph.classify(err, tenantId, name);
      if (failure instanceof Error) throw failure;
      throw new InstallStepFailed(name, failure);
    }
  }

  async function catalogIdFor(tenantId: string): Promise<string | undefined> {
    if (options.catalogAppId) return options.catalogAppId;
    const known = catalogIds.get(tenantId);
    if (known) return known;
    const found = await step(tenantId, 'findCatalogApp', (client) => lookUpCatalogApp(client, options.teamsAppId));
    if (found) catalogIds.set(tenantId, found);
    return found;
  }

  async function install(tenantId: string, userId: string, catalogId: string): Promise<void> {
    const user = `/users/${segment(userId)}/teamwork/installedApps`;
    const bind = `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${segment(catalogId)}`;
    try {
      await step(tenantId, 'installApp', (client) => client.api(user).post({ 'teamsApp@odata.bind': bind }));
    } catch (err) {
      // 409: installed already (by the person, an admin's setup policy, or an earlier try). Fine.
      if (!(err instanceof InstallStepFailed && err.failure.kind === 'conflict')) throw err;
      log('teams.app-already-installed', { tenantId, userId });
    }
  }

  async function chatIdFor(tenantId: string, userId: string, catalogId: string): Promise<string | undefined> {
    const user = `/users/${segment(userId)}/teamwork/installedApps`;
    const installations = await step(tenantId, 'findInstallation', async (client) =>
      InstallationList.parse(await client.api(user).expand('teamsApp').filter(`teamsApp/id eq '${catalogId.replace(/'/g, "''")}'`).get()),
    );
    const installation = installations.value[0];
    if (!installation) return undefined;
    const chat = await step(tenantId, 'getChat', async (client) => Chat.parse(await client.api(`${user}/${segment(installation.id)}/chat`).get()));
    return chat.id;
  }

  return {
    async installFor(tenantId, userId) {
      try {
        const catalogId = await catalogIdFor(tenantId);
        if (!catalogId) {
          log('teams.admin-action', {
            tenantId,
            help: 'Koers is not in this tenant\'s Teams app catalog: an admin publishes it (Teams admin center → Manage apps → Upload) before Koers can install itself for people.',
          });
          return 'failed';
        }
        await install(tenantId, userId, catalogId);
        const chatId = await chatIdFor(tenantId, userId, catalogId);
        if (!chatId) {
          log('teams.chat-not-found', { tenantId, userId });
          return 'failed';
        }
        // Teams' own installation update may have been faster: its reference is the better one.
        if (!(await options.references.get(tenantId, userId))) {
          await options.references.upsert({
            id: userId,
            tenantId,
            reference: {
              channelId: 'msteams',
              serviceUrl,
              bot: { id: `28:${options.botAppId}` },
              user: { aadObjectId: userId },
              conversation: { id: chatId, conversationType: 'personal', tenantId, isGroup: false },
            },
            updatedAt: options.clock.now().toISOString(),
          });
        }
        log('teams.app-installed', { tenantId, userId });
        return 'installed';
      } catch (err) {
        if (!(err instanceof InstallStepFailed)) throw err;
        const { step: failedStep, failure } = err;
        if (failure.kind === 'consent') {
          log('teams.admin-action', { tenantId, op: failedStep, status: failure.status, help: CONSENT_HELP[failedStep] });
        } else {
          log('teams.install-failed', { tenantId, userId, op: failedStep, kind: failure.kind });
        }
        return 'failed';
      }
    },
  };
}
