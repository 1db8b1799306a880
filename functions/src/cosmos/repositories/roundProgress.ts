import type { Database, JSONValue } from '@azure/cosmos';
import { PersonProgress, personProgressId, ProgressCell, type ProgressFilter, type RoundProgressStore } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

/** The SQL of a progress filter; every input a parameter. */
function filterSql(filter: ProgressFilter): { where: string; parameters: Record<string, JSONValue> } {
  const parts: string[] = [];
  const parameters: Record<string, JSONValue> = {};
  if (filter.department !== undefined) {
    parts.push('c.department = @department');
    parameters.department = filter.department;
  }
  if (filter.managerId !== undefined) {
    parts.push('c.managerId = @managerId');
    parameters.managerId = filter.managerId;
  }
  if (filter.statuses !== undefined) {
    if (filter.statuses.length === 0) parts.push('false');
    else {
      const clauses = filter.statuses.map((clause, i) => {
        parameters[`s${i}`] = clause.status;
        const conditions = [`c.status = @s${i}`];
        if (clause.heldBefore !== undefined) {
          parameters[`b${i}`] = clause.heldBefore;
          conditions.push(`(IS_DEFINED(c.heldFrom) AND c.heldFrom <= @b${i})`);
        }
        if (clause.notHeldBefore !== undefined) {
          parameters[`n${i}`] = clause.notHeldBefore;
          conditions.push(`(NOT IS_DEFINED(c.heldFrom) OR c.heldFrom > @n${i})`);
        }
        return `(${conditions.join(' AND ')})`;
      });
      parts.push(`(${clauses.join(' OR ')})`);
    }
  }
  return { where: parts.map((p) => ` AND ${p}`).join(''), parameters };
}

export function createRoundProgressStore(database: Database): RoundProgressStore {
  const people = new DocumentCollection<PersonProgress>(database, {
    entity: 'PersonProgress',
    spec: CONTAINERS.roundProgress,
    schema: PersonProgress,
    partitionKey: (p) => p.tenantId,
    derive: (p) => ({ sortName: p.displayName.toLocaleLowerCase('nl-NL') }),
  });
  const cells = new DocumentCollection<ProgressCell>(database, {
    entity: 'ProgressCell',
    spec: CONTAINERS.roundProgressCounts,
    schema: ProgressCell,
    partitionKey: (c) => c.tenantId,
    derive: () => ({}),
  });

  function checked(progress: PersonProgress): PersonProgress {
    // One document per person per round: the id is what makes a second write meet the first.
    if (progress.id !== personProgressId(progress.roundId, progress.personId)) {
      throw new RangeError(`progress id ${progress.id} must be roundId:personId`);
    }
    return progress;
  }

  return {
    get: async (tenantId, roundId, personId) => people.read(tenantId, tenantId, personProgressId(roundId, personId)),
    create: async (progress) => people.create(checked(progress)),
    replace: async (progress, ifMatch) => people.replace(checked(progress), ifMatch),
    delete: async (tenantId, roundId, personId, ifMatch) => people.deleteIfMatch(tenantId, personProgressId(roundId, personId), ifMatch),
    list: async (tenantId, roundId, filter, page) => {
      const { where, parameters } = filterSql(filter);
      return people.queryPage(
        {
          tenantId,
          partitionKey: tenantId,
          sql: `SELECT * FROM c WHERE c.tenantId = @tenantId AND c.roundId = @roundId${where} ORDER BY c.sortName ASC, c.id ASC`,
          parameters: { roundId, ...parameters },
        },
        page,
      );
    },
    listRound: async (tenantId, roundId) =>
      people.queryAllStored({
        tenantId,
        partitionKey: tenantId,
        sql: 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.roundId = @roundId ORDER BY c.id ASC',
        parameters: { roundId },
      }),
    listForPerson: async (tenantId, personId) =>
      people.queryAll({
        tenantId,
        partitionKey: tenantId,
        sql: 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.personId = @personId ORDER BY c.id ASC',
        parameters: { personId },
      }),
    getCell: async (tenantId, cellId) => cells.read(tenantId, tenantId, cellId),
    createCell: async (cell) => cells.create(cell),
    replaceCell: async (cell, ifMatch) => cells.replace(cell, ifMatch),
    deleteCell: async (tenantId, cellId, ifMatch) => cells.deleteIfMatch(tenantId, cellId, ifMatch),
    listCells: async (tenantId, roundId) =>
      cells.queryAllStored({
        tenantId,
        partitionKey: tenantId,
        sql: 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.roundId = @roundId ORDER BY c.id ASC',
        parameters: { roundId },
      }),
  };
}
