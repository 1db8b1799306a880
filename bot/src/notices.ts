import { currentVersion, formatCivilDate, isRoundNotice, formatTimeRange, koersLink, latestApprovedVersion, popLink, type Conversation, type LinkTarget, type Notice, type Pop, type PrepQuestion } from '@koers/domain';
import { toLocale } from '@koers/texts';
import { chatTranslator } from './cards/chatText';
import { proposalsCard } from './cards/booking';
import { planProgressElements } from './cards/followUp';
import { adaptiveCard, text } from './cards/adaptiveCard';
import { popNoticeCard } from './cards/pop';
import { prepCard } from './cards/prep';
import { formattedWish, outsideWish } from './flows/planning';
import { prepContext } from './flows/preparing';
import { say, show, type Reply } from './flows/reply';

/**
 * What a notice says (domain reminders/notice.ts), in the reader's language and clock: the
 * employee hears about their booked, moved or cancelled conversation (a booking comes with the
 * preparation card), the other party of a plan hears of an approval or a goal that needs help.
 * Written when the outbox sends it, from the stored conversation or plan.
 */

export interface NoticeFacts {
  conversation?: Conversation;
  /** The questions of the template the conversation pinned (absent = the built-in template's). */
  prepQuestions?: readonly PrepQuestion[];
  /** The plan the notice is about; with a booked vervolggesprek, the agreed plan it follows up. */
  pop?: Pop;
  employee: { displayName: string };
  manager: { displayName: string };
}

export interface NoticeReader {
  locale: string;
  timeZone: string;
}

/** The replies of one notice; empty when the facts it needs are gone (the outbox then skips it). */
export function noticeReplies(notice: Notice, facts: NoticeFacts, reader: NoticeReader, links: LinkTarget): Reply[] {
  const locale = toLocale(reader.locale);
  const t = chatTranslator(locale);
  const managerName = facts.manager.displayName;
  if (notice.event === 'booked' || notice.event === 'rescheduled' || notice.event === 'cancelled') {
    const conversation = facts.conversation;
    if (!conversation) return [];
    const when = (start = conversation.start, end = conversation.end) => (start && end ? formatTimeRange(start, end, reader.timeZone, locale) : '');
    if (notice.event === 'booked') {
      const prep = prepContext(reader.locale);
      // A vervolggesprek starts from where the plan it follows up stands (facts.pop: that plan).
      const planNow = conversation.kind === 'vervolggesprek' && facts.pop ? [show(adaptiveCard(planProgressElements({ t, locale }, facts.pop), [{ type: 'Action.OpenUrl', title: t('bot.pop.openPop'), url: popLink(links, facts.pop.id) }]))] : [];
      return [
        say(`${t('bot.booking.employeeBooked', { manager: managerName, when: when() })}\n\n${t('bot.prep.whatItIs')}`),
        show(prepCard(prep, { conversationId: conversation.id, managerName, ...(facts.prepQuestions ? { questions: facts.prepQuestions } : {}) })),
        ...planNow,
      ];
    }
    if (notice.event === 'rescheduled') {
      const moved = { manager: managerName, when: when(notice.start, notice.end), previous: when(notice.previous.start, notice.previous.end) };
      return [say(t('bot.booking.employeeRescheduled', moved))];
    }
    const reason = conversation.cancelReason;
    const lines = [t('bot.booking.employeeCancelled', { manager: managerName, when: when() }), ...(reason ? [t('bot.booking.cancelReason', { reason })] : [])];
    return [say(lines.join('\n\n'))];
  }

  if (notice.event === 'conversation-requested') {
    const employee = facts.employee.displayName;
    // Any other time than the three: the tab's planner, with this employee chosen.
    const plannerUrl = koersLink(links, `plan/${encodeURIComponent(notice.employeeId)}`);
    const note = notice.note ? `\n\n${t('bot.request.note', { employee, text: notice.note })}` : '';
    if (!notice.wish) return [say(`${t('bot.request.toManager', { employee })}${note}`), show(proposalsCard({ t, locale }, notice.proposals, { plannerUrl }))];
    const wish = formattedWish(notice.wish, locale);
    const late = outsideWish(notice.proposals, notice.wish) ? { notice: t('bot.booking.outsideWish', wish) } : {};
    return [say(`${t('bot.request.toManagerWish', { employee, ...wish })}${note}`), show(proposalsCard({ t, locale }, notice.proposals, { ...late, plannerUrl }))];
  }

  // A round's cards need the round's members, not one pair: roundNoticeReplies writes them.
  if (isRoundNotice(notice)) return [];
  const pop = facts.pop;
  if (!pop) return [];
  const url = popLink(links, pop.id);
  if (notice.event === 'follow-up-proposed' || notice.event === 'follow-up-coming') {
    const about = { number: notice.number, count: latestApprovedVersion(pop)?.rhythm?.count ?? notice.number, date: formatCivilDate(notice.due, locale) };
    const progress = planProgressElements({ t, locale }, pop);
    if (notice.event === 'follow-up-coming') {
      return [show(adaptiveCard([text(t('bot.followUp.toEmployee', { ...about, manager: managerName })), ...progress], [{ type: 'Action.OpenUrl', title: t('bot.pop.openPop'), url }]))];
    }
    const employee = facts.employee.displayName;
    const plannerUrl = koersLink(links, `plan/${encodeURIComponent(notice.employeeId)}`);
    return [
      show(adaptiveCard([text(t('bot.followUp.toManager', { ...about, employee })), ...progress], [{ type: 'Action.OpenUrl', title: t('bot.pop.openPopOf', { name: employee }), url }])),
      show(proposalsCard({ t, locale }, notice.proposals, { plannerUrl, kind: 'vervolggesprek' })),
    ];
  }
  if (notice.event === 'pop-agreed') {
    const lines = [t('bot.pop.bothApproved', { version: notice.version }), t('bot.pop.agreementsWhere')];
    return [show(popNoticeCard(lines, { title: t('bot.pop.openAgreements'), url }))];
  }
  if (notice.event === 'pop-approved') {
    const line =
      notice.by === 'employee'
        ? t('bot.pop.approvedByEmployee', { employee: facts.employee.displayName, version: notice.version })
        : t('bot.pop.approvedByManager', { manager: managerName, version: notice.version });
    return [show(popNoticeCard([line], { title: t('bot.pop.openPop'), url }))];
  }
  const goal = currentVersion(pop).goals.find((g) => g.id === notice.goalId);
  const note = pop.progress
    .find((p) => p.goalId === notice.goalId)
    ?.notes.find((n) => n.at === notice.at && n.by === pop.employeeId)
    ?.text.trim();
  const employee = facts.employee.displayName;
  const lines = [
    goal ? t('bot.pop.helpNeeded', { employee, goal: goal.title }) : t('bot.pop.helpNeededGoalGone', { employee }),
    ...(note ? [t('bot.pop.note', { text: note })] : []),
  ];
  return [show(popNoticeCard(lines, { title: t('bot.pop.openPopOf', { name: employee }), url }))];
}
