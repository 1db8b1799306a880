import { RoundPlanConfirmInput, type Actor, type LinkTarget, type RoundPlanConfirmResponse, type RoundPlanResponse } from '@koers/domain';
import { toLocale } from '@koers/texts';
import { RoundConfirmData, RoundShowData } from '../cards/actions';
import { chatTranslator } from '../cards/chatText';
import { roundPlanCard } from '../cards/rounds';
import { refusalText } from './actor';
import { say, show, type Reply } from './reply';

/** The round's planning as the bot reaches it (app/src/rounds, the same use cases as the tab's page). */
export interface RoundPlanningPort {
  planAll(actor: Actor, roundId: string): Promise<RoundPlanResponse>;
  confirmPlan(actor: Actor, roundId: string, input: RoundPlanConfirmInput): Promise<RoundPlanConfirmResponse>;
}

export interface RoundFlowDeps {
  rounds?: RoundPlanningPort;
  links: LinkTarget;
}

/**
 * The round card's buttons in chat: "Voorstellen hier tonen" answers with a time for each member,
 * and "Alles bevestigen" books exactly those; the card then shows who is planned, and for a time
 * taken in between the reason and the new proposal.
 */
export class RoundFlow {
  constructor(private readonly deps: RoundFlowDeps) {}

  async act(actor: Actor, step: 'show' | 'confirm', data: unknown, locale: string | undefined): Promise<Reply | undefined> {
    const { rounds } = this.deps;
    if (!rounds) return say(chatTranslator(toLocale(locale))('bot.round.useTab'));
    if (step === 'show') {
      const parsed = RoundShowData.safeParse(data);
      return parsed.success ? show(roundPlanCard(await rounds.planAll(actor, parsed.data.roundId), { locale: locale ?? 'nl-NL' }, this.deps.links)) : undefined;
    }
    const parsed = RoundConfirmData.safeParse(data);
    if (!parsed.success) return undefined;
    const input = RoundPlanConfirmInput.safeParse({ bookings: safeJson(parsed.data.bookings) });
    if (!input.success) return undefined;
    const t = chatTranslator(toLocale(locale));
    const { results } = await rounds.confirmPlan(actor, parsed.data.roundId, input.data);
    const refused = new Map(results.flatMap((r) => (r.ok ? [] : [[r.employeeId, r.error === 'slot-unavailable' || r.error === 'slot-too-soon' || r.error === 'slot-short-notice' ? refusalText(t, r.error) : t('bot.error')] as const])));
    // Read again: the booked ones show as planned, a refused one with its new proposal.
    const plan = await rounds.planAll(actor, parsed.data.roundId);
    return show(roundPlanCard(plan, { locale: locale ?? 'nl-NL' }, this.deps.links, { booked: results.filter((r) => r.ok).length, refused }));
  }
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}
