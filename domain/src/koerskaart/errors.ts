/**
 * Why a Koerskaart operation cannot be made or applied. The HTTP edge answers 409
 * 'canvas-operation-refused' naming the operation and this code; the tab drops that operation,
 * or — for 'stale-epoch' and 'update-needs-resync' — loads the canvas again and replays its text.
 */
export type KoerskaartErrorCode =
  | 'unknown-card'
  | 'card-exists'
  | 'canvas-full'
  | 'field-not-on-card'
  | 'kind-not-in-section'
  | 'text-too-long'
  | 'invalid-order-key'
  | 'invalid-update'
  /** The update was made on a text document the server has since compacted. */
  | 'stale-epoch'
  /** The update builds on text the server does not have. */
  | 'update-needs-resync';

export class KoerskaartError extends Error {
  override readonly name = 'KoerskaartError';
  constructor(
    readonly code: KoerskaartErrorCode,
    readonly cardId?: string,
  ) {
    super(cardId ? `koerskaart: ${code} (card ${cardId})` : `koerskaart: ${code}`);
  }
}

/** Codes after which the tab reloads the canvas and rebases its typing instead of dropping it. */
export const RESYNC_CODES: readonly KoerskaartErrorCode[] = ['stale-epoch', 'update-needs-resync'];
