import { CanvasOperation, CanvasRealtimeMessage } from '@koers/domain';
import { z } from 'zod';
import type { OutboxStore } from './outbox';

/**
 * What the Koerskaart's session validates of what reaches it from outside its own code: the
 * outbox a previous page left in storage and the frames of the live channel. Its own module, with
 * zod and the canvas schemas, so the board can show without them: the session fetches it as the
 * live channel starts (canvasSession.ts), and the page waits for it only when storage holds an
 * outbox to restore.
 */

const StoredOutbox = z.array(CanvasOperation).max(5000);

/** What a previous page left unsent; unreadable or tampered storage counts as empty. */
export function readOutbox(storage: OutboxStore, key: string): CanvasOperation[] {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return [];
  }
  if (!raw) return [];
  try {
    const parsed = StoredOutbox.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

const ServerFrame = z.object({
  type: z.string(),
  event: z.string().optional(),
  from: z.string().optional(),
  fromUserId: z.string().optional(),
  data: z.unknown().optional(),
});
export type ServerFrame = z.infer<typeof ServerFrame>;

/** A Web PubSub frame as the service sends it, or undefined for anything else. */
export function parseServerFrame(raw: string): ServerFrame | undefined {
  try {
    const parsed = ServerFrame.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A message of the canvas' group (changes, presence, preparation, lock), or undefined. */
export function parseRealtimeMessage(data: unknown): CanvasRealtimeMessage | undefined {
  const message = CanvasRealtimeMessage.safeParse(data);
  return message.success ? message.data : undefined;
}
