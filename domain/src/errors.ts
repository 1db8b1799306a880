/**
 * Domain-level failures. Adapters translate store-specific errors into these, and the HTTP edge
 * translates these into problem+json; nothing in between needs to know about Cosmos or HTTP.
 */
export class ConcurrencyError extends Error {
  override readonly name = 'ConcurrencyError';
  constructor(readonly entity: string, readonly id: string) {
    super(`${entity} ${id} was changed by someone else`);
  }
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(readonly entity: string, readonly id: string) {
    super(`${entity} ${id} not found`);
  }
}

export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(readonly entity: string, readonly id: string) {
    super(`${entity} ${id} already exists`);
  }
}

/** A continuation token that is garbage, or belongs to another list or tenant (PageRequest). */
export class InvalidContinuationTokenError extends Error {
  override readonly name = 'InvalidContinuationTokenError';
  constructor() {
    super('continuation token is not valid for this list');
  }
}
