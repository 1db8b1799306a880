import type { PreparationService } from '@koers/domain';
import type { CanvasService } from '../canvas/canvasService';

/**
 * Either party shares another preparation answer during the meeting (in the tab or through the
 * bot's card): whoever has the Koerskaart open hears so on its live channel and reads the shared
 * answers again. Wrapped around the preparation service, so both ways of saving are covered and
 * the preparation use case stays unaware of the canvas.
 */
export function withPreparationBroadcast(preparation: PreparationService, canvas: Pick<CanvasService, 'preparationChanged'>): PreparationService {
  return {
    ...preparation,
    save: async (actor, conversationId, body, ifMatch) => {
      const saved = await preparation.save(actor, conversationId, body, ifMatch);
      // Either party's shared answers show on the canvas.
      await canvas.preparationChanged(saved.conversation);
      return saved;
    },
  };
}
