import type { SectionId } from '../koerskaart';
import type { GoalKind, GoalRoute } from './schema';

/**
 * The kind and route a goal drafted from a Koerskaart card starts with, read from the card's
 * section and its words. Development is not only a course: "meelopen met de planning" is a
 * meeloop agreement, "coaching door Ahmed" coaching, "andere baan zoeken" mobility. The two people
 * still choose in the editor; this only spares them correcting a wrong default on every goal.
 */

/** Where nothing in the words says otherwise: the most common agreement, a deepening course. */
export const DEFAULT_GOAL_KIND: GoalKind = 'verdiepen';
export const DEFAULT_GOAL_ROUTE: GoalRoute = 'opleiding';

interface Phrasing<T> {
  /** Matched against the card's text in lower case, diacritics removed, on word starts. */
  words: RegExp;
  value: T;
}

/**
 * Routes, most specific first: "coaching door een collega" before "coaching", "meelopen" before
 * "opleiding" (a "meeloopdag als opleiding" is a meeloop agreement).
 */
export const ROUTE_PHRASINGS: readonly Phrasing<GoalRoute>[] = [
  { words: /\b(meeloop|meelopen|loop\w*( [\w-]+){0,5} mee\b|mee te lopen|schaduw|shadow)/, value: 'meelopen' },
  { words: /\b(coach\w*|mentor\w*|buddy|begeleid\w*)\b.*\b(collega|teamgenoot|ervaren)|\b(collega|teamgenoot)\b.*\b(coach\w*|mentor\w*|begeleid\w*)|\b(mentor\w*|buddy)/, value: 'coaching-collega' },
  { words: /\b(coach\w*|intervisie)/, value: 'coaching-leidinggevende' },
  { words: /\b(jobcraft\w*|job craft\w*|functie naar (je|mijn) hand|eigen invulling)/, value: 'jobcrafting' },
  { words: /\b(rotatie|roteren|wissel\w* van (afdeling|functie|team|taken)|taakroulatie|jobrotat\w*)/, value: 'rotatie' },
  { words: /\b(remotie|stap terug|minder verantwoordelijkheid|lichtere functie)/, value: 'remotie' },
  { words: /\b(buiten de organisatie|andere werkgever|ander bedrijf|detacher\w*|outplacement|elders aan de slag|andere baan)/, value: 'extern' },
  { words: /\b(taakuitbreid\w*|extra taken|erbij nemen|verantwoordelijk (voor|worden)|neemt? .{0,40}over|project(leider|leiding)? (oppakken|trekken)|trekker|aanspreekpunt)/, value: 'taakuitbreiding' },
  { words: /\b(cursus\w*|opleiding\w*|training\w*|certifica\w*|diploma\w*|studie\w*|leergang\w*|workshop\w*|e-learning|vca|bijscholing|scholing|mbo|hbo|post-?hbo|master\w*|bachelor\w*|examen\w*)/, value: 'opleiding' },
];

/** Kinds: what the words say the development is for; the section says it for vitality. */
export const KIND_PHRASINGS: readonly Phrasing<GoalKind>[] = [
  { words: /\b(vitali\w*|gezond\w*|energie|belastbaar\w*|minder uren|uren verminder\w*|duurzaam inzetbaar\w*|werkdruk|ontzie\w*|balans|pensioen)/, value: 'vitaliteit' },
  { words: /\b(buiten de organisatie|andere werkgever|ander bedrijf|detacher\w*|outplacement|andere baan|andere functie|overstap\w*|mobiliteit|remotie|stap terug)/, value: 'mobiliteit' },
  { words: /\b(doorgroei\w*|doorstro\w*|promotie|leidinggevende worden|teamleider|senior|volgende stap|hogere functie|groei\w* naar)/, value: 'doorgroeien' },
  { words: /\b(verbred\w*|breder|nieuwe taken|andere taken|ander vak|andere afdeling)/, value: 'verbreden' },
];

/** Where the words name no kind, the route implies one: seeing other work broadens, leaving is mobility. */
const KIND_BY_ROUTE: Partial<Record<GoalRoute, GoalKind>> = {
  meelopen: 'verbreden',
  rotatie: 'verbreden',
  taakuitbreiding: 'verbreden',
  extern: 'mobiliteit',
  remotie: 'mobiliteit',
};

/** Lower case, no diacritics, one space between words: "Meelopen  met Sanne's team" → "meelopen met sanne's team". */
export function normaliseWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function firstMatch<T>(phrasings: readonly Phrasing<T>[], words: string): T | undefined {
  return phrasings.find((p) => p.words.test(words))?.value;
}

/** The section a card sat in, where it decides the kind by itself (the senior employee's vitality). */
const KIND_BY_SECTION: Partial<Record<SectionId, GoalKind>> = { vitaliteit: 'vitaliteit' };

/** The kind and route for a goal drafted from a card with this text, in this section. */
export function goalKindAndRoute(card: { section: SectionId; text: string }): { kind: GoalKind; route: GoalRoute } {
  const words = normaliseWords(card.text);
  const route = firstMatch(ROUTE_PHRASINGS, words) ?? DEFAULT_GOAL_ROUTE;
  const kind = KIND_BY_SECTION[card.section] ?? firstMatch(KIND_PHRASINGS, words) ?? KIND_BY_ROUTE[route] ?? DEFAULT_GOAL_KIND;
  return { kind, route };
}
