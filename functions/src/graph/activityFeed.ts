import type { ActivityFailure, ActivityFeedPort, ActivityNotification } from '@koers/domain';
import { createGraphClients, segment, type GraphClientOptions } from './graphClient';

/**
 * Teams activity feed notifications through Microsoft Graph: `POST /users/{id}/teamwork/
 * sendActivityNotification` (userteamwork-sendactivitynotification in the Graph docs), app-only
 * with the application permission TeamsActivity.Send. The body, as documented:
 *
 *   { topic: { source: 'text', value, webUrl }, activityType, previewText: { content },
 *     templateParameters: [{ name, value }] }
 *
 * `topic.source` is `text` because Koers' pages are tab routes, not Graph resources; Teams then
 * requires `webUrl`, the deep link into the tab. Graph answers 204 without a body. Teams delivers
 * only for an app installed for the person whose manifest declares the activity type and whose
 * webApplicationInfo.id is the app calling Graph; otherwise Graph refuses (403, or 404 for an
 * unknown person), and the caller falls back to the chat message. Throttling (429) and Graph's
 * own hiccups are retried by the shared client (graphClient.ts); what is still failing after that
 * is `unavailable`.
 */

export type GraphActivityFeedOptions = GraphClientOptions;

/** The documented request body. */
export function activityRequestBody(notification: ActivityNotification) {
  return {
    topic: { source: 'text' as const, value: notification.topic, webUrl: notification.webUrl },
    activityType: notification.activityType,
    previewText: { content: notification.previewText },
    templateParameters: notification.templateParameters.map((p) => ({ name: p.name, value: p.value })),
  };
}

export function createGraphActivityFeed(options: GraphActivityFeedOptions): ActivityFeedPort {
  const graph = createGraphClients(options);
  return {
    async send(tenantId, userId, notification) {
      const op = 'sendActivityNotification';
      try {
        await graph.clientFor(tenantId, op).api(`/users/${segment(userId)}/teamwork/sendActivityNotification`).post(activityRequestBody(notification));
        return { ok: true };
      } catch (err) {
        const failure = graph.classify(err, tenantId, op);
        if (failure instanceof Error) throw failure;
        const reasons: Record<typeof failure.kind, ActivityFailure> = {
          consent: 'forbidden',
          'not-found': 'unknown-person',
          unavailable: 'unavailable',
          conflict: 'refused',
          refused: 'refused',
        };
        const reason = reasons[failure.kind];
        graph.log('teams.activity-not-sent', { tenantId, userId, reason, ...('status' in failure ? { status: failure.status } : {}) });
        return { ok: false, failure: reason };
      }
    },
  };
}
