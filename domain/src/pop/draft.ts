import { cardsInSection, cardTexts, type CardLink, type KoerskaartState } from '../koerskaart';
import { goalKindAndRoute } from './goalKind';
import { MAX_GOALS, MAX_LONG_TEXT, MAX_SHORT_TEXT, type PopGoalInput } from './schema';

/**
 * Version 1 of a plan drafted from the Koerskaart: one goal per card in the "Afspraken" section
 * (the conversation's third phase), in the order the two people put them. Only the title is filled
 * in (the card's text, shortened to fit; a longer text is kept whole in `wat`), and the kind and
 * route the card's words speak of (./goalKind.ts). Everything SMART stays empty on purpose, so the
 * SMART check shows the two of them what is left to agree. A card made from "Mogelijke stappen"
 * carries its target function and learning item into the goal, as `linkOf` resolves them against
 * the organisation's catalogue (a link the catalogue no longer has is left out).
 */

export type CardLinkResolver = (link: CardLink) => Pick<PopGoalInput, 'targetFunctionId' | 'targetFunctionName' | 'learning'> & { kind?: PopGoalInput['kind'] };

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function draftGoalsFromAgreements(state: KoerskaartState, linkOf?: CardLinkResolver): PopGoalInput[] {
  const goals: PopGoalInput[] = [];
  for (const card of cardsInSection(state, 'afspraken')) {
    const text = cardTexts(card).text.trim();
    if (text === '') continue;
    const oneLine = text.replace(/\s+/g, ' ');
    const title = shorten(oneLine, MAX_SHORT_TEXT);
    goals.push({
      id: card.id,
      title,
      ...goalKindAndRoute({ section: card.place.section, text }),
      ...(title !== oneLine ? { wat: shorten(text, MAX_LONG_TEXT) } : {}),
      ...(card.link && linkOf ? linkOf(card.link) : {}),
    });
    if (goals.length === MAX_GOALS) break;
  }
  return goals;
}
