import { z } from 'zod';
import { Guid } from './people';

/**
 * A person as colleagues may see them: the use cases' results carry it, the bot shows it, and the
 * API's contracts (@koers/contracts) answer with it. No roles: they are granted to the signed-in
 * person (actor.ts), and GET /me reports only theirs.
 */

export const PersonSummary = z.object({
  id: Guid,
  displayName: z.string(),
  email: z.string(),
  jobTitle: z.string().optional(),
  managerId: Guid.optional(),
});
export type PersonSummary = z.infer<typeof PersonSummary>;
