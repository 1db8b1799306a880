import {
  dueCheckIns,
  ForbiddenError,
  goalProgressSummary,
  goalReminderSettings,
  goalsNeedingHelp,
  hasApproved,
  heldAt,
  isConversationParty,
  isHeld,
  latestApprovedVersion,
  nextActionFor,
  popStatus,
  prepQuestionsFor,
  readAll,
  toPersonSummary,
  currentVersion,
  type Actor,
  type Conversation,
  type HeldConversation,
  type HomeGoal,
  type HomeManagerSees,
  type HomeNextConversation,
  type HomeResponse,
  type OrganisationSettings,
  type Person,
  type Pop,
  type PortfolioService,
  type Preparation,
  type Stores,
  type TeamRow,
} from '@koers/domain';
import { conversationTemplate } from '../templates/pinnedTemplate';

/**
 * The home pages: what the signed-in person should do next. Reads only what the actor may read
 * anyway — their own conversations, plans and preparation; as a manager the conversations they
 * hold with their team, the plans made with them, and of a preparation only whether it is marked
 * done (never its answers). Dated by the app's clock, so the page and the server agree on "today".
 */

export interface HomeService {
  home(actor: Actor): Promise<HomeResponse>;
}

export interface HomeServiceOptions {
  stores: Pick<Stores, 'organisations' | 'people' | 'conversations' | 'pops' | 'preparations' | 'templates'>;
  clock: { now(): Date };
  /** What the manager sees of the portfolio: the portfolio use case's own rule. */
  portfolio: Pick<PortfolioService, 'get'>;
}

/** The most held conversations the history lists. */
export const MAX_HISTORY = 50;

/** Planned, still to come or under way, soonest first. */
function upcoming(conversations: readonly Conversation[], now: Date): Conversation[] {
  return conversations
    .filter((c) => c.status === 'gepland' && c.start !== undefined && !isHeld(c, now))
    .sort((a, b) => Date.parse(a.start ?? '') - Date.parse(b.start ?? ''));
}

function newestHeld(conversations: readonly Conversation[], now: Date): Conversation[] {
  return conversations.filter((c) => isHeld(c, now)).sort((a, b) => Date.parse(heldAt(b)) - Date.parse(heldAt(a)));
}

function newestPop(pops: readonly Pop[]): Pop | undefined {
  return [...pops].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))[0];
}

type PersonLookup = (tenantId: string, id: string) => Promise<Person | undefined>;

export function createHomeService({ stores, clock, portfolio }: HomeServiceOptions): HomeService {
  /** One read per person and request: a team's names come up in several places. */
  function lookup(): PersonLookup {
    const people = new Map<string, Promise<Person | undefined>>();
    return (tenantId, id) => {
      const key = `${tenantId}|${id}`;
      let found = people.get(key);
      if (!found) {
        found = stores.people.get(tenantId, id).then((p) => p?.value);
        people.set(key, found);
      }
      return found;
    };
  }

  const employeePreparation = (c: Conversation): Promise<Preparation | undefined> =>
    stores.preparations.get(c.tenantId, c.employeeId, c.id, 'employee').then((p) => p?.value);

  async function ownPart(personOf: PersonLookup, actor: Actor, org: OrganisationSettings, conversations: Conversation[], pops: Pop[], now: Date): Promise<NonNullable<HomeResponse['own']>> {
    const settings = goalReminderSettings(org);
    const manager = actor.managerId ? await personOf(actor.tenantId, actor.managerId) : undefined;
    const nextConversation = upcoming(conversations, now)[0];
    const prep = nextConversation ? await employeePreparation(nextConversation) : undefined;
    // Out of the questions of the template the conversation pinned.
    const questions = nextConversation ? (await conversationTemplate(stores, nextConversation)).content.questions : undefined;
    const withWhom = nextConversation ? await personOf(actor.tenantId, nextConversation.managerId) : undefined;
    const next: HomeNextConversation | undefined =
      nextConversation?.start && withWhom
        ? {
            id: nextConversation.id,
            kind: nextConversation.kind,
            start: nextConversation.start,
            ...(nextConversation.end ? { end: nextConversation.end } : {}),
            with: toPersonSummary(withWhom),
            ...(nextConversation.location ? { location: nextConversation.location } : {}),
            preparation: { done: prep?.completedAt !== undefined, answered: prep?.answers.length ?? 0, total: prepQuestionsFor('employee', questions).length },
          }
        : undefined;

    const goals: HomeGoal[] = [];
    for (const pop of pops) {
      const agreed = latestApprovedVersion(pop);
      if (!agreed) continue;
      const names = new Map([[pop.employeeId, actor.displayName], [pop.managerId, (await personOf(actor.tenantId, pop.managerId))?.displayName ?? '']]);
      for (const goal of agreed.goals) {
        const summary = goalProgressSummary(goal, pop.progress.find((p) => p.goalId === goal.id));
        const { lastNote, ...rest } = summary;
        goals.push({
          popId: pop.id,
          goalId: goal.id,
          title: goal.title,
          kind: goal.kind,
          route: goal.route,
          ...(goal.deadline ? { deadline: goal.deadline } : {}),
          ...rest,
          ...(lastNote ? { lastNote: { at: lastNote.at, byName: names.get(lastNote.by) ?? '', text: lastNote.text } } : {}),
        });
      }
    }
    const checkIns = pops.flatMap((pop) => dueCheckIns(pop, settings, now)).sort((a, b) => a.dueSince.localeCompare(b.dueSince));

    let managerSees: HomeManagerSees | undefined;
    if (manager) {
      const timeline = await portfolio.get(actor, actor.id);
      const shared = timeline.items.filter((item) => item.visibility === 'leidinggevende').length;
      const sharedAnswers = prep?.answers.filter((a) => a.shared).length ?? 0;
      managerSees = {
        manager: toPersonSummary(manager),
        sharedAnswers,
        privateAnswers: (prep?.answers.length ?? 0) - sharedAnswers,
        plans: pops.filter((p) => p.managerId === manager.id).length,
        portfolioShared: shared,
        portfolioPrivate: timeline.items.length - shared,
      };
    }
    return { ...(next ? { next } : {}), goals, checkIns, ...(managerSees ? { managerSees } : {}) };
  }

  async function teamRow(member: Person, org: OrganisationSettings, conversations: Conversation[], pops: Pop[], now: Date): Promise<TeamRow> {
    const settings = goalReminderSettings(org);
    const held = newestHeld(conversations, now);
    const next = upcoming(conversations, now)[0];
    const prep = next ? await employeePreparation(next) : undefined;
    const withPlan = new Set(pops.map((p) => p.conversationId).filter(Boolean));
    const newest = newestPop(pops);
    const help = pops.find((p) => goalsNeedingHelp(p) > 0);
    const awaiting = pops.find((p) => {
      const version = currentVersion(p);
      return popStatus(p) === 'concept' && !hasApproved(version, 'manager');
    });
    const overdue = pops.map((p) => ({ pop: p, due: dueCheckIns(p, settings, now).length }));
    const overdueCheckIns = overdue.reduce((sum, o) => sum + o.due, 0);
    const lastHeld = held[0];
    return {
      person: toPersonSummary(member),
      ...(lastHeld ? { lastHeld: { id: lastHeld.id, at: heldAt(lastHeld) } } : {}),
      ...(next?.start ? { nextPlanned: { id: next.id, start: next.start }, preparationDone: prep?.completedAt !== undefined } : {}),
      popStatus: newest ? popStatus(newest) : 'geen',
      ...(newest ? { popId: newest.id } : {}),
      helpNeeded: pops.reduce((sum, p) => sum + goalsNeedingHelp(p), 0),
      overdueCheckIns,
      nextAction: nextActionFor({
        ...(help ? { helpPopId: help.id } : {}),
        ...(awaiting ? { awaitingManagerPopId: awaiting.id } : {}),
        ...(lastHeld && !withPlan.has(lastHeld.id) ? { heldWithoutPopId: lastHeld.id } : {}),
        ...(overdueCheckIns > 0 ? { overduePopId: overdue.find((o) => o.due > 0)?.pop.id } : {}),
        ...(next ? { nextPlannedId: next.id } : {}),
      }),
    };
  }

  async function historyOf(personOf: PersonLookup, actor: Actor, conversations: readonly Conversation[], pops: readonly Pop[], now: Date): Promise<HeldConversation[]> {
    const planOf = new Map(pops.flatMap((p) => (p.conversationId ? [[p.conversationId, p.id] as const] : [])));
    const held = newestHeld(conversations, now).slice(0, MAX_HISTORY);
    const rows = await Promise.all(
      held.map(async (c): Promise<HeldConversation | undefined> => {
        const [employee, manager] = await Promise.all([personOf(c.tenantId, c.employeeId), personOf(c.tenantId, c.managerId)]);
        if (!employee || !manager) return undefined;
        const popId = planOf.get(c.id);
        return {
          id: c.id,
          kind: c.kind,
          heldAt: heldAt(c),
          employee: toPersonSummary(employee),
          manager: toPersonSummary(manager),
          role: c.employeeId === actor.id ? 'employee' : 'manager',
          ...(popId ? { popId } : {}),
        };
      }),
    );
    return rows.filter((r): r is HeldConversation => r !== undefined);
  }

  return {
    async home(actor) {
      const personOf = lookup();
      const now = clock.now();
      const organisation = await stores.organisations.get(actor.tenantId);
      // Tokens are only accepted for known organisations, so this is a race with a deletion.
      if (!organisation) throw new ForbiddenError('unknown-tenant');
      const org = organisation.value;
      const [mine, myPops, team, asManager] = await Promise.all([
        readAll((page) => stores.conversations.listForEmployee(actor.tenantId, actor.id, page)),
        readAll((page) => stores.pops.listForEmployee(actor.tenantId, actor.id, page)),
        readAll((page) => stores.people.listTeam(actor.tenantId, actor.id, page)),
        readAll((page) => stores.conversations.listForManager(actor.tenantId, actor.id, page)),
      ]);
      const ownConversations = mine.filter((c) => isConversationParty(actor, c) && c.employeeId === actor.id);
      const ownPops = myPops.filter((p) => isConversationParty(actor, p));
      const teamConversations = asManager.filter((c) => c.managerId === actor.id);
      const sorted = [...team].sort((a, b) => a.displayName.localeCompare(b.displayName, org.locale));
      const teamPops = new Map<string, Pop[]>(
        await Promise.all(
          sorted.map(async (member) => [member.id, (await readAll((page) => stores.pops.listForEmployee(actor.tenantId, member.id, page))).filter((p) => p.managerId === actor.id)] as const),
        ),
      );
      const rows = await Promise.all(
        sorted.map((member) => teamRow(member, org, teamConversations.filter((c) => c.employeeId === member.id), teamPops.get(member.id) ?? [], now)),
      );
      const hasOwnPage = actor.managerId !== undefined || sorted.length === 0;
      const allConversations = [...ownConversations, ...teamConversations.filter((c) => c.employeeId !== actor.id)];
      return {
        now: now.toISOString(),
        timeZone: org.timeZone,
        ...(hasOwnPage ? { own: await ownPart(personOf, actor, org, ownConversations, ownPops, now) } : {}),
        ...(sorted.length > 0 ? { team: rows } : {}),
        history: await historyOf(personOf, actor, allConversations, [...ownPops, ...[...teamPops.values()].flat()], now),
      };
    },
  };
}
