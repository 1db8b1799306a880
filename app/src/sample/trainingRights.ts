import { trainingRightId, type Stores } from '@koers/domain';
import { inBatches } from '../batches';
import { SAMPLE_PEOPLE } from './sampleOrg';

/**
 * Drukkerij Peeters' HR copied this year's Federale Leerrekening of its people into Koers: five
 * days of right each (invented), with what Wout and Lotte already used.
 */
const PEETERS_RIGHTS = [
  { person: SAMPLE_PEOPLE.an, rightDays: 5, usedDays: 0 },
  { person: SAMPLE_PEOPLE.wout, rightDays: 5, usedDays: 2 },
  { person: SAMPLE_PEOPLE.lotte, rightDays: 5, usedDays: 0.5 },
] as const;

export async function recordSampleTrainingRights(stores: Stores, by: { id: string; at: string }): Promise<void> {
  const year = Number(by.at.slice(0, 4));
  await inBatches([...PEETERS_RIGHTS], 10, ({ person, rightDays, usedDays }) =>
    stores.functionLinks.upsert({
      kind: 'training-right',
      tenantId: person.tenantId,
      id: trainingRightId(person.id, year),
      personId: person.id,
      year,
      rightDays,
      usedDays,
      setBy: by.id,
      setAt: by.at,
    }),
  );
}
