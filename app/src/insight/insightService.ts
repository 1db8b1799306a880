import {
  computeInsightSnapshot,
  createIfAbsent,
  filterInsightTable,
  ForbiddenError,
  insightPeople,
  anonymousInterestOf,
  hasRole,
  K_ANONYMITY,
  goalsAgreedBy,
  NotFoundError,
  readAll,
  roundMembers,
  type Actor,
  type AgreedGoals,
  type Catalogue,
  type Clock,
  type FunctionOption,
  type InsightFilter,
  type InsightResponse,
  type InsightRoundsResponse,
  type InsightSnapshot,
  type MyTalentResponse,
  type NamedTalentResponse,
  type Person,
  type Round,
  type SaveTalentProfileRequest,
  type Stores,
} from '@koers/domain';
import { inBatches } from '../batches';
import { functionResolver } from '../catalogue/careerService';

/**
 * HR's anonymous insight and the talent pool. Insight is read only from the snapshot a round
 * stored when it closed (computed from agreed plans and from what employees opted into); the
 * talent pool is the employee's own, and HR sees a wish by name only when its owner chose that.
 */
export interface InsightService {
  /**
   * What closing a conversation round calls: freezes the insight of the round's audience as it is
   * at `closedAt`. Idempotent: a second call keeps the first snapshot.
   */
  captureRound(round: Round): Promise<InsightSnapshot>;
  rounds(actor: Actor): Promise<InsightRoundsResponse>;
  insight(actor: Actor, roundId: string, filter: InsightFilter): Promise<InsightResponse>;
  /** A page of the wishes shown by name (`continuationToken` from the previous page). */
  namedTalent(actor: Actor, continuationToken?: string): Promise<NamedTalentResponse>;
  myTalent(actor: Person): Promise<MyTalentResponse>;
  saveMyTalent(actor: Person, request: SaveTalentProfileRequest, ifMatch: string | undefined): Promise<MyTalentResponse>;
}

export interface InsightServiceOptions {
  stores: Pick<Stores, 'people' | 'pops' | 'catalogue' | 'insight' | 'talentPool' | 'functionLinks'>;
  clock: Clock;
}

/** Plenty for any organisation Koers serves; a tenant's people and profiles are read whole. */
const WHOLE_TENANT = 200_000;
/** Employees whose plans are read at once when a round closes. */
const PLAN_READS_AT_ONCE = 48;
/** Talent-pool profiles read for one page of the named list (only those who opted in are shown). */
const NAMED_PAGE = 250;

function requireHr(actor: Actor): void {
  if (!hasRole(actor, 'hr')) throw new ForbiddenError('hr-only');
}

function functionOptions(catalogue: Catalogue | undefined): FunctionOption[] {
  return (catalogue?.functions ?? []).map((f) => ({ id: f.id, name: f.name }));
}

export function createInsightService({ stores, clock }: InsightServiceOptions): InsightService {
  const catalogueOf = async (tenantId: string) => (await stores.catalogue.get(tenantId))?.catalogue;

  return {
    async captureRound(round) {
      const { closedAt } = round;
      if (round.status !== 'afgesloten' || !closedAt) throw new RangeError(`round ${round.id} is not closed`);
      const existing = await stores.insight.get(round.tenantId, round.id);
      if (existing) return existing;
      const [people, { catalogue, resolve }, profiles] = await Promise.all([
        readAll((page) => stores.people.listTenant(round.tenantId, page), WHOLE_TENANT),
        functionResolver(stores, round.tenantId),
        readAll((page) => stores.talentPool.listTenant(round.tenantId, page), WHOLE_TENANT),
      ]);
      const present = roundMembers(round, people);
      const functions = catalogue.functions;
      const plans = await inBatches(present, PLAN_READS_AT_ONCE, async (person): Promise<AgreedGoals | undefined> => {
        const pops = await readAll((page) => stores.pops.listForEmployee(round.tenantId, person.id, page), 200);
        const goals = goalsAgreedBy(pops, closedAt);
        return goals ? { employeeId: person.id, goals } : undefined;
      });
      const presentIds = new Set(present.map((p) => p.id));
      const snapshot = computeInsightSnapshot({
        tenantId: round.tenantId,
        roundId: round.id,
        roundName: round.name,
        closedAt,
        people: insightPeople(present, (p) => resolve(p).function?.id),
        agreedPlans: plans.filter((p): p is AgreedGoals => p !== undefined),
        anonymousInterest: anonymousInterestOf(profiles.filter((p) => presentIds.has(p.id))),
        functionIds: functions.map((f) => f.id),
      });
      await createIfAbsent(() => stores.insight.create(snapshot));
      return (await stores.insight.get(round.tenantId, round.id)) ?? snapshot;
    },

    async rounds(actor) {
      requireHr(actor);
      return { k: K_ANONYMITY, rounds: await stores.insight.list(actor.tenantId) };
    },

    async insight(actor, roundId, filter) {
      requireHr(actor);
      const [snapshot, catalogue] = await Promise.all([stores.insight.get(actor.tenantId, roundId), catalogueOf(actor.tenantId)]);
      if (!snapshot) throw new NotFoundError('InsightSnapshot', roundId);
      const departments = [...new Set(snapshot.wishes.groups.flatMap((g) => (g.level === 'afdeling' && g.department !== undefined ? [g.department] : [])))].sort((a, b) => a.localeCompare(b, 'nl'));
      return {
        round: { id: snapshot.id, roundName: snapshot.roundName, closedAt: snapshot.closedAt },
        k: snapshot.k,
        filter,
        wishes: filterInsightTable(snapshot.wishes, filter),
        // The talent columns are functions; the column filter chooses among the wishes only.
        talent: filterInsightTable(snapshot.talent, { ...filter, columns: undefined }),
        departments,
        functions: functionOptions(catalogue),
      };
    },

    async namedTalent(actor, continuationToken) {
      requireHr(actor);
      const [page, catalogue] = await Promise.all([
        stores.talentPool.listTenant(actor.tenantId, { maxItems: NAMED_PAGE, ...(continuationToken ? { continuationToken } : {}) }),
        catalogueOf(actor.tenantId),
      ]);
      const named = page.items.filter((p) => p.showName && p.interests.length > 0);
      const people = await inBatches(named, PLAN_READS_AT_ONCE, (p) => stores.people.get(actor.tenantId, p.id));
      return {
        people: named.flatMap((profile, i) => {
          const person = people[i]?.value;
          if (!person || person.leftAt) return [];
          return [
            {
              id: person.id,
              displayName: person.displayName,
              ...(person.department ? { department: person.department } : {}),
              ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
              interests: profile.interests,
              updatedAt: profile.updatedAt,
            },
          ];
        }),
        functions: functionOptions(catalogue),
        continuationToken: page.continuationToken ?? null,
      };
    },

    async myTalent(actor) {
      const [stored, catalogue] = await Promise.all([stores.talentPool.get(actor.tenantId, actor.id), catalogueOf(actor.tenantId)]);
      return {
        interests: stored?.value.interests ?? [],
        showName: stored?.value.showName ?? false,
        updatedAt: stored?.value.updatedAt ?? null,
        etag: stored?.etag ?? null,
        functions: functionOptions(catalogue),
      };
    },

    async saveMyTalent(actor, request, ifMatch) {
      const catalogue = await catalogueOf(actor.tenantId);
      const known = new Set((catalogue?.functions ?? []).map((f) => f.id));
      const unknown = request.interests.find((i) => !known.has(i.functionId));
      if (unknown) throw new NotFoundError('Function', unknown.functionId);
      const saved = await stores.talentPool.save(
        { tenantId: actor.tenantId, id: actor.id, interests: request.interests, showName: request.showName, updatedAt: clock.now().toISOString() },
        ifMatch,
      );
      return {
        interests: saved.value.interests,
        showName: saved.value.showName,
        updatedAt: saved.value.updatedAt,
        etag: saved.etag,
        functions: functionOptions(catalogue),
      };
    },
  };
}
