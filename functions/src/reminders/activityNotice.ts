import { activityTypeOf, ActivityNotification, ACTIVITY_PREVIEW_MAX, popLink, prepareLink, type LinkTarget, type Notice } from '@koers/domain';
import { createTranslator, toLocale } from '@koers/texts';

/**
 * The activity feed notification of a notice, in the reader's language: who, and what kind of
 * moment — never a goal's title, an answer or a note (those stay behind the link, on the page).
 * Undefined for a notice that has no feed moment (domain reminders/activityFeed.ts).
 */
export function noticeActivity(
  notice: Notice,
  people: { employee: { displayName: string }; manager: { displayName: string } },
  reader: { locale: string },
  links: LinkTarget,
): ActivityNotification | undefined {
  const type = activityTypeOf(notice);
  if (!type) return undefined;
  const t = createTranslator(toLocale(reader.locale));
  const employee = people.employee.displayName;
  const manager = people.manager.displayName;
  const preview = (text: string) => (text.length > ACTIVITY_PREVIEW_MAX ? `${text.slice(0, ACTIVITY_PREVIEW_MAX - 1)}…` : text);
  if (notice.event === 'pop-approved') {
    const person = notice.by === 'employee' ? employee : manager;
    return ActivityNotification.parse({
      activityType: type,
      topic: t('activity.topic.pop', { employee }),
      webUrl: popLink(links, notice.popId),
      previewText: preview(t('activity.preview.approvePop')),
      templateParameters: [{ name: 'person', value: person }],
    });
  }
  if (notice.event === 'help-needed') {
    return ActivityNotification.parse({
      activityType: type,
      topic: t('activity.topic.pop', { employee }),
      webUrl: popLink(links, notice.popId),
      previewText: preview(t('activity.preview.helpAsked', { employee })),
      templateParameters: [{ name: 'employee', value: employee }],
    });
  }
  if (notice.event === 'booked') {
    return ActivityNotification.parse({
      activityType: type,
      topic: t('activity.topic.conversation'),
      webUrl: prepareLink(links, notice.conversationId),
      previewText: preview(t('activity.preview.conversationPlanned')),
      templateParameters: [{ name: 'manager', value: manager }],
    });
  }
  return undefined;
}
