import { BookingError, type BookingService, type Actor, type PersonStore } from '@koers/domain';
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
}

export function bookingContext(locale: string | undefined): CardContext {
  const readerLocale = toLocale(locale);
  return { t: chatTranslator(readerLocale), locale: readerLocale };
}

export class Planning {
  constructor(private readonly deps: PlanningDeps) {}

  /** "plan een loopbaangesprek met <name>". */
  async plan(actor: Actor, typedName: string, locale: string | undefined): Promise<Reply> {
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
    return found.kind === 'one' ? this.proposals(actor, found.person.id, locale) : found.reply;
  }

  async proposals(actor: Actor, employeeId: string, locale: string | undefined, options: { after?: string; notice?: string } = {}): Promise<Reply> {
    const ctx = bookingContext(locale);
    const response = await this.deps.booking.proposals(actor, { employeeId, ...(options.after ? { after: options.after } : {}) });
    return show(proposalsCard(ctx, response, options.notice ? { notice: options.notice } : {}));
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
        return parsed.success ? this.proposals(actor, parsed.data.employeeId, locale, { after: parsed.data.after }) : undefined;
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
      const view = await this.deps.booking.book(actor, { employeeId: pick.employeeId, start: pick.start, end: pick.end, requestId: pick.requestId });
      return show(bookedCard(ctx, view, pick.timeZone));
    } catch (error) {
      // Taken meanwhile: fresh proposals in place of the old ones, with a word of why.
      if (error instanceof BookingError && (error.code === 'slot-unavailable' || error.code === 'slot-too-soon')) {
        return this.proposals(actor, pick.employeeId, locale, { notice: refusalText(ctx.t, error.code) });
      }
      throw error;
    }
  }
}
