import { PREP_QUESTIONS } from '../preparation';
import type { TemplateRef } from './ref';
import type { TemplateContent } from './schema';

/**
 * The built-in Koers template: today's preparation questions, the board's own section prompts and
 * its own variant choice. It is not stored and cannot change; HR copies it to make their own.
 */
export const KOERS_STANDAARD_ID = 'koers-standaard';

export const KOERS_STANDAARD_REF: TemplateRef = { templateId: KOERS_STANDAARD_ID, version: 1 };

export const KOERS_STANDAARD: TemplateContent = {
  name: 'Koers-standaard',
  questions: [...PREP_QUESTIONS],
  sectionPrompts: {},
  variants: {},
};

export function isBuiltIn(ref: Pick<TemplateRef, 'templateId'>): boolean {
  return ref.templateId === KOERS_STANDAARD_ID;
}
