import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import type { OrganisationSettings } from '../organisation';
import { Guid } from '../people';

/**
 * The individual training right of a Belgian employee (Federale Leerrekening): per calendar year
 * the days the right gives and the days HR recorded as used. HR enters what the federal learning
 * account says; Koers does not compute it. It lives beside HR's function links (same container,
 * kind 'training-right'): both are HR's per-person records in the tenant's partition, last writer
 * wins, and the privacy export and erasure already reach that container.
 */

/** Days of one year: at most a year of them, in half days. */
const Days = z.number().min(0).max(365).multipleOf(0.5);

export const TrainingRightYear = z.number().int().min(2000).max(2100);

/** What HR sends for one person and year. */
export const TrainingRightInput = z.object({
  rightDays: Days,
  usedDays: Days,
});
export type TrainingRightInput = z.infer<typeof TrainingRightInput>;

/** The document id of a person's year: one per person and year, so a second write replaces it. */
export function trainingRightId(personId: string, year: number): string {
  return `right-${personId}-${year}`;
}

export const TrainingRight = z.object({
  kind: z.literal('training-right'),
  tenantId: Guid,
  id: z.string().regex(/^right-[0-9A-Fa-f-]{36}-\d{4}$/),
  personId: Guid,
  year: TrainingRightYear,
  rightDays: Days,
  usedDays: Days,
  setBy: Guid,
  setAt: IsoDateTime,
});
export type TrainingRight = z.infer<typeof TrainingRight>;

/** The right as the POP shows it: used of right, and what is left (never below zero). */
export interface TrainingRightBalance {
  year: number;
  rightDays: number;
  usedDays: number;
  leftDays: number;
}

export function trainingRightBalance(right: Pick<TrainingRight, 'year' | 'rightDays' | 'usedDays'>): TrainingRightBalance {
  return { year: right.year, rightDays: right.rightDays, usedDays: right.usedDays, leftDays: Math.max(0, right.rightDays - right.usedDays) };
}

/**
 * The Federale Leerrekening is Belgian law: only organisations in Belgium keep one. The country is
 * the one the organisation's holidays follow; one that never chose is Belgian when its language is.
 */
export function keepsTrainingRights(organisation: Pick<OrganisationSettings, 'locale' | 'holidaySettings'>): boolean {
  return (organisation.holidaySettings?.country ?? (organisation.locale === 'nl-BE' ? 'BE' : 'NL')) === 'BE';
}

/** The training days of a goal's items; undefined when none of them says how many. */
export function goalTrainingDays(items: readonly { trainingDays?: number | undefined }[]): number | undefined {
  const known = items.map((i) => i.trainingDays).filter((d): d is number => d !== undefined);
  return known.length === 0 ? undefined : known.reduce((sum, d) => sum + d, 0);
}

export type TrainingRightErrorCode = 'training-right-not-belgian';

/** A training right asked of an organisation that keeps none (not Belgian): the edge answers 409. */
export class TrainingRightError extends Error {
  override readonly name = 'TrainingRightError';
  constructor(readonly code: TrainingRightErrorCode) {
    super(code);
  }
}

/** A person's training right of one year as the API hands it out; `right` null while HR recorded none. */
export const TrainingRightResponse = z.object({
  personId: Guid,
  year: TrainingRightYear,
  right: z
    .object({
      rightDays: Days,
      usedDays: Days,
      leftDays: Days,
      setAt: IsoDateTime,
    })
    .nullable(),
});
export type TrainingRightResponse = z.infer<typeof TrainingRightResponse>;
