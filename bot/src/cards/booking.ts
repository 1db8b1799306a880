import { randomUUID } from 'node:crypto';
import {
  formatTimeRange,
  HttpUrl,
  type Locale,
  type ConversationKind,
  type ConversationView,
  type PersonSummary,
  type SlotProposalsResponse,
  TimeZone,
} from '@koers/domain';
import type { Translate } from '@koers/texts';
import { adaptiveCard, heading, text, type ActionExecute, type AdaptiveCard, type CardAction } from './adaptiveCard';
import { VERBS, type MoreSlotsData, type PickSlotData } from './actions';

/** The manager's cards: proposals, "nothing free", booked, and "which person?". */

export interface CardContext {
  t: Translate;
  /** For the dates on the buttons. */
  locale: Locale;
}

function otherTimesButton(ctx: CardContext, employeeId: string, after: string, conversationId?: string, kind?: ConversationKind): ActionExecute {
  const data: MoreSlotsData = { employeeId, after, ...(conversationId ? { conversationId } : {}), ...(kind ? { kind } : {}) };
  return { type: 'Action.Execute', title: ctx.t('bot.booking.otherTimes'), verb: VERBS.more, data };
}

/** The proposals' heading: a follow-up's proposals book a vervolggesprek and say so. */
function title(ctx: CardContext, name: string, kind: ConversationKind | undefined): string {
  return kind === 'vervolggesprek' ? ctx.t('bot.followUp.proposalsTitle', { name }) : ctx.t('bot.booking.proposalsTitle', { name });
}

export function proposalsCard(
  ctx: CardContext,
  proposals: SlotProposalsResponse,
  options: { notice?: string; requestId?: string; conversationId?: string; plannerUrl?: string; kind?: ConversationKind } = {},
): AdaptiveCard {
  const name = proposals.employee.displayName;
  const kind = options.kind;
  if (proposals.slots.length === 0) return noSlotCard(ctx, proposals, options.conversationId, kind);
  // One key for the whole card: double clicks and retries of any slot on it book once.
  const requestId = options.requestId ?? randomUUID();
  const timeZone = TimeZone.parse(proposals.timeZone);
  // The service ranks best first; a person reads a list of dates most easily in date order.
  const inDateOrder = [...proposals.slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const slotButtons: ActionExecute[] = inDateOrder.map((slot) => {
    const data: PickSlotData = { employeeId: proposals.employee.id, start: slot.start, end: slot.end, requestId, timeZone, ...(options.conversationId ? { conversationId: options.conversationId } : {}), ...(kind ? { kind } : {}) };
    return { type: 'Action.Execute', title: formatTimeRange(slot.start, slot.end, timeZone, ctx.locale), verb: VERBS.pick, data, style: 'positive' };
  });
  return adaptiveCard(
    [
      heading(title(ctx, name, kind)),
      ...(options.notice ? [text(options.notice, { color: 'attention' })] : []),
      ...(proposals.widened ? [text(ctx.t('bot.booking.widened'), { isSubtle: true })] : []),
      ...(proposals.unreadableCalendars.length > 0 ? [text(ctx.t('bot.booking.unreadableCalendars'), { color: 'warning' })] : []),
      text(kind === 'vervolggesprek' ? ctx.t('bot.followUp.proposalsIntro') : ctx.t('bot.booking.proposalsIntro')),
      { type: 'ActionSet', actions: slotButtons },
    ],
    [otherTimesButton(ctx, proposals.employee.id, proposals.next, options.conversationId, kind), ...linkButton(ctx.t('bot.booking.ownTime'), options.plannerUrl)],
  );
}

export function noSlotCard(ctx: CardContext, proposals: SlotProposalsResponse, conversationId?: string, kind?: ConversationKind): AdaptiveCard {
  const name = proposals.employee.displayName;
  return adaptiveCard(
    [heading(title(ctx, name, kind)), text(ctx.t('bot.booking.noSlot', { name }))],
    [otherTimesButton(ctx, proposals.employee.id, proposals.next, conversationId, kind)],
  );
}

/** Only http(s) links become buttons: a stored link is data, not something to execute. */
export function linkButton(title: string, url: string | undefined): CardAction[] {
  return url && HttpUrl.safeParse(url).success ? [{ type: 'Action.OpenUrl', title, url }] : [];
}

export function bookedCard(ctx: CardContext, view: ConversationView, timeZone: string): AdaptiveCard {
  const { start, end, meeting } = view.conversation;
  const when = start && end ? formatTimeRange(start, end, timeZone, ctx.locale) : '';
  return adaptiveCard(
    [
      heading(ctx.t('bot.booking.booked', { when })),
      text(ctx.t('bot.booking.bookedWith', { name: view.employee.displayName })),
      ...(view.conversation.location ? [text(ctx.t('bot.booking.location', { location: view.conversation.location }))] : []),
    ],
    [...linkButton(ctx.t('bot.booking.join'), meeting?.joinUrl), ...linkButton(ctx.t('bot.booking.canvas'), view.canvasUrl)],
  );
}

/**
 * "Which Sanne?" or "did you mean…?": one button per person, each sending `verb` with their id
 * (by default: start the proposals).
 */
export function choosePersonCard(message: string, question: string | undefined, people: PersonSummary[], verb: string = VERBS.choose): AdaptiveCard {
  return adaptiveCard([
    text(message),
    ...(question && people.length > 0 ? [text(question, { weight: 'bolder' })] : []),
    ...(people.length > 0
      ? [
          {
            type: 'ActionSet' as const,
            actions: people.map(
              (person): ActionExecute => ({
                type: 'Action.Execute',
                title: person.jobTitle ? `${person.displayName} (${person.jobTitle})` : person.displayName,
                verb,
                data: { employeeId: person.id },
              }),
            ),
          },
        ]
      : []),
  ]);
}
