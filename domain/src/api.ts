import { z } from 'zod';
import { Guid, Role } from './people';

/**
 * A person as colleagues may see them: the use cases' results carry it, the bot shows it, and the
 * API's contracts (@koers/contracts) answer with it.
 */

export const PersonSummary = z.object({
  id: Guid,
  displayName: z.string(),
  email: z.string(),
  jobTitle: z.string().optional(),
  roles: z.array(Role),
  managerId: Guid.optional(),
});
export type PersonSummary = z.infer<typeof PersonSummary>;
