/**
 * Why a Koerskaart operation cannot be made or applied. The HTTP edge maps `code` to a 4xx
 * problem; the tab maps it to a catalogue text. Kept apart from ../errors.ts so this folder is
 * self-contained until the lead wires it in.
 */
export type KoerskaartErrorCode =
  | 'unknown-card'
  | 'card-exists'
  | 'card-mismatch'
  | 'canvas-full'
  | 'field-not-on-card'
  | 'conflict-needs-resolution'
  | 'too-many-replicas'
  | 'text-too-long'
  | 'invalid-order-key';

export class KoerskaartError extends Error {
  override readonly name = 'KoerskaartError';
  constructor(
    readonly code: KoerskaartErrorCode,
    readonly cardId?: string,
  ) {
    super(cardId ? `koerskaart: ${code} (card ${cardId})` : `koerskaart: ${code}`);
  }
}
