import {
  competenceGap,
  costForEmployee,
  ForbiddenError,
  hasRole,
  jobTitleKey,
  jobTitleLinkId,
  netCost,
  NotFoundError,
  reachableFunctions,
  readAll,
  resolveFunction,
  suggestedFunction,
  visiblePreparation,
  type Actor,
  type AssignFunctionRequest,
  type CareerOptionsResponse,
  type Catalogue,
  type Clock,
  type ConfirmJobTitleRequest,
  type FunctionLinksResponse,
  type FunctionResolution,
  type FunctionSource,
  type FunctionSummary,
  type JobFunction,
  type LearningItem,
  type LearningOption,
  type Person,
  type Preparation,
  type Stores,
} from '@koers/domain';
import { conversationOfParty } from '../booking/conversationOfParty';
import { createAccessRecorder } from '../privacy/accessLog';
import { createTrainingRightService, type TrainingRightService } from './trainingRightService';

/**
 * "Where can I grow?" for one person: which function they hold (HR's assignment, else the job
 * title HR confirmed), the paths from it, and per path what they still lack with the learning
 * offer and what it costs them. HR keeps the links; the person and whoever holds their career
 * conversations read the options. HR's training rights of Belgian people (trainingRightService.ts)
 * come along, as they live beside the function links.
 */
export interface CareerService extends TrainingRightService {
  /** The person's function and how it is known; undefined while HR linked none. */
  functionOf(tenantId: string, personId: string): Promise<PersonFunction | undefined>;
  careerOptions(actor: Actor, personId: string, options?: { conversationId?: string }): Promise<CareerOptionsResponse>;
  /** Koers.HR: the directory's job titles with what they mean, and the people HR linked by hand. */
  functionLinks(actor: Actor): Promise<FunctionLinksResponse>;
  confirmJobTitle(actor: Actor, request: ConfirmJobTitleRequest): Promise<FunctionLinksResponse>;
  assignFunction(actor: Actor, personId: string, request: AssignFunctionRequest): Promise<FunctionLinksResponse>;
}

export interface PersonFunction {
  function: JobFunction;
  source: FunctionSource;
}

export interface CareerServiceOptions {
  stores: Stores;
  clock: Clock;
}

/** Paths shown per person and learning items per gap: what a conversation can take in. */
const MAX_PATHS = 20;
const MAX_LEARNING_PER_GAP = 3;
/** A directory is read whole for HR's job-title list; larger ones are cut here. */
const MAX_PEOPLE_SCANNED = 50_000;

const EMPTY_CATALOGUE: Catalogue = { competences: [], families: [], functions: [], paths: [], certificates: [], learning: [] };

/**
 * The tenant's function links read once, to resolve many people: the reminder timer and the
 * bench resolve a whole organisation, a request one person.
 */
export async function functionResolver(stores: Pick<Stores, 'catalogue' | 'functionLinks'>, tenantId: string): Promise<{ catalogue: Catalogue; resolve: (person: Pick<Person, 'id' | 'jobTitle'>) => FunctionResolution }> {
  const [stored, confirmations, assignments] = await Promise.all([stores.catalogue.get(tenantId), stores.functionLinks.listConfirmations(tenantId), stores.functionLinks.listAssignments(tenantId)]);
  const catalogue = stored?.catalogue ?? EMPTY_CATALOGUE;
  const byPerson = new Map(assignments.map((a) => [a.id, a]));
  return { catalogue, resolve: (person) => resolveFunction(catalogue, person, { assignment: byPerson.get(person.id), confirmations }) };
}

function summary(fn: JobFunction): FunctionSummary {
  return { id: fn.id, name: fn.name, level: fn.level, familyId: fn.familyId, description: fn.description };
}

function learningOption(item: LearningItem, current: JobFunction | undefined): LearningOption {
  return {
    id: item.id,
    title: item.title,
    kind: item.kind,
    provider: item.provider,
    hours: item.hours,
    costEuro: item.costEuro,
    netCostEuro: netCost(item),
    ...(item.funding ? { funding: item.funding } : {}),
    internal: item.internal,
    language: item.language,
    ...(item.url ? { url: item.url } : {}),
    costForEmployee: costForEmployee(item, current),
  };
}

/** The person and whoever holds their career conversations now (manager or gesprekspartner). */
function mayReadOptions(actor: Actor, person: Person): boolean {
  if (person.tenantId !== actor.tenantId || person.leftAt) return false;
  return actor.id === person.id || person.managerId === actor.id || person.gesprekspartnerId === actor.id;
}

export function createCareerService({ stores, clock }: CareerServiceOptions): CareerService {
  const access = createAccessRecorder({ stores, clock });

  function requireHr(actor: Actor): void {
    if (!hasRole(actor, 'hr')) throw new ForbiddenError('hr-only');
  }

  async function personOf(tenantId: string, personId: string): Promise<Person> {
    const found = (await stores.people.get(tenantId, personId))?.value;
    if (!found) throw new NotFoundError('Person', personId);
    return found;
  }

  /** The employee's self-assessment in one conversation's preparation, as the actor may see it. */
  async function selfAssessmentOf(actor: Actor, person: Person, conversationId: string | undefined): Promise<Preparation['selfAssessment'] | undefined> {
    if (conversationId === undefined) return undefined;
    const conversation = (await conversationOfParty(stores, actor, conversationId)).value;
    if (conversation.employeeId !== person.id) throw new NotFoundError('Conversation', conversationId);
    const stored = await stores.preparations.get(conversation.tenantId, conversation.employeeId, conversation.id, 'employee');
    const visible = stored ? visiblePreparation(stored.value, actor, conversation.managerId) : undefined;
    const assessment = visible?.selfAssessment;
    if (assessment && actor.id !== person.id) await access.read(actor, person.id, 'preparation', 'manager', conversation.id);
    return assessment;
  }

  async function overview(actor: Actor): Promise<FunctionLinksResponse> {
    const [{ catalogue }, confirmations, assignments, people] = await Promise.all([
      functionResolver(stores, actor.tenantId),
      stores.functionLinks.listConfirmations(actor.tenantId),
      stores.functionLinks.listAssignments(actor.tenantId),
      readAll((page) => stores.people.listTenant(actor.tenantId, page), MAX_PEOPLE_SCANNED),
    ]);
    const active = people.filter((p) => !p.leftAt);
    const titles = new Map<string, { jobTitle: string; people: number }>();
    for (const person of active) {
      if (!person.jobTitle || jobTitleKey(person.jobTitle) === '') continue;
      const key = jobTitleKey(person.jobTitle);
      const entry = titles.get(key) ?? { jobTitle: person.jobTitle.trim(), people: 0 };
      entry.people += 1;
      titles.set(key, entry);
    }
    for (const c of confirmations) if (!titles.has(jobTitleKey(c.jobTitle))) titles.set(jobTitleKey(c.jobTitle), { jobTitle: c.jobTitle, people: 0 });
    const confirmedByKey = new Map(confirmations.map((c) => [jobTitleKey(c.jobTitle), c.functionId]));
    const byId = new Map(people.map((p) => [p.id, p]));
    return {
      jobTitles: [...titles.entries()]
        .map(([key, t]) => {
          const suggested = suggestedFunction(catalogue, t.jobTitle);
          const confirmed = confirmedByKey.get(key);
          return { ...t, ...(suggested ? { suggestedFunctionId: suggested.id } : {}), ...(confirmed ? { confirmedFunctionId: confirmed } : {}) };
        })
        .sort((a, b) => a.jobTitle.localeCompare(b.jobTitle, 'nl')),
      assignments: assignments.flatMap((a) => {
        const person = byId.get(a.id);
        if (!person || person.leftAt) return [];
        return [{ personId: a.id, displayName: person.displayName, ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}), functionId: a.functionId }];
      }),
      functions: catalogue.functions.map((f) => ({ id: f.id, name: f.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    };
  }

  async function requireFunction(tenantId: string, functionId: string): Promise<void> {
    const catalogue = (await stores.catalogue.get(tenantId))?.catalogue;
    if (!catalogue?.functions.some((f) => f.id === functionId)) throw new NotFoundError('Function', functionId);
  }

  return {
    ...createTrainingRightService({ stores, clock }),

    async functionOf(tenantId, personId) {
      const person = (await stores.people.get(tenantId, personId))?.value;
      if (!person) return undefined;
      const [stored, confirmations, assignment] = await Promise.all([stores.catalogue.get(tenantId), stores.functionLinks.listConfirmations(tenantId), stores.functionLinks.getAssignment(tenantId, personId)]);
      const resolved = resolveFunction(stored?.catalogue ?? EMPTY_CATALOGUE, person, { assignment: assignment?.value, confirmations });
      return resolved.function ? { function: resolved.function, source: resolved.source } : undefined;
    },

    async careerOptions(actor, personId, options = {}) {
      const person = await personOf(actor.tenantId, personId).catch(() => undefined);
      if (!person || !mayReadOptions(actor, person)) throw new NotFoundError('Person', personId);
      const [{ catalogue, resolve }, assessment] = await Promise.all([functionResolver(stores, actor.tenantId), selfAssessmentOf(actor, person, options.conversationId)]);
      const resolved = resolve(person);
      const current = resolved.function;
      const ratings = new Map((assessment?.ratings ?? []).map((r) => [r.competenceId, r.level]));
      const reachable = current ? reachableFunctions(catalogue, current.id).slice(0, MAX_PATHS) : [];
      const paths = reachable.map((r) => ({
        function: summary(r.function),
        kind: r.via.kind,
        note: r.via.note,
        steps: r.steps,
        gaps: competenceGap(catalogue, { currentFunctionId: current?.id, targetFunctionId: r.function.id, selfAssessment: ratings }).map((gap) => ({
          competenceId: gap.competenceId,
          name: gap.name,
          expected: gap.expected,
          current: gap.current,
          learning: gap.learning.slice(0, MAX_LEARNING_PER_GAP).map((item) => learningOption(item, current)),
        })),
      }));
      const asked = new Set([...(current?.requirements ?? []), ...reachable.flatMap((r) => r.function.requirements)].map((r) => r.competenceId));
      return {
        personId: person.id,
        function: current ? summary(current) : null,
        source: resolved.function ? resolved.source : null,
        paths,
        competences: catalogue.competences.filter((c) => asked.has(c.id)).map((c) => ({ id: c.id, name: c.name, description: c.description })),
        selfAssessment: assessment ? { ratings: assessment.ratings, shared: assessment.shared } : null,
      };
    },

    async functionLinks(actor) {
      requireHr(actor);
      return overview(actor);
    },

    async confirmJobTitle(actor, request) {
      requireHr(actor);
      const id = jobTitleLinkId(request.jobTitle);
      if (request.functionId === null) await stores.functionLinks.remove(actor.tenantId, id);
      else {
        await requireFunction(actor.tenantId, request.functionId);
        await stores.functionLinks.upsert({ kind: 'job-title', tenantId: actor.tenantId, id, jobTitle: request.jobTitle.trim(), functionId: request.functionId, setBy: actor.id, setAt: clock.now().toISOString() });
      }
      return overview(actor);
    },

    async assignFunction(actor, personId, request) {
      requireHr(actor);
      const person = await personOf(actor.tenantId, personId);
      if (request.functionId === null) await stores.functionLinks.remove(actor.tenantId, person.id);
      else {
        await requireFunction(actor.tenantId, request.functionId);
        await stores.functionLinks.upsert({ kind: 'person', tenantId: actor.tenantId, id: person.id, functionId: request.functionId, setBy: actor.id, setAt: clock.now().toISOString() });
      }
      return overview(actor);
    },
  };
}
