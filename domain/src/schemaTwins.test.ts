import type { z } from 'zod';
import { CanvasGuidance } from './canvas/canvas';
import { initialGuidance, nextGuidance, type GuidanceChange, type GuidanceState } from './canvas/guidance';
import type { LocalizedText } from './i18n/localizedText';
import type { LocalizedTextValue } from './i18n/localizedTextValue';
import { KOERSKAART_VARIANTS } from './koerskaart/sections';
import { PrepQuestion } from './preparation';
import { PREP_QUESTIONS, type PrepQuestion as PlainPrepQuestion } from './preparationQuestions';

/**
 * The Koerskaart's board runs on plain twins of some schemas (the tab loads zod only after it
 * shows). A twin must keep its schema's shape: these lines compile only while each pair is the same
 * type (optional fields included), so a field added to one and not the other fails the type check.
 */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const sameShapes: [
  Same<z.infer<typeof CanvasGuidance>, GuidanceState>,
  Same<z.infer<typeof PrepQuestion>, PlainPrepQuestion>,
  Same<z.infer<typeof LocalizedText>, LocalizedTextValue>,
] = [true, true, true];

describe('the plain twins of the schemas the Koerskaart board uses', () => {
  it('are the same types as their schemas', () => {
    expect(sameShapes).toEqual([true, true, true]);
  });

  it('make only what their schemas accept', () => {
    for (const question of PREP_QUESTIONS) expect(PrepQuestion.safeParse(question).error).toBeUndefined();
    const changes: GuidanceChange[] = [{ phase: 'voorstellen' }, { timeboxMinutes: { voorstellen: 20 } }, { variant: 'langer-werken', phase: 'afspraken' }];
    for (const variant of KOERSKAART_VARIANTS) {
      let guidance = initialGuidance(variant);
      expect(CanvasGuidance.safeParse(guidance).error).toBeUndefined();
      for (const change of changes) {
        guidance = nextGuidance(guidance, change, '8a1f0c2e-5b7d-4e3a-9c61-2f4b8d0e7a13', '2026-12-05T10:00:00.000Z');
        expect(CanvasGuidance.safeParse(guidance).error).toBeUndefined();
      }
    }
  });
});
