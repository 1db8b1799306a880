import {
  BookingError,
  formatCivilDate,
  formatDate,
  hintRange,
  localDate,
  parseDate,
  startOfLocalDay,
  type Actor,
  type BookingService,
  type ConversationKind,
  type DayRange,
  type PersonStore,
  type SlotProposalsResponse,
  type TimeHint,
  type Locale,
} from '@koers/domain';
import { toLocale } from '@koers/texts';
import { chatTranslator } from '../cards/chatText';
import { ChoosePersonData, MoreSlotsData, PickSlotData, VERBS } from '../cards/actions';
import { bookedCard, proposalsCard, type CardContext } from '../cards/booking';
import { refusalText } from './actor';
import { findReport } from './team';
import { say, show, type Reply } from './reply';

/**
 * The manager's side: from "plan een loopbaangesprek met Sanne" to a booked Teams meeting.
 * Each step answers with a card; the buttons on it come back as card actions (see `act`).
 */

export interface PlanningDeps {
  booking: BookingService;
  people: PersonStore;
  clock: { now(): Date };
}

/** The days a time hint means, from today in the person's zone. */
export function wishOf(hint: TimeHint, timeZone: string, now: Date): DayRange {
  const range = hintRange(hint, localDate(now, timeZone));
  return { from: formatDate(range.from), to: formatDate(range.to) };
}

/** The first moment of the wished-for days, as the booking service's `after`. */
export function startOfWish(wish: DayRange, timeZone: string): string {
  return new Date(startOfLocalDay(parseDate(wish.from), timeZone)).toISOString();
}

/** Every proposal lies after the wished-for days (too soon to prepare, or nothing free then). */
export function outsideWish(proposals: SlotProposalsResponse, wish: DayRange): boolean {
  return proposals.slots.length > 0 && proposals.slots.every((slot) => formatDate(localDate(new Date(slot.start), proposals.timeZone)) > wish.to);
}

export function formattedWish(wish: DayRange, locale: Locale): { from: string; to: string } {
  return { from: formatCivilDate(wish.from, locale), to: formatCivilDate(wish.to, locale) };
}

export function bookingContext(locale: string | undefined): CardContext {
  const readerLocale = toLocale(locale);
  return { t: chatTranslator(readerLocale), locale: readerLocale };
}

export class Planning {
  constructor(private readonly deps: PlanningDeps) {}

  /** "plan een loopbaangesprek met <name> (in januari)". */
  async plan(actor: Actor, typedName: string, locale: string | undefined, hint?: TimeHint): Promise<Reply> {
    const ctx = bookingContext(locale);
    const { t } = ctx;
    if (!typedName) return say(t('bot.booking.askWhom'));
    const found = await findReport(this.deps.people, actor, typedName, {
      notAManager: refusalText(t, 'not-a-manager'),
      notYourReport: (name) => t('bot.booking.notYourReport', { name }),
      ambiguous: (typed) => t('bot.booking.ambiguous', { typed }),
      unknownName: (typed) => t('bot.booking.unknownName', { typed }),
      suggestions: t('bot.booking.suggestions'),
      chooseVerb: VERBS.choose,
    });
    if (found.kind !== 'one') return found.reply;
    if (!hint) return this.proposals(actor, found.person.id, locale);
    const wish = wishOf(hint, actor.timeZone, this.deps.clock.now());
    return this.proposals(actor, found.person.id, locale, { after: startOfWish(wish, actor.timeZone), wish });
  }

  /** Proposals for a new conversation, or (`conversationId`) new times for a planned one. */
  async proposals(
    actor: Actor,
    employeeId: string,
    locale: string | undefined,
    options: { after?: string; notice?: string; wish?: DayRange; conversationId?: string; kind?: ConversationKind } = {},
  ): Promise<Reply> {
    const ctx = bookingContext(locale);
    const response = await this.deps.booking.proposals(actor, { employeeId, ...(options.after ? { after: options.after } : {}) });
    const notice = options.notice ?? (options.wish && outsideWish(response, options.wish) ? ctx.t('bot.booking.outsideWish', formattedWish(options.wish, ctx.locale)) : undefined);
    return show(proposalsCard(ctx, response, { ...(notice ? { notice } : {}), ...(options.conversationId ? { conversationId: options.conversationId } : {}), ...(options.kind ? { kind: options.kind } : {}) }));
  }

  /** A button on one of the planning cards; undefined when the data is not what that button sends. */
  async act(actor: Actor, verb: 'pick' | 'more' | 'choose', data: unknown, locale: string | undefined): Promise<Reply | undefined> {
    switch (verb) {
      case 'choose': {
        const parsed = ChoosePersonData.safeParse(data);
        return parsed.success ? this.proposals(actor, parsed.data.employeeId, locale) : undefined;
      }
      case 'more': {
        const parsed = MoreSlotsData.safeParse(data);
        if (!parsed.success) return undefined;
        const { employeeId, after, conversationId, kind } = parsed.data;
        return this.proposals(actor, employeeId, locale, { after, ...(conversationId ? { conversationId } : {}), ...(kind ? { kind } : {}) });
      }
      case 'pick': {
        const parsed = PickSlotData.safeParse(data);
        return parsed.success ? this.book(actor, parsed.data, locale) : undefined;
      }
    }
  }

  private async book(actor: Actor, pick: PickSlotData, locale: string | undefined): Promise<Reply> {
    const ctx = bookingContext(locale);
    try {
      const view = pick.conversationId
        ? await this.deps.booking.reschedule(actor, pick.conversationId, { start: pick.start, end: pick.end })
        : await this.deps.booking.book(actor, { employeeId: pick.employeeId, start: pick.start, end: pick.end, requestId: pick.requestId, ...(pick.kind ? { kind: pick.kind } : {}) });
      return show(bookedCard(ctx, view, pick.timeZone));
    } catch (error) {
      // Taken meanwhile: fresh proposals in place of the old ones, with a word of why.
      if (error instanceof BookingError && (error.code === 'slot-unavailable' || error.code === 'slot-too-soon')) {
        return this.proposals(actor, pick.employeeId, locale, { notice: refusalText(ctx.t, error.code), ...(pick.conversationId ? { conversationId: pick.conversationId } : {}), ...(pick.kind ? { kind: pick.kind } : {}) });
      }
      throw error;
    }
  }
}
