import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import { Guid } from '../people';
import { CatalogueId } from '../catalogue/schema';

/**
 * The talent pool: an employee's own "ik heb interesse in de functie X / doorgroeien naar Y",
 * with their choice whether HR may see it by name. Without that choice HR only ever sees it as
 * part of an anonymous count in a closed round's insight. It is personal data: it is in the
 * employee's export (Mijn gegevens).
 */

export const TALENT_WISHES = ['interesse', 'doorgroeien'] as const;
export const TalentWish = z.enum(TALENT_WISHES);
export type TalentWish = z.infer<typeof TalentWish>;

export const MAX_TALENT_INTERESTS = 5;

export const TalentInterestItem = z
  .object({
    functionId: CatalogueId,
    wish: TalentWish,
  })
  .strict();
export type TalentInterestItem = z.infer<typeof TalentInterestItem>;

export const TalentProfile = z
  .object({
    tenantId: Guid,
    /** The employee's id: one profile each. */
    id: Guid,
    interests: z
      .array(TalentInterestItem)
      .max(MAX_TALENT_INTERESTS)
      .refine((items) => new Set(items.map((i) => i.functionId)).size === items.length, { message: 'elke functie één keer' }),
    /** HR may see this by name; false: only in anonymous counts. */
    showName: z.boolean(),
    updatedAt: IsoDateTime,
  })
  .strict();
export type TalentProfile = z.infer<typeof TalentProfile>;

/** What the employee sends from their own page. */
export const SaveTalentProfileRequest = TalentProfile.pick({ interests: true, showName: true }).strict();
export type SaveTalentProfileRequest = z.infer<typeof SaveTalentProfileRequest>;
