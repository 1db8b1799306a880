import {
  botLocaleOf,
  botMessages,
  currentVersion,
  formatTimeRange,
  popLink,
  textsFor,
  type Conversation,
  type LinkTarget,
  type Notice,
  type Pop,
  type PopTexts,
} from '@koers/domain';
import { popNoticeCard } from './cards/pop';
import { prepCard } from './cards/prep';
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
  pop?: Pop;
  employee: { displayName: string };
  manager: { displayName: string };
}

export interface NoticeReader {
  locale: string;
  timeZone: string;
}

function popTexts(locale: string): PopTexts {
  return textsFor(botMessages.pop, botLocaleOf(locale));
}

/** The replies of one notice; empty when the facts it needs are gone (the outbox then skips it). */
export function noticeReplies(notice: Notice, facts: NoticeFacts, reader: NoticeReader, links: LinkTarget): Reply[] {
  const botLocale = botLocaleOf(reader.locale);
  const managerName = facts.manager.displayName;
  if (notice.event === 'booked' || notice.event === 'rescheduled' || notice.event === 'cancelled') {
    const conversation = facts.conversation;
    if (!conversation) return [];
    const texts = textsFor(botMessages.booking, botLocale);
    const when = (start = conversation.start, end = conversation.end) => (start && end ? formatTimeRange(start, end, reader.timeZone, botLocale) : '');
    if (notice.event === 'booked') {
      const prep = prepContext(reader.locale);
      return [
        say(`${texts.employeeBooked(managerName, when())}\n\n${prep.texts.whatItIs}`),
        show(prepCard(prep, { conversationId: conversation.id, managerName })),
      ];
    }
    if (notice.event === 'rescheduled') {
      return [say(texts.employeeRescheduled(managerName, when(notice.start, notice.end), when(notice.previous.start, notice.previous.end)))];
    }
    const reason = conversation.cancelReason;
    return [say([texts.employeeCancelled(managerName, when()), ...(reason ? [texts.cancelReason(reason)] : [])].join('\n\n'))];
  }

  const pop = facts.pop;
  if (!pop) return [];
  const texts = popTexts(reader.locale);
  const url = popLink(links, pop.id);
  if (notice.event === 'pop-agreed') {
    return [show(popNoticeCard([texts.bothApproved(notice.version), texts.agreementsWhere], { title: texts.openAgreements, url }))];
  }
  if (notice.event === 'pop-approved') {
    const line = notice.by === 'employee' ? texts.approvedByEmployee(facts.employee.displayName, notice.version) : texts.approvedByManager(managerName, notice.version);
    return [show(popNoticeCard([line], { title: texts.openPop, url }))];
  }
  const goal = currentVersion(pop).goals.find((g) => g.id === notice.goalId);
  const note = pop.progress
    .find((p) => p.goalId === notice.goalId)
    ?.notes.find((n) => n.at === notice.at && n.by === pop.employeeId)
    ?.text.trim();
  const lines = [texts.helpNeeded(facts.employee.displayName, goal?.title ?? texts.aGoal), ...(note ? [texts.note(note)] : [])];
  return [show(popNoticeCard(lines, { title: texts.openPopOf(facts.employee.displayName), url }))];
}
