import { z } from 'zod';

/** The bounded scalars the Koerskaart's records and version vectors are built of. */

/** Ids and nonces are made by the caller (random), keeping the domain deterministic. */
export const Token = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'letters, digits, _ and -, starting with a letter or digit');

/** A count of writes: a Lamport version, or one replica's entry in a version vector. */
export const Counter = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
