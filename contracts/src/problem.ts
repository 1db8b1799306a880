import { z } from 'zod';

/** RFC 9457 problem details, with the message in both languages so any client can choose. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  messages: z.object({ nl: z.string(), en: z.string() }),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof Problem>;
