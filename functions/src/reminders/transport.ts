import type { SendFailure } from '@koers/domain';
import { z } from 'zod';

/**
 * The thin port the dispatcher sends through: one activity into one stored conversation. The
 * production implementation is botConnector/connectorClient.ts (Koers' own REST client); tests
 * point the same implementation at a local stand-in of the Bot Connector.
 */
export interface ReminderTransport {
  send(reference: ProactiveReference, activity: ReminderActivity): Promise<{ activityId?: string }>;
}

/** What the dispatcher needs from a stored conversation reference; the rest is passed on untouched. */
export const ProactiveReference = z.looseObject({
  serviceUrl: z.string().url().max(2000),
  conversation: z.looseObject({ id: z.string().min(1).max(1000) }),
});
export type ProactiveReference = z.infer<typeof ProactiveReference>;

export interface ReminderActivity {
  type: 'message';
  summary?: string;
  text?: string;
  attachments: { contentType: string; content: unknown }[];
}

/** A send that did not succeed: the status code (or `network`), and the server's Retry-After. */
export class TransportError extends Error {
  constructor(
    readonly failure: SendFailure,
    readonly retryAfterMs?: number,
  ) {
    super(`send failed: ${failure}`);
    this.name = 'TransportError';
  }
}
