import { z } from 'zod';
import { Guid } from './people';

export const ConversationStatus = z.enum(['concept', 'gepland', 'gehouden', 'geannuleerd']);
export type ConversationStatus = z.infer<typeof ConversationStatus>;

export const ConversationKind = z.enum(['loopbaangesprek', 'vervolggesprek', 'langer-werken']);
export type ConversationKind = z.infer<typeof ConversationKind>;

export const IsoDateTime = z.string().datetime({ offset: true });

/** A career conversation between an employee and their manager. */
export const Conversation = z.object({
  id: z.string().min(1).max(100),
  tenantId: Guid,
  employeeId: Guid,
  managerId: Guid,
  kind: ConversationKind,
  status: ConversationStatus,
  /** UTC instants; absent while not yet planned. */
  start: IsoDateTime.optional(),
  end: IsoDateTime.optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Conversation = z.infer<typeof Conversation>;
