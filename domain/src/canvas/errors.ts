import type { KoerskaartErrorCode } from '../koerskaart/errors';

/**
 * Why a Koerskaart request was refused as a whole; the HTTP edge maps each code to its problem
 * (400 'canvas-needs-pair', 503 'realtime-unavailable' with Retry-After, 423 'canvas-locked',
 * 413 'canvas-too-large').
 */
export const CANVAS_ERROR_CODES = [
  /** A canvas nobody booked needs an employee with a manager: the actor has none, or named nobody. */
  'canvas-needs-pair',
  /** No live channel is configured: the tab keeps polling instead. */
  'realtime-unavailable',
  /** "Gesprek afronden" closed the canvas: nothing changes until either party reopens it. */
  'canvas-locked',
  /** The write would take the canvas beyond MAX_CANVAS_BYTES; deleting cards makes room. */
  'canvas-too-large',
] as const;
export type CanvasErrorCode = (typeof CANVAS_ERROR_CODES)[number];

export class CanvasError extends Error {
  override readonly name = 'CanvasError';
  constructor(readonly code: CanvasErrorCode, detail?: string) {
    super(detail ?? code);
  }
}

/**
 * The Koerskaart model refuses one operation of a batch (`index`, with its own `reason`): nothing
 * of the batch is written. The HTTP edge answers 409 and names the operation.
 */
export class CanvasOperationRefusedError extends Error {
  override readonly name = 'CanvasOperationRefusedError';
  constructor(readonly index: number, readonly reason: KoerskaartErrorCode) {
    super(`operation ${index} refused: ${reason}`);
  }
}
