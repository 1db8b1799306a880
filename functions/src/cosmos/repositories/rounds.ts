import type { Database } from '@azure/cosmos';
import { exemptionId, Round, RoundExemption, type RoundStore } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

export function createRoundStore(database: Database): RoundStore {
  const rounds = new DocumentCollection<Round>(database, {
    entity: 'Round',
    spec: CONTAINERS.rounds,
    schema: Round,
    partitionKey: (r) => r.tenantId,
    derive: (r) => ({ startsOn: r.period.from }),
  });
  const exemptions = new DocumentCollection<RoundExemption>(database, {
    entity: 'RoundExemption',
    spec: CONTAINERS.roundExemptions,
    schema: RoundExemption,
    partitionKey: (e) => e.tenantId,
    derive: () => ({}),
  });

  function checked(exemption: RoundExemption): RoundExemption {
    // One exemption per person per round: the id is what makes a second one replace the first.
    if (exemption.id !== exemptionId(exemption.roundId, exemption.personId)) {
      throw new RangeError(`exemption id ${exemption.id} must be roundId:personId`);
    }
    return exemption;
  }

  return {
    get: async (tenantId, roundId) => rounds.read(tenantId, tenantId, roundId),
    list: async (tenantId, page) =>
      rounds.queryPage(
        { tenantId, partitionKey: tenantId, sql: 'SELECT * FROM c WHERE c.tenantId = @tenantId ORDER BY c.startsOn DESC, c.id ASC' },
        page,
      ),
    create: async (round) => rounds.create(round),
    replace: async (round, ifMatch) => rounds.replace(round, ifMatch),
    setExemption: async (exemption) => exemptions.upsert(checked(exemption)),
    removeExemption: async (tenantId, roundId, personId) => exemptions.delete(tenantId, exemptionId(roundId, personId)),
    listExemptions: async (tenantId, roundId) =>
      exemptions.queryAll({
        tenantId,
        partitionKey: tenantId,
        sql: 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.roundId = @roundId ORDER BY c.id ASC',
        parameters: { roundId },
      }),
    listExemptionsOfPerson: async (tenantId, personId) =>
      exemptions.queryAll({
        tenantId,
        partitionKey: tenantId,
        sql: 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.personId = @personId ORDER BY c.id ASC',
        parameters: { personId },
      }),
  };
}
