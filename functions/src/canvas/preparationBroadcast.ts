import type { BookingService } from '@koers/domain';
import type { CanvasService } from './canvasService';

/**
 * The employee shares another preparation answer during the meeting (in the tab or through the
 * bot's card): whoever has the Koerskaart open hears so on its live channel and reads the shared
 * answers again. Wrapped around the booking service, so both ways of saving are covered and the
 * booking use case stays unaware of the canvas.
 */
export function withPreparationBroadcast(booking: BookingService, canvas: Pick<CanvasService, 'preparationChanged'>): BookingService {
  return {
    ...booking,
    savePreparation: async (actor, conversationId, body, ifMatch) => {
      const saved = await booking.savePreparation(actor, conversationId, body, ifMatch);
      // Only the employee's answers are shared onto the canvas; the manager's stay their own.
      if (saved.role === 'employee') await canvas.preparationChanged(saved.conversation);
      return saved;
    },
  };
}
