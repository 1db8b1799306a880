import { z } from 'zod';

/** A catalogue entry's id: a slug HR chooses (or the import derives from names). */
export const CatalogueId = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'kleine letters, cijfers en streepjes');
export type CatalogueId = z.infer<typeof CatalogueId>;
