import { languageOf, type Person, type PersonStore, type PreparationService } from '@koers/domain';
import { toLocale } from '@koers/texts';
import { chatTranslator } from '../cards/chatText';
import { PrepEditData, PrepSaveData } from '../cards/actions';
import { prepCard, savedCard, type PrepCardContext } from '../cards/prep';
import { show, type Reply } from './reply';

/** The employee's side: saving the answers from the prep card, and opening it again. */

export function prepContext(locale: string | undefined): PrepCardContext {
  const readerLocale = toLocale(locale);
  return { t: chatTranslator(readerLocale), language: languageOf(locale), locale: readerLocale };
}

export class Preparing {
  constructor(private readonly deps: { preparation: PreparationService; people: PersonStore }) {}

  /**
   * The card's own language wins over the client's: the employee's card is written in the
   * language of their Koers profile (it is sent before they say anything), and a card that
   * changed language halfway through would read oddly.
   */
  async act(actor: Person, verb: 'save' | 'edit', data: unknown, clientLocale: string | undefined): Promise<Reply | undefined> {
    if (verb === 'save') {
      const parsed = PrepSaveData.safeParse(data);
      if (!parsed.success) return undefined;
      const { conversationId, save, basedOn } = parsed.data;
      const ctx = prepContext(parsed.data.locale ?? clientLocale);
      // The card says which version it shows: answers saved meanwhile in the tab are never overwritten by an old card.
      const saved = await this.deps.preparation.save(actor, conversationId, save, basedOn);
      return show(savedCard(ctx, { conversationId, saved: saved.mine, questions: saved.questions }));
    }
    const parsed = PrepEditData.safeParse(data);
    if (!parsed.success) return undefined;
    const { conversationId } = parsed.data;
    const ctx = prepContext(parsed.data.locale ?? clientLocale);
    const current = await this.deps.preparation.get(actor, conversationId);
    const manager = (await this.deps.people.get(current.conversation.tenantId, current.conversation.managerId))?.value;
    return show(
      prepCard(ctx, {
        conversationId,
        managerName: manager?.displayName ?? '',
        ...(current.mine ? { existing: current.mine } : {}),
        ...(current.etag ? { etag: current.etag } : {}),
        questions: current.questions,
      }),
    );
  }
}
