import { createHash } from 'node:crypto';
import {
  canvasLink,
  checkInItems,
  koersLink,
  formatCivilDate,
  formatDay,
  formatTime,
  popLink,
  prepareLink,
  type GoalReminderLine,
  type LinkTarget,
  type Locale,
  type ReminderKind,
} from '@koers/domain';
import { checkInSections, digestSections, followUpSection, reminderCardContext, type DigestLine, type FollowUpLine } from '@koers/bot';
import { bundleDay } from '@koers/domain';
import type { ReminderActivity } from './transport';

/**
 * One Adaptive Card per bundle: a line per reminder and a link per conversation; POP goals as
 * sections with their check-in buttons, follow-up prompts and the manager's digest (built by the
 * bot's card builders, which also update the card in place). Only what the recipient may see goes
 * on it (it is their own chat); texts come from the domain catalogue.
 */

export type BundleLine =
  | {
      kind: ReminderKind;
      conversationId: string;
      /** The conversation's start (UTC ISO). */
      start: string;
    }
  | { kind: 'goal'; line: GoalReminderLine }
  | { kind: 'follow-up'; line: FollowUpLine }
  | { kind: 'digest'; lines: DigestLine[] }
  /** A required certificate expires: to the employee, or to their manager naming them; with the course that renews it. */
  | { kind: 'certificate'; line: CertificateLine }
  /** A notice, already written for its reader; it travels alone, never in a reminder card. */
  | { kind: 'notice'; activity: ReminderActivity };

export interface CertificateLine {
  role: 'employee' | 'manager';
  employeeName: string;
  certificateName: string;
  /** The last valid day (yyyy-mm-dd). */
  expiresOn: string;
  course?: { title: string; provider: string };
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
  return `${formatDay(start, timeZone, locale)} ${formatTime(start, timeZone)}`;
}

/** A stable, opaque marker per bundle: lets support (and the test stand-in) spot a duplicate. */
export function bundleMarker(bundleId: string): string {
  return `koers-${createHash('sha256').update(bundleId).digest('hex').slice(0, 20)}`;
}

export function reminderActivity(lines: readonly BundleLine[], context: CardContext): ReminderActivity {
  const onlyDigest = lines.length > 0 && lines.every((l) => l.kind === 'digest');
  const ctx = reminderCardContext({ locale: context.locale, timeZone: context.timeZone, day: bundleDay(context.bundleId) });
  const { t } = ctx;
  const title = onlyDigest ? t('reminder.digestTitle') : t('reminder.title');
  const body: unknown[] = [{ type: 'TextBlock', id: bundleMarker(context.bundleId), text: title, weight: 'Bolder', size: 'Medium', wrap: true }];
  const actions: unknown[] = [];
  const goals: GoalReminderLine[] = [];
  for (const line of lines) {
    if (line.kind === 'goal') {
      goals.push(line.line);
      continue;
    }
    if (line.kind === 'follow-up') {
      body.push(followUpSection(ctx, line.line));
      continue;
    }
    if (line.kind === 'digest') {
      body.push(...digestSections(ctx, line.lines));
      continue;
    }
    if (line.kind === 'notice') continue;
    if (line.kind === 'certificate') {
      const c = line.line;
      const date = formatCivilDate(c.expiresOn, context.locale);
      const text =
        c.role === 'employee'
          ? t('reminder.certificate-expiry', { certificate: c.certificateName, date })
          : t('reminder.certificate-expiry-manager', { certificate: c.certificateName, date, name: c.employeeName });
      body.push({ type: 'TextBlock', text, wrap: true, spacing: 'Medium' });
      if (c.course) body.push({ type: 'TextBlock', text: t('reminder.certificate-course', { title: c.course.title, provider: c.course.provider || '-' }), wrap: true, isSubtle: true, spacing: 'Small' });
      const action = { type: 'Action.OpenUrl', title: t('reminder.openPortfolio'), url: koersLink(context.links, 'portfolio') };
      if (c.role === 'employee' && !actions.some((a) => JSON.stringify(a) === JSON.stringify(action))) actions.push(action);
      continue;
    }
    const when = formatWhen(line.start, context.locale, context.timeZone);
    body.push({ type: 'TextBlock', text: t(`reminder.${line.kind}`, { when }), wrap: true, spacing: 'Medium' });
    const action =
      line.kind === 'prep-nudge'
        ? { type: 'Action.OpenUrl', title: t('reminder.openPreparation'), url: prepareLink(context.links, line.conversationId) }
        : { type: 'Action.OpenUrl', title: t('reminder.openCanvas'), url: canvasLink(context.links, line.conversationId) };
    if (!actions.some((a) => JSON.stringify(a) === JSON.stringify(action))) actions.push(action);
  }
  if (goals.length > 0) body.push(...checkInSections(ctx, checkInItems(goals, (popId) => popLink(context.links, popId))));
  return {
    type: 'message',
    summary: title,
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, ...(actions.length > 0 ? { actions } : {}) },
      },
    ],
  };
}
