import { formatCivilDate, formatTimeRange, koersLink, type LinkTarget, type Person, type Round, type RoundNotice, type RoundPlanResponse } from '@koers/domain';
import { toLocale } from '@koers/texts';
import type { z } from 'zod';
import { say, show, type Reply } from '../flows/reply';
import { chatTranslator } from './chatText';
import { VERBS, type RoundConfirmData, type RoundShowData } from './actions';
import { adaptiveCard, heading, text, type AdaptiveCard, type CardAction } from './adaptiveCard';

/**
 * A round's chat messages (see domain reminders/notice.ts): the manager's card when HR starts a
 * round ("Plan de loopbaangesprekken met je 6 medewerkers vóór 31 maart") and the one bundled
 * nudge, each with a button to plan them all and a link to Koers; the employee's notice that they
 * may ask for their conversation. Written when the outbox sends them, from the stored round.
 */

export interface RoundCardFacts {
  round: Round;
  /** The manager's members to plan, exempt ones left out. */
  people: readonly Pick<Person, 'displayName'>[];
  partner?: Pick<Person, 'displayName'>;
}

/**
 * Where the button "plan them all at once" leads: the tab's page with a proposed time for each
 * member, confirmed all at once or one by one (tabs' `round-plan/<roundId>` route, which a Teams
 * deep link's subEntityId may carry).
 */
export function roundPlanLink(links: LinkTarget, roundId: string): string {
  return koersLink(links, `round-plan/${encodeURIComponent(roundId)}`);
}

function names(people: readonly Pick<Person, 'displayName'>[], locale: string): string {
  const list = people.map((p) => p.displayName);
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(list);
}

export function roundNoticeReplies(notice: RoundNotice, facts: RoundCardFacts, reader: { locale: string }, links: LinkTarget): Reply[] {
  const locale = toLocale(reader.locale);
  const t = chatTranslator(locale);
  const { round } = facts;
  const to = formatCivilDate(round.period.to, locale);
  if (notice.event === 'round-open') {
    if (!facts.partner) return [];
    return [say(t('bot.round.open', { round: round.name, type: round.conversationType, partner: facts.partner.displayName, to }))];
  }
  if (facts.people.length === 0) return [];
  const here: z.input<typeof RoundShowData> = { roundId: round.id };
  const actions: CardAction[] = [
    { type: 'Action.OpenUrl', title: t('bot.round.planAll'), url: roundPlanLink(links, round.id) },
    { type: 'Action.Execute', title: t('bot.round.showHere'), verb: VERBS.roundShow, data: here },
    { type: 'Action.OpenUrl', title: t('bot.round.openTab'), url: koersLink(links, 'home') },
  ];
  const plan = t('bot.round.plan', { count: facts.people.length, type: round.conversationType, date: to });
  if (notice.event === 'round-nudge') {
    const nudge = t('bot.round.nudge', { count: facts.people.length, names: names(facts.people, locale), round: round.name, to });
    return [show(adaptiveCard([heading(plan), text(nudge)], actions))];
  }
  const started = t('bot.round.started', { round: round.name, from: formatCivilDate(round.period.from, locale), to });
  return [show(adaptiveCard([heading(plan), text(started), text(t('bot.round.who', { names: names(facts.people, locale) }), { isSubtle: true })], actions))];
}

/** What the chat shows of a round's planning: the card for "Voorstellen hier tonen" and after "Alles bevestigen". */
export interface RoundPlanCardOptions {
  /** After a confirmation: how many were booked, and each refused one's reason (a sentence). */
  booked?: number;
  refused?: ReadonlyMap<string, string>;
}

function where(t: ReturnType<typeof chatTranslator>, location: string | undefined): string {
  return location ? t('bot.round.inPerson', { location }) : t('bot.round.online');
}

/**
 * A time for each member still to plan (online), who is planned already, and "Alles bevestigen",
 * which books exactly the times shown. One by one, or another time or place: the tab's page.
 */
export function roundPlanCard(plan: RoundPlanResponse, reader: { locale: string }, links: LinkTarget, options: RoundPlanCardOptions = {}): AdaptiveCard {
  const locale = toLocale(reader.locale);
  const t = chatTranslator(locale);
  const when = (start: string, end: string) => formatTimeRange(start, end, plan.timeZone, locale);
  const lines = plan.items.map((item) => {
    const name = item.employee.displayName;
    const refused = options.refused?.get(item.employee.id);
    const line =
      item.status === 'proposed'
        ? t('bot.round.proposed', { name, when: when(item.slot.start, item.slot.end), where: where(t, undefined) })
        : item.status === 'planned'
          ? t('bot.round.planned', { name, when: item.start && item.end ? when(item.start, item.end) : '', where: where(t, item.location) })
          : t('bot.round.noSlot', { name });
    return text(refused ? `${line} ${refused}` : line, refused ? { color: 'attention' } : {});
  });
  const proposed = plan.items.flatMap((i) => (i.status === 'proposed' ? [{ employeeId: i.employee.id, start: i.slot.start, end: i.slot.end }] : []));
  const data: RoundConfirmData = { roundId: plan.round.id, bookings: JSON.stringify(proposed) };
  const actions: CardAction[] = [
    ...(proposed.length > 0 ? [{ type: 'Action.Execute' as const, title: t('bot.round.confirmAll'), verb: VERBS.roundConfirm, data, style: 'positive' as const }] : []),
    { type: 'Action.OpenUrl', title: t(proposed.length > 0 ? 'bot.round.oneByOne' : 'bot.round.openTab'), url: roundPlanLink(links, plan.round.id) },
  ];
  return adaptiveCard(
    [
      heading(plan.round.name),
      ...(options.booked ? [text(t('bot.round.booked', { count: options.booked }), { color: 'good' })] : []),
      ...(proposed.length === 0 && plan.items.every((i) => i.status === 'planned') ? [text(t('bot.round.allPlanned'))] : []),
      ...lines,
    ],
    actions,
  );
}
