import { formatCivilDate, koersLink, type LinkTarget, type Person, type Round, type RoundNotice } from '@koers/domain';
import { toLocale } from '@koers/texts';
import { say, show, type Reply } from '../flows/reply';
import { chatTranslator } from './chatText';
import { adaptiveCard, heading, text, type CardAction } from './adaptiveCard';

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
  const actions: CardAction[] = [
    { type: 'Action.OpenUrl', title: t('bot.round.planAll'), url: roundPlanLink(links, round.id) },
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
