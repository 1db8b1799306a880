import { createHash } from 'node:crypto';
import { botLocaleOf, canvasLink, formatDay, formatTime, languageOf, prepareLink, reminderMessages, type LinkTarget, type Locale, type ReminderKind } from '@koers/domain';
import type { ReminderActivity } from './transport';

/**
 * One Adaptive Card per bundle: a line per reminder and a link per conversation. Only what the
 * recipient may see goes on it (it is their own chat); texts come from the domain catalogue.
 */

export interface BundleLine {
  kind: ReminderKind;
  conversationId: string;
  /** The conversation's start (UTC ISO). */
  start: string;
}

export interface CardContext {
  locale: Locale;
  timeZone: string;
  /** Where links point: the tab, or Teams deep links when the Teams app id is known. */
  links: LinkTarget;
  /** The bundle id; only a hash of it goes on the card (a stable marker, no personal data). */
  bundleId: string;
}

/** "di 31 mrt 10:00": the same words the booking cards use (domain/src/i18n/dates.ts). */
export function formatWhen(start: string, locale: Locale, timeZone: string): string {
  return `${formatDay(start, timeZone, botLocaleOf(locale))} ${formatTime(start, timeZone)}`;
}

/** A stable, opaque marker per bundle: lets support (and the test stand-in) spot a duplicate. */
export function bundleMarker(bundleId: string): string {
  return `koers-${createHash('sha256').update(bundleId).digest('hex').slice(0, 20)}`;
}

export function reminderActivity(lines: readonly BundleLine[], context: CardContext): ReminderActivity {
  const language = languageOf(context.locale);
  const body: unknown[] = [
    { type: 'TextBlock', id: bundleMarker(context.bundleId), text: reminderMessages.title[language], weight: 'Bolder', size: 'Medium', wrap: true },
  ];
  const actions: unknown[] = [];
  for (const line of lines) {
    const when = formatWhen(line.start, context.locale, context.timeZone);
    body.push({ type: 'TextBlock', text: reminderMessages[line.kind][language].replace('{when}', when), wrap: true, spacing: 'Medium' });
    const action =
      line.kind === 'prep-nudge'
        ? { type: 'Action.OpenUrl', title: reminderMessages.openPreparation[language], url: prepareLink(context.links, line.conversationId) }
        : { type: 'Action.OpenUrl', title: reminderMessages.openCanvas[language], url: canvasLink(context.links, line.conversationId) };
    if (!actions.some((a) => JSON.stringify(a) === JSON.stringify(action))) actions.push(action);
  }
  return {
    type: 'message',
    summary: reminderMessages.title[language],
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, actions },
      },
    ],
  };
}
