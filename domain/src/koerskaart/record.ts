import type { KoerskaartState } from './schema';
import { fieldsOf, type CardKind, type FieldName, type KoerskaartVariant, type PhaseId, type SectionId } from './sections';
import { cardTexts } from './text';
import { cardsInSection, shownSectionIdsByPhase } from './view';

/** One written card of a held conversation: who wrote it and what it says, field by field. */
export interface RecordCard {
  id: string;
  kind: CardKind;
  authorId: string;
  fields: { field: FieldName; text: string }[];
}

export interface RecordPhase {
  phase: PhaseId;
  sections: { section: SectionId; cards: RecordCard[] }[];
}

/**
 * The Koerskaart as the record of a held conversation: the phases in conversation order, each
 * with only the sections that hold writing, each card with its non-empty fields. Empty cards
 * and sections are left out — a record shows what was said, not the form it was said on.
 */
export function canvasRecord(state: KoerskaartState, variant: KoerskaartVariant): RecordPhase[] {
  const byPhase = shownSectionIdsByPhase(state, variant);
  return (Object.keys(byPhase) as PhaseId[])
    .map((phase) => ({
      phase,
      sections: byPhase[phase]
        .map((section) => ({
          section,
          cards: cardsInSection(state, section)
            .map((card) => {
              const texts = cardTexts(card);
              const fields = fieldsOf(card.kind)
                .map((field) => ({ field, text: texts[field].trim() }))
                .filter((f) => f.text !== '');
              return { id: card.id, kind: card.kind, authorId: card.authorId, fields };
            })
            .filter((card) => card.fields.length > 0),
        }))
        .filter((s) => s.cards.length > 0),
    }))
    .filter((p) => p.sections.length > 0);
}
