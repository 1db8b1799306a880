import {
  addCounts,
  cellCounts,
  effectiveStatus,
  ForbiddenError,
  hasRole,
  NotFoundError,
  readAll,
  statusClauses,
  zeroCounts,
  type AccessCapacity,
  type Actor,
  type Clock,
  type PersonProgress,
  type ProgressBoardResponse,
  type ProgressFilter,
  type ProgressFilterQuery,
  type ProgressPeopleQuery,
  type ProgressPeopleResponse,
  type ProgressPerson,
  type ProgressRound,
  type ProgressRoundsResponse,
  type Round,
  type Stores,
} from '@koers/domain';
import { createAccessRecorder } from '../privacy/accessLog';

/**
 * HR's progress board: counts per department and per conversation partner, and who stands where,
 * without any content. Koers.HR sees everyone; a manager sees only the people whose conversations
 * they hold; anyone else nothing. Every line a reader gets about someone else is on that person's
 * access log ("status"), before it is handed out.
 */
export interface ProgressService {
  rounds(actor: Actor): Promise<ProgressRoundsResponse>;
  board(actor: Actor, roundId: string): Promise<ProgressBoardResponse>;
  people(actor: Actor, roundId: string, query: ProgressPeopleQuery): Promise<ProgressPeopleResponse>;
  /** Every line the filters select (the exports). */
  everyone(actor: Actor, roundId: string, query: ProgressFilterQuery): Promise<{ round: ProgressRound; people: ProgressPerson[] }>;
}

const PAGE = 50;
const EXPORT_PAGE = 2_000;
/** Access-log lines written at once (an export of a whole organisation writes one per person). */
const LOG_BATCH = 100;

function capacityOf(actor: Actor): AccessCapacity {
  if (hasRole(actor, 'hr')) return 'hr';
  if (hasRole(actor, 'manager')) return 'manager';
  throw new ForbiddenError('forbidden');
}

function roundView(round: Round): ProgressRound {
  return { id: round.id, name: round.name, period: { from: round.period.from, to: round.period.to }, status: round.status };
}

export function createProgressService({ stores, clock }: { stores: Stores; clock: Clock }): ProgressService {
  const access = createAccessRecorder({ stores, clock });

  async function timeZoneOf(tenantId: string): Promise<string> {
    return (await stores.organisations.get(tenantId))?.value.timeZone ?? 'Europe/Amsterdam';
  }

  async function visibleRound(actor: Actor, roundId: string): Promise<Round> {
    capacityOf(actor);
    const round = (await stores.rounds.get(actor.tenantId, roundId))?.value;
    // A round still in concept has no board yet: HR shapes it on the Rondes page.
    if (!round || round.status === 'concept') throw new NotFoundError('Round', roundId);
    return round;
  }

  /** A manager's filter is always their own people; HR's is what they asked. */
  function filterFor(actor: Actor, round: Round, timeZone: string, query: ProgressFilterQuery, now: Date): ProgressFilter {
    const capacity = capacityOf(actor);
    if (capacity === 'manager' && query.managerId !== undefined && query.managerId !== actor.id) throw new ForbiddenError('forbidden');
    return {
      ...(query.department ? { department: query.department } : {}),
      ...(capacity === 'manager' ? { managerId: actor.id } : query.managerId ? { managerId: query.managerId } : {}),
      ...(query.status ? { statuses: statusClauses(query.status, round, timeZone, now) } : {}),
    };
  }

  function line(progress: PersonProgress, round: Round, timeZone: string, now: Date): ProgressPerson {
    return {
      personId: progress.personId,
      ...(progress.managerId ? { managerId: progress.managerId } : {}),
      displayName: progress.displayName,
      ...(progress.department ? { department: progress.department } : {}),
      ...(progress.managerName ? { managerName: progress.managerName } : {}),
      status: effectiveStatus(progress, round, timeZone, now),
      ...progress.dates,
    };
  }

  async function logged(actor: Actor, round: Round, people: readonly PersonProgress[]): Promise<void> {
    const capacity = capacityOf(actor);
    for (let i = 0; i < people.length; i += LOG_BATCH) {
      await Promise.all(people.slice(i, i + LOG_BATCH).map((p) => access.read(actor, p.personId, 'status', capacity, round.id)));
    }
  }

  return {
    async rounds(actor) {
      capacityOf(actor);
      const rounds = await readAll((page) => stores.rounds.list(actor.tenantId, page), 10_000);
      return { rounds: rounds.filter((r) => r.status !== 'concept').map(roundView) };
    },

    async board(actor, roundId) {
      const round = await visibleRound(actor, roundId);
      const capacity = capacityOf(actor);
      const [timeZone, cells] = await Promise.all([timeZoneOf(actor.tenantId), stores.roundProgress.listCells(actor.tenantId, roundId)]);
      const now = clock.now();
      const mine = capacity === 'manager' ? cells.filter((c) => c.value.managerId === actor.id) : cells;
      const total = zeroCounts();
      const departments = new Map<string, { department?: string; counts: ReturnType<typeof zeroCounts> }>();
      const managers = new Map<string, { managerId?: string; managerName?: string; counts: ReturnType<typeof zeroCounts> }>();
      for (const { value: cell } of mine) {
        const counts = cellCounts(cell, round, timeZone, now);
        addCounts(total, counts);
        const d = departments.get(cell.department ?? '') ?? { ...(cell.department ? { department: cell.department } : {}), counts: zeroCounts() };
        departments.set(cell.department ?? '', { ...d, counts: addCounts(d.counts, counts) });
        const m = managers.get(cell.managerId ?? '') ?? {
          ...(cell.managerId ? { managerId: cell.managerId } : {}),
          ...(cell.managerName ? { managerName: cell.managerName } : {}),
          counts: zeroCounts(),
        };
        managers.set(cell.managerId ?? '', { ...m, counts: addCounts(m.counts, counts) });
      }
      const byName = (a?: string, b?: string) => (a ?? '\uffff').localeCompare(b ?? '\uffff', 'nl');
      return {
        round: roundView(round),
        asOf: now.toISOString(),
        total,
        departments: [...departments.values()].sort((a, b) => byName(a.department, b.department)),
        managers: [...managers.values()].sort((a, b) => byName(a.managerName, b.managerName)),
      };
    },

    async people(actor, roundId, query) {
      const round = await visibleRound(actor, roundId);
      const timeZone = await timeZoneOf(actor.tenantId);
      const now = clock.now();
      const page = await stores.roundProgress.list(actor.tenantId, roundId, filterFor(actor, round, timeZone, query, now), {
        maxItems: query.maxItems ?? PAGE,
        ...(query.continuationToken ? { continuationToken: query.continuationToken } : {}),
      });
      await logged(actor, round, page.items);
      return { items: page.items.map((p) => line(p, round, timeZone, now)), ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}) };
    },

    async everyone(actor, roundId, query) {
      const round = await visibleRound(actor, roundId);
      const timeZone = await timeZoneOf(actor.tenantId);
      const now = clock.now();
      const filter = filterFor(actor, round, timeZone, query, now);
      const all: PersonProgress[] = [];
      let continuationToken: string | undefined;
      do {
        const page = await stores.roundProgress.list(actor.tenantId, roundId, filter, { maxItems: EXPORT_PAGE, ...(continuationToken ? { continuationToken } : {}) });
        all.push(...page.items);
        continuationToken = page.continuationToken;
      } while (continuationToken);
      await logged(actor, round, all);
      return { round: roundView(round), people: all.map((p) => line(p, round, timeZone, now)) };
    },
  };
}
