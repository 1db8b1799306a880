import { z } from 'zod';
import { LocalizedText } from '../i18n/localizedText';
import { SectionId } from '../koerskaart/structure';

/** A section prompt written per language; absent = the board's own prompt for that section. */
export const SectionPrompts = z.partialRecord(SectionId, LocalizedText);
export type SectionPrompts = z.infer<typeof SectionPrompts>;
