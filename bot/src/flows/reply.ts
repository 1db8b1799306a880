import type { AdaptiveCard } from '../cards/adaptiveCard';

/**
 * What a flow answers, free of any bot SDK: koersBot.ts turns it into botbuilder activities and
 * invoke responses, so swapping botbuilder for the Agents SDK touches only that file and
 * proactive.ts.
 */
export type Reply = { kind: 'text'; text: string } | { kind: 'card'; card: AdaptiveCard };

export const say = (text: string): Reply => ({ kind: 'text', text });
export const show = (card: AdaptiveCard): Reply => ({ kind: 'card', card });

/** Who is talking, as Teams tells it. */
export interface Speaker {
  tenantId: string | undefined;
  userId: string | undefined;
  /**
   * The language to answer in: the person's own (personLocale) once KoersBot has looked them up;
   * the Teams client's ("nl-NL", "en-US") only for someone Koers does not know.
   */
  locale: string | undefined;
}
