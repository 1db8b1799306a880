import { botLocaleOf, botMessages, languageOf, textsFor, type BookingService, type Person, type PersonStore } from '@koers/domain';
import { PrepEditData, PrepSaveData } from '../cards/actions';
import { prepCard, savedCard, type PrepCardContext } from '../cards/prep';
import { show, type Reply } from './reply';

/** The employee's side: saving the answers from the prep card, and opening it again. */

export function prepContext(locale: string | undefined): PrepCardContext {
  return { texts: textsFor(botMessages.prep, botLocaleOf(locale)), language: languageOf(locale) };
}

export class Preparing {
  constructor(private readonly deps: { booking: BookingService; people: PersonStore }) {}

  async act(actor: Person, verb: 'save' | 'edit', data: unknown, locale: string | undefined): Promise<Reply | undefined> {
    const ctx = prepContext(locale);
    if (verb === 'save') {
      const parsed = PrepSaveData.safeParse(data);
      if (!parsed.success) return undefined;
      const { conversationId, save } = parsed.data;
      const saved = await this.deps.booking.savePreparation(actor, conversationId, save);
      return show(savedCard(ctx, { conversationId, saved: saved.mine }));
    }
    const parsed = PrepEditData.safeParse(data);
    if (!parsed.success) return undefined;
    const { conversationId } = parsed.data;
    const current = await this.deps.booking.getPreparation(actor, conversationId);
    const manager = (await this.deps.people.get(current.conversation.tenantId, current.conversation.managerId))?.value;
    return show(
      prepCard(ctx, {
        conversationId,
        managerName: manager?.displayName ?? '',
        ...(current.mine ? { existing: current.mine } : {}),
      }),
    );
  }
}
