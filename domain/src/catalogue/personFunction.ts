import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import { Guid } from '../people';
import { CatalogueId, type Catalogue, type JobFunction } from './schema';
import { TrainingRight } from './trainingRight';

/**
 * Which function of the function house someone holds. HR decides: either by assigning a person a
 * function, or by confirming that a directory job title means a function (every person with that
 * title then holds it). The catalogue's own `jobTitles` only suggest such a match; until HR confirms
 * it, nobody is linked through it.
 */

/** A directory job title as a key: case, surrounding and doubled spaces do not make another title. */
export function jobTitleKey(jobTitle: string): string {
  return jobTitle.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

/**
 * The document id of a job title's confirmation. Cosmos ids may not hold '/', '\\', '?' or '#'
 * and a title may, so the id is a 64-bit hash of the key (two FNV-1a rounds); the title itself is
 * stored beside it.
 */
export function jobTitleLinkId(jobTitle: string): string {
  const key = jobTitleKey(jobTitle);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (i & 0xff), 0x0100019d) >>> 0;
  }
  return `title-${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

/** HR's assignment of one person to a function (id = the person's id); wins over any job title. */
export const PersonFunctionAssignment = z.object({
  kind: z.literal('person'),
  tenantId: Guid,
  id: Guid,
  functionId: CatalogueId,
  setBy: Guid,
  setAt: IsoDateTime,
});
export type PersonFunctionAssignment = z.infer<typeof PersonFunctionAssignment>;

/** HR's confirmation that a directory job title means a function (id = jobTitleLinkId of the title). */
export const JobTitleConfirmation = z.object({
  kind: z.literal('job-title'),
  tenantId: Guid,
  id: z.string().regex(/^title-[0-9a-f]{16}$/),
  jobTitle: z.string().trim().min(1).max(200),
  functionId: CatalogueId,
  setBy: Guid,
  setAt: IsoDateTime,
});
export type JobTitleConfirmation = z.infer<typeof JobTitleConfirmation>;

/** One document of the functionLinks container: a person's assignment, a job title's confirmation or a person's training right of a year. */
export const FunctionLink = z.discriminatedUnion('kind', [PersonFunctionAssignment, JobTitleConfirmation, TrainingRight]);
export type FunctionLink = z.infer<typeof FunctionLink>;

/** The function the catalogue's `functietitels` suggest for a job title; HR still has to confirm it. */
export function suggestedFunction(catalogue: Catalogue, jobTitle: string | undefined): JobFunction | undefined {
  if (!jobTitle) return undefined;
  const wanted = jobTitleKey(jobTitle);
  if (wanted === '') return undefined;
  return catalogue.functions.find((f) => f.jobTitles.some((t) => jobTitleKey(t) === wanted));
}

/** How someone's function is known: HR set it, or HR confirmed their job title means it. */
export type FunctionSource = 'hr' | 'job-title';

export type FunctionResolution =
  | { function: JobFunction; source: FunctionSource }
  /** No function; `suggestion` is what the catalogue's job titles propose, for HR to confirm. */
  | { function?: undefined; suggestion?: JobFunction };

/**
 * The function a person holds. HR's assignment wins; else the confirmation of their directory job
 * title; a link to a function the catalogue no longer has counts as none. An unconfirmed match of
 * the catalogue's job titles is only a suggestion.
 */
export function resolveFunction(
  catalogue: Catalogue,
  person: { id: string; jobTitle?: string | undefined },
  links: { assignment?: Pick<PersonFunctionAssignment, 'functionId'> | undefined; confirmations: readonly Pick<JobTitleConfirmation, 'jobTitle' | 'functionId'>[] },
): FunctionResolution {
  const byId = (id: string) => catalogue.functions.find((f) => f.id === id);
  const assigned = links.assignment ? byId(links.assignment.functionId) : undefined;
  if (assigned) return { function: assigned, source: 'hr' };
  if (person.jobTitle) {
    const key = jobTitleKey(person.jobTitle);
    const confirmation = links.confirmations.find((c) => jobTitleKey(c.jobTitle) === key);
    const confirmed = confirmation ? byId(confirmation.functionId) : undefined;
    if (confirmed) return { function: confirmed, source: 'job-title' };
  }
  const suggestion = suggestedFunction(catalogue, person.jobTitle);
  return suggestion ? { suggestion } : {};
}
