import type { TokenCredential } from '@azure/identity';
import { WebPubSubServiceClient } from '@azure/web-pubsub';
import type { RealtimePublisher } from '@koers/domain';

/**
 * The RealtimePublisher on Azure Web PubSub. The Functions app publishes each stored write to
 * the canvas' group; a tab gets a client URL whose token puts it in that group and the canvas'
 * presence group, and lets it send to the presence group only (json.webpubsub.azure.v1): no
 * client can publish a change, the service refuses it. Locally the same adapter talks to
 * the local host's stand-in (./localWebPubSub.ts), so this code path runs in every test.
 */
/** The hub infra/main.bicep configures (WEB_PUBSUB_HUB). */
export const WEB_PUBSUB_HUB = 'koerskaart';
export const CLIENT_TOKEN_MINUTES = 60;

export type WebPubSubSettings =
  | { connectionString: string; hub?: string; allowInsecureConnection?: boolean }
  | { endpoint: string; credential: TokenCredential; hub?: string };

export function createWebPubSubPublisher(settings: WebPubSubSettings): RealtimePublisher {
  const hub = settings.hub ?? WEB_PUBSUB_HUB;
  const client =
    'connectionString' in settings
      ? new WebPubSubServiceClient(settings.connectionString, hub, { allowInsecureConnection: settings.allowInsecureConnection })
      : new WebPubSubServiceClient(settings.endpoint, settings.credential, hub);
  return {
    publish: async (group, message) => {
      await client.group(group).sendToAll(message);
    },
    clientUrl: async ({ userId, group, presenceGroup }) => {
      const token = await client.getClientAccessToken({
        userId,
        groups: [group, presenceGroup],
        // Presence goes client to group; publishing changes or joining other groups is not allowed.
        roles: [`webpubsub.sendToGroup.${presenceGroup}`],
        expirationTimeInMinutes: CLIENT_TOKEN_MINUTES,
      });
      return token.url;
    },
  };
}
