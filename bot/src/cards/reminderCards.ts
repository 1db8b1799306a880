import { formatDay, type CheckInItem, type Locale, type DigestReason, type ProgressStatus } from '@koers/domain';
import { toLocale, type Translate } from '@koers/texts';
import { chatTranslator, plainText } from './chatText';
import { adaptiveCard, heading, text, type ActionData, type ActionExecute, type AdaptiveCard, type CardElement } from './adaptiveCard';
import { cardLocaleOf, noteInputId, VERBS } from './actions';
import { linkButton } from './booking';

/**
 * The POP reminder cards: per goal what is due, its state, a note field and the
 * check-in buttons; the follow-up conversation prompt; the manager's weekly digest. Built here
 * once: the dispatcher (functions/src/reminders/card.ts) sends them, the bot updates them in place.
 */

export interface ReminderCardContext {
  /** The recipient's texts. */
  t: Translate;
  locale: Locale;
  /** The recipient's zone, for dates and the snooze moment. */
  timeZone: string;
  /** The recipient's local day the card belongs to (yyyy-mm-dd): buttons carry it back. */
  day: string;
}

export function reminderCardContext(input: { locale: string | undefined; timeZone: string; day: string }): ReminderCardContext {
  const locale = toLocale(input.locale);
  return { t: chatTranslator(locale), locale, timeZone: input.timeZone, day: input.day };
}

/** A civil date as in chat: "wo 15 apr" (noon UTC, so no zone can move its day). */
export function formatCivilDate(date: string, locale: Locale): string {
  return formatDay(`${date}T12:00:00.000Z`, 'UTC', locale);
}

export function statusText(ctx: ReminderCardContext, status: ProgressStatus): string {
  return ctx.t(`reminder.status-${status}`);
}

function dueLine(ctx: ReminderCardContext, due: CheckInItem['due'][number]): string {
  const date = due.date ? formatCivilDate(due.date, ctx.locale) : '';
  switch (due.what) {
    case 'milestone':
      return ctx.t('reminder.goal-milestone', { milestone: due.milestone ?? '', date });
    case 'deadline':
      return ctx.t('reminder.goal-deadline', { date });
    case 'check-in':
      return ctx.t('reminder.goal-check-in');
  }
}

function checkInButtons(ctx: ReminderCardContext, item: CheckInItem, index: number): CardElement {
  const base: ActionData = { day: ctx.day, popId: item.popId, goalId: item.goalId, seenVersion: item.seenVersion, locale: cardLocaleOf(ctx.locale) };
  const status = (title: string, value: 'op-koers' | 'hulp-nodig' | 'afgerond', style?: ActionExecute['style']): ActionExecute => ({
    type: 'Action.Execute',
    title,
    verb: VERBS.goalCheckIn,
    data: { ...base, status: value, noteInput: noteInputId(index) },
    ...(style ? { style } : {}),
  });
  const snooze = (title: string, choice: 'next-working-day' | 'in-a-week'): ActionExecute => ({
    type: 'Action.Execute',
    title,
    verb: VERBS.goalSnooze,
    data: { ...base, choice },
    associatedInputs: 'none',
  });
  const pause: ActionExecute = { type: 'Action.Execute', title: ctx.t('reminder.buttonPause'), verb: VERBS.goalPause, data: base, associatedInputs: 'none' };
  return {
    type: 'ActionSet',
    actions: [
      status(ctx.t('reminder.buttonOnTrack'), 'op-koers', 'positive'),
      status(ctx.t('reminder.buttonNeedHelp'), 'hulp-nodig'),
      status(ctx.t('reminder.buttonDone'), 'afgerond'),
      {
        type: 'Action.ShowCard',
        title: ctx.t('reminder.buttonLater'),
        card: adaptiveCard([{ type: 'ActionSet', actions: [snooze(ctx.t('reminder.snoozeTomorrow'), 'next-working-day'), snooze(ctx.t('reminder.snoozeWeek'), 'in-a-week'), pause] }]),
      },
    ],
  };
}

/** One goal: what is due, and either the buttons or what happened (recorded, snoozed, paused, changed, gone). */
export function checkInSection(ctx: ReminderCardContext, item: CheckInItem, index: number): CardElement {
  const openPop = { type: 'ActionSet' as const, actions: linkButton(ctx.t('reminder.openPop'), item.popUrl) };
  if (item.stale === 'gone') return { type: 'Container', separator: true, spacing: 'medium', items: [text(ctx.t('reminder.goalGone'), { color: 'warning' }), openPop] };
  const items: CardElement[] = [text(plainText(item.title), { weight: 'bolder' }), ...item.due.map((d) => text(dueLine(ctx, d)))];
  if (item.stale === 'changed') {
    items.push(text(ctx.t('reminder.goalChanged', { title: item.title, status: statusText(ctx, item.status) }), { color: 'warning' }), openPop);
  } else if (item.recorded) {
    const status = statusText(ctx, item.recorded.status);
    items.push(text(item.recorded.note ? ctx.t('reminder.recordedWithNote', { status, note: item.recorded.note }) : ctx.t('reminder.recorded', { status }), { color: 'good' }), openPop);
  } else if (item.snoozedUntil) {
    items.push(text(ctx.t('reminder.snoozed', { when: formatDay(item.snoozedUntil, ctx.timeZone, ctx.locale) })), openPop);
  } else if (item.paused) {
    items.push(text(ctx.t('reminder.paused')), openPop);
  } else {
    if (item.status !== 'niet-gestart') items.push(text(ctx.t('reminder.goalStatusNow', { status: statusText(ctx, item.status) }), { isSubtle: true }));
    items.push({ type: 'Input.Text', id: noteInputId(index), label: ctx.t('reminder.noteLabel'), isMultiline: true, maxLength: 1000 }, checkInButtons(ctx, item, index));
  }
  return { type: 'Container', separator: true, spacing: 'medium', items };
}

export function checkInSections(ctx: ReminderCardContext, items: readonly CheckInItem[]): CardElement[] {
  return items.map((item, index) => checkInSection(ctx, item, index));
}

/** The card as the bot puts it back in place after a button. */
export function checkInCard(ctx: ReminderCardContext, items: readonly CheckInItem[]): AdaptiveCard {
  return adaptiveCard([heading(ctx.t('reminder.title')), ...checkInSections(ctx, items)]);
}

export interface FollowUpLine {
  role: 'employee' | 'manager';
  employeeId: string;
  /** The other party's name. */
  otherName: string;
  popUrl: string;
}

/**
 * "Plan vervolggesprek": the manager's button starts the booking flow (the proposals, as after
 * "plan een loopbaangesprek met …"); the employee's explains that the manager plans it.
 */
export function followUpSection(ctx: ReminderCardContext, line: FollowUpLine): CardElement {
  const button: ActionExecute =
    line.role === 'manager'
      ? { type: 'Action.Execute', title: ctx.t('reminder.planFollowUp'), verb: VERBS.choose, data: { employeeId: line.employeeId }, style: 'positive' }
      : { type: 'Action.Execute', title: ctx.t('reminder.planFollowUp'), verb: VERBS.followUpAsk, data: { employeeId: line.employeeId, locale: cardLocaleOf(ctx.locale) } };
  return {
    type: 'Container',
    separator: true,
    items: [
      text(ctx.t(line.role === 'manager' ? 'reminder.follow-up-manager' : 'reminder.follow-up-employee', { name: line.otherName })),
      { type: 'ActionSet', actions: [button, ...linkButton(ctx.t('reminder.openPop'), line.popUrl)] },
    ],
  };
}

export interface DigestLine {
  employeeName: string;
  goalTitle: string;
  reasons: DigestReason[];
  overdueSince?: string;
  lastCheckIn?: string;
  popUrl: string;
}

/** A digest lists at most this many goals; the rest is counted ("en nog 3 doelen"). */
export const MAX_DIGEST_LINES = 15;

export function digestSections(ctx: ReminderCardContext, lines: readonly DigestLine[]): CardElement[] {
  const reason = (line: DigestLine, r: DigestReason) => {
    if (r === 'overdue') return ctx.t('reminder.digest-overdue', { date: line.overdueSince ? formatCivilDate(line.overdueSince, ctx.locale) : '' });
    if (r === 'no-check-in') return ctx.t('reminder.digest-no-check-in', { date: line.lastCheckIn ? formatDay(line.lastCheckIn, ctx.timeZone, ctx.locale) : '' });
    return ctx.t('reminder.digest-hulp-nodig');
  };
  const shown = lines.slice(0, MAX_DIGEST_LINES);
  const elements: CardElement[] = [text(ctx.t('reminder.digestIntro'))];
  for (const line of shown) {
    elements.push({
      type: 'Container',
      separator: true,
      items: [
        text(`**${line.employeeName}** — ${line.goalTitle}`),
        text(line.reasons.map((r) => reason(line, r)).join(' · '), { color: line.reasons.includes('hulp-nodig') ? 'attention' : 'warning' }),
        { type: 'ActionSet', actions: linkButton(ctx.t('reminder.openPop'), line.popUrl) },
      ],
    });
  }
  if (lines.length > shown.length) elements.push(text(ctx.t('reminder.digestMore', { count: lines.length - shown.length }), { isSubtle: true }));
  return elements;
}
