import {
  BookingError,
  BUILT_IN_TEMPLATE,
  conversationPartnerOf,
  exemptionId,
  ForbiddenError,
  hasRole,
  localDate,
  formatDate,
  NotFoundError,
  readAll,
  roundInputProblems,
  RoundInputError,
  roundMembers,
  RoundStateError,
  type Actor,
  type AddressedNotice,
  type Clock,
  type ExemptionReason,
  type Outbox,
  type Person,
  type Round,
  type RoundDirectoryResponse,
  type RoundExemption,
  type RoundInput,
  type RoundPlanConfirmInput,
  type RoundPlanConfirmResponse,
  type RoundPlanResponse,
  type RoundListResponse,
  type RoundMembersResponse,
  type RoundMemberView,
  type RoundResponse,
  type Stored,
  type Stores,
  type TeamRoundsResponse,
  type TemplateRef,
} from '@koers/domain';
import { partnersOf } from '@koers/domain';
import { runRoundDay, type RoundDaySummary } from './roundDay';
import { changedSettings, roundSettings, type RecordChange } from '../privacy/changeLog';
import { createRoundPlanningUseCases, type RoundPlanning } from './planning';

/**
 * HR's conversation rounds (gespreksrondes): HR shapes a round while it is a concept, starts it
 * (each manager gets one card, employees who may start it a notice), and closes it. Exemptions
 * are set by HR for anyone in the round, and by a person's manager or gesprekspartner for their
 * own members, always with a reason from the fixed list.
 */
export interface RoundService {
  list(actor: Actor): Promise<RoundListResponse>;
  get(actor: Actor, roundId: string): Promise<RoundResponse>;
  create(actor: Actor, input: RoundInput): Promise<RoundResponse>;
  update(actor: Actor, roundId: string, input: RoundInput, ifMatch: string | undefined): Promise<RoundResponse>;
  /** Starting a started round changes nothing and sends nothing twice. */
  start(actor: Actor, roundId: string, ifMatch: string | undefined): Promise<RoundResponse>;
  close(actor: Actor, roundId: string, ifMatch: string | undefined): Promise<RoundResponse>;
  members(actor: Actor, roundId: string): Promise<RoundMembersResponse>;
  /** For a manager: the running rounds with the members they hold conversations with. */
  teamRounds(actor: Actor): Promise<TeamRoundsResponse>;
  directory(actor: Actor): Promise<RoundDirectoryResponse>;
  setExemption(actor: Actor, roundId: string, personId: string, reason: ExemptionReason): Promise<RoundMemberView>;
  removeExemption(actor: Actor, roundId: string, personId: string): Promise<RoundMemberView>;
  /** The card's "Plan ze allemaal tegelijk": a proposed time for each member still to plan (planning.ts). */
  planAll(actor: Actor, roundId: string): Promise<RoundPlanResponse>;
  /** Books the confirmed times; confirming again books nobody twice; a time taken meanwhile comes back with a new proposal. */
  confirmPlan(actor: Actor, roundId: string, input: RoundPlanConfirmInput): Promise<RoundPlanConfirmResponse>;
  /** The daily timer: closes rounds whose period is over, nudges managers who lag (roundDay.ts). */
  runDaily(): Promise<RoundDaySummary>;
}

/** Which template versions exist; until HR's templates are built, any well-formed reference does. */
export interface RoundTemplates {
  exists(tenantId: string, template: TemplateRef): Promise<boolean>;
}

export interface RoundServiceOptions {
  stores: Pick<Stores, 'rounds' | 'people' | 'organisations' | 'conversations'>;
  outbox: Outbox;
  clock: Clock;
  templates?: RoundTemplates;
  planning?: RoundPlanning;
  /** Called once when a round closes (by HR or when its period is over): the insight snapshot. */
  onRoundClosed?: (round: Round) => Promise<void>;
  /** The works council's change log: a round created, changed, started or closed. */
  recordChange?: RecordChange;
}

const ANY_TEMPLATE: RoundTemplates = { exists: async () => true };
const PEOPLE_LIMIT = 20_000;

function requireHr(actor: Actor): void {
  if (!hasRole(actor, 'hr')) throw new ForbiddenError('hr-only');
}

export function createRoundService(options: RoundServiceOptions): RoundService {
  const { stores, outbox, clock } = options;
  const templates = options.templates ?? ANY_TEMPLATE;
  const onRoundClosed = options.onRoundClosed ?? (async () => undefined);
  const recordChange = options.recordChange ?? (async () => undefined);

  /** The round's line in the change log; `before` (a concept's settings before HR's edit) lists only what changed. */
  function logRound(actor: Actor, action: 'created' | 'changed' | 'started' | 'closed', round: Round, before?: Round): Promise<void> {
    const settings = action === 'created' || action === 'changed' ? changedSettings(before && roundSettings(before), roundSettings(round)) : {};
    return recordChange({ tenantId: round.tenantId, kind: 'round-changed', actorId: actor.id, details: { ...settings, action, roundId: round.id, name: round.name } });
  }

  async function people(tenantId: string): Promise<Person[]> {
    return readAll((page) => stores.people.listTenant(tenantId, page), PEOPLE_LIMIT);
  }

  async function orgToday(tenantId: string): Promise<{ today: string; leadTimeDays: number }> {
    const org = (await stores.organisations.get(tenantId))?.value;
    return { today: formatDate(localDate(clock.now(), org?.timeZone ?? 'Europe/Amsterdam')), leadTimeDays: org?.leadTimeDays ?? 14 };
  }

  async function stored(actor: Actor, roundId: string): Promise<Stored<Round>> {
    const found = await stores.rounds.get(actor.tenantId, roundId);
    if (!found) throw new NotFoundError('Round', roundId);
    return found;
  }

  async function response(round: Stored<Round>, everyone?: Person[]): Promise<RoundResponse> {
    const members = roundMembers(round.value, everyone ?? (await people(round.value.tenantId)));
    const ids = new Set(members.map((m) => m.id));
    const exempt = (await stores.rounds.listExemptions(round.value.tenantId, round.value.id)).filter((e) => ids.has(e.personId)).length;
    return { round: round.value, etag: round.etag, members: members.length, exempt };
  }

  async function check(actor: Actor, input: Pick<Round, 'period' | 'audience' | 'template'>, everyone: Person[]): Promise<void> {
    const problems = roundInputProblems(input, {
      ...(await orgToday(actor.tenantId)),
      memberCount: roundMembers(input, everyone).length,
      templateKnown: input.template.templateId === BUILT_IN_TEMPLATE.templateId ? input.template.version === BUILT_IN_TEMPLATE.version : await templates.exists(actor.tenantId, input.template),
    });
    if (problems.length > 0) throw new RoundInputError(problems);
  }

  function memberView(member: Person, byId: Map<string, Person>, exemption: RoundExemption | undefined): RoundMemberView {
    const partnerId = conversationPartnerOf(member) ?? '';
    return {
      personId: member.id,
      displayName: member.displayName,
      ...(member.department ? { department: member.department } : {}),
      partnerId,
      partnerName: byId.get(partnerId)?.displayName ?? '',
      ...(exemption ? { exemption: { reason: exemption.reason, setAt: exemption.setAt } } : {}),
    };
  }

  /**
   * HR may exempt anyone in the round; a manager only the members they hold conversations with.
   * Someone outside the round is not a member (400), whoever asks.
   */
  async function exemptable(actor: Actor, roundId: string, personId: string) {
    const round = await stored(actor, roundId);
    const isHr = hasRole(actor, 'hr');
    const everyone = await people(actor.tenantId);
    const member = roundMembers(round.value, everyone).find((m) => m.id.toLowerCase() === personId.toLowerCase());
    // Managers learn nothing of rounds that are not theirs to see: a concept is HR's alone.
    if (!isHr && round.value.status === 'concept') throw new NotFoundError('Round', roundId);
    if (!isHr && (!member || conversationPartnerOf(member) !== actor.id)) throw new BookingError('not-your-report');
    if (!member) throw new RoundInputError([{ code: 'not-a-member', path: 'personId' }]);
    if (round.value.status === 'afgesloten') throw new RoundStateError('round-closed');
    return { round, member, byId: new Map(everyone.map((p) => [p.id, p])) };
  }

  function startNotices(round: Round, members: Person[], exemptions: RoundExemption[]): AddressedNotice[] {
    const at = round.startedAt ?? clock.now().toISOString();
    const exempt = new Set(exemptions.map((e) => e.personId));
    const managers = partnersOf(members).map((recipientId) => ({ tenantId: round.tenantId, recipientId, notice: { event: 'round-started' as const, roundId: round.id, at } }));
    const employees = round.employeesMayStart
      ? members.filter((m) => !exempt.has(m.id)).map((m) => ({ tenantId: round.tenantId, recipientId: m.id, notice: { event: 'round-open' as const, roundId: round.id, at } }))
      : [];
    return [...managers, ...employees];
  }

  async function transition(actor: Actor, roundId: string, ifMatch: string | undefined, change: (round: Round) => Round): Promise<Stored<Round>> {
    const current = await stored(actor, roundId);
    return stores.rounds.replace(change(current.value), ifMatch ?? current.etag);
  }

  const { planAll, confirmPlan } = createRoundPlanningUseCases({ stores, planning: options.planning, orgToday });

  return {
    async list(actor) {
      requireHr(actor);
      const rounds = await readAll((page) => stores.rounds.list(actor.tenantId, page));
      const everyone = await people(actor.tenantId);
      const listed = await Promise.all(rounds.map(async (round) => response({ value: round, etag: (await stores.rounds.get(actor.tenantId, round.id))?.etag ?? '' }, everyone)));
      return { rounds: listed };
    },

    async get(actor, roundId) {
      requireHr(actor);
      return response(await stored(actor, roundId));
    },

    async create(actor, input) {
      requireHr(actor);
      const everyone = await people(actor.tenantId);
      await check(actor, input, everyone);
      const round: Round = { ...input, id: crypto.randomUUID(), tenantId: actor.tenantId, status: 'concept', createdBy: actor.id, createdAt: clock.now().toISOString() };
      const created = await stores.rounds.create(round);
      await logRound(actor, 'created', created.value);
      return response(created, everyone);
    },

    async update(actor, roundId, input, ifMatch) {
      requireHr(actor);
      const current = await stored(actor, roundId);
      if (current.value.status !== 'concept') throw new RoundStateError('round-not-concept');
      const everyone = await people(actor.tenantId);
      await check(actor, input, everyone);
      const saved = await stores.rounds.replace({ ...current.value, ...input }, ifMatch ?? current.etag);
      await logRound(actor, 'changed', saved.value, current.value);
      return response(saved, everyone);
    },

    async start(actor, roundId, ifMatch) {
      requireHr(actor);
      const current = await stored(actor, roundId);
      const everyone = await people(actor.tenantId);
      if (current.value.status === 'afgesloten') throw new RoundStateError('round-not-concept');
      let saved = current;
      if (current.value.status === 'concept') {
        await check(actor, current.value, everyone);
        // The round is stored started before its cards are queued; their time is its start, so a
        // second start (after a crash, or a double click) queues the very same records again.
        saved = await stores.rounds.replace({ ...current.value, status: 'gestart', startedAt: clock.now().toISOString() }, ifMatch ?? current.etag);
        await logRound(actor, 'started', saved.value);
      }
      const notices = startNotices(saved.value, roundMembers(saved.value, everyone), await stores.rounds.listExemptions(actor.tenantId, roundId));
      await outbox.enqueue(notices);
      await outbox.flush(notices);
      return response(saved, everyone);
    },

    async close(actor, roundId, ifMatch) {
      requireHr(actor);
      const current = await stored(actor, roundId);
      if (current.value.status === 'afgesloten') return response(current);
      if (current.value.status === 'concept') throw new RoundStateError('round-not-started');
      const saved = await transition(actor, roundId, ifMatch ?? current.etag, (round) => ({ ...round, status: 'afgesloten', closedAt: clock.now().toISOString() }));
      await logRound(actor, 'closed', saved.value);
      await onRoundClosed(saved.value);
      return response(saved);
    },

    async members(actor, roundId) {
      requireHr(actor);
      const round = await stored(actor, roundId);
      const everyone = await people(actor.tenantId);
      const byId = new Map(everyone.map((p) => [p.id, p]));
      const exemptions = new Map((await stores.rounds.listExemptions(actor.tenantId, roundId)).map((e) => [e.personId, e]));
      const members = roundMembers(round.value, everyone)
        .map((m) => memberView(m, byId, exemptions.get(m.id)))
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));
      return { roundId, members };
    },

    async teamRounds(actor) {
      const team = await readAll((page) => stores.people.listTeam(actor.tenantId, actor.id, page));
      if (team.length === 0) return { rounds: [] };
      const rounds = (await readAll((page) => stores.rounds.list(actor.tenantId, page))).filter((r) => r.status === 'gestart');
      const byId = new Map([...team, actor].map((p) => [p.id, p]));
      const result: TeamRoundsResponse['rounds'] = [];
      for (const round of rounds) {
        const mine = roundMembers(round, team).filter((m) => conversationPartnerOf(m) === actor.id);
        if (mine.length === 0) continue;
        const exemptions = new Map((await stores.rounds.listExemptions(actor.tenantId, round.id)).map((e) => [e.personId, e]));
        result.push({
          round: { id: round.id, name: round.name, period: round.period, conversationType: round.conversationType },
          members: mine.map((m) => memberView(m, byId, exemptions.get(m.id))).sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl')),
        });
      }
      return { rounds: result };
    },

    async directory(actor) {
      requireHr(actor);
      const everyone = (await people(actor.tenantId)).filter((p) => !p.leftAt);
      const departments = new Map<string, number>();
      for (const p of everyone) if (p.department) departments.set(p.department, (departments.get(p.department) ?? 0) + 1);
      return {
        departments: [...departments].map(([name, count]) => ({ name, people: count })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
        people: everyone
          .map((p) => ({ id: p.id, displayName: p.displayName, ...(p.department ? { department: p.department } : {}) }))
          .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl')),
      };
    },

    async setExemption(actor, roundId, personId, reason) {
      const { member, byId } = await exemptable(actor, roundId, personId);
      const exemption: RoundExemption = { id: exemptionId(roundId, member.id), tenantId: actor.tenantId, roundId, personId: member.id, reason, setBy: actor.id, setAt: clock.now().toISOString() };
      await stores.rounds.setExemption(exemption);
      return memberView(member, byId, exemption);
    },

    async removeExemption(actor, roundId, personId) {
      const { member, byId } = await exemptable(actor, roundId, personId);
      await stores.rounds.removeExemption(actor.tenantId, roundId, member.id);
      return memberView(member, byId, undefined);
    },

    planAll(actor, roundId) {
      return planAll(actor, roundId);
    },

    confirmPlan(actor, roundId, input) {
      return confirmPlan(actor, roundId, input);
    },

    runDaily() {
      return runRoundDay(stores, { clock, outbox, onRoundClosed, recordChange });
    },
  };
}
