import {
  conversationPartnerOf,
  isLeaderOf,
  approvalNotices,
  approvePop,
  ApprovePopRequest,
  cardLinkResolver,
  assertApprovedUnchanged,
  ConcurrencyError,
  CONTENDED_WRITE_RETRY,
  documentLocale,
  ConflictError,
  CreatePopRequest,
  createPop,
  currentVersion,
  draftGoalsFromAgreements,
  followUpSchedule,
  rhythmAgreement,
  isConversationParty,
  latestApprovedVersion,
  NotFoundError,
  PopError,
  PopGoals,
  popStatus,
  popSummaryOf,
  readAll,
  retryDelay,
  recordProgress,
  RecordProgressRequest,
  revisePop,
  RevisePopRequest,
  toPersonSummary,
  versionStatus,
  keepsTrainingRights,
  trainingRightBalance,
  wallClock,
  type AgreementsPdfRenderer,
  type Clock,
  type FollowUpsResponse,
  type Person,
  type Pop,
  type PopGoalInput,
  type PopListResponse,
  type AddressedNotice,
  type Outbox,
  type PopResponse,
  type PopRole,
  type PopService,
  type PopView,
  type Stored,
  type Stores,
} from '@koers/domain';
import { createAccessRecorder } from '../privacy/accessLog';
import { forCurrentPartiesOnly } from '../directory/currentParty';
import { functionResolver } from '../catalogue/careerService';

/**
 * The POP use case behind the HTTP routes, the tab and the bot's check-in cards. Every
 * method authorises the actor itself: only the plan's employee and its manager see or touch a
 * plan; anybody else (HR, other managers, colleagues, other tenants) gets NotFoundError, the same
 * answer as for an id that does not exist.
 *
 * Writes are conditional on the etag read. A revision is the editor's decision on what they saw,
 * so a stale one is refused (ConcurrencyError → 412). Approvals and progress are safe to re-apply
 * on a newer read (approving twice counts once, notes accumulate), so a lost race is retried here
 * and the client never sees it. Every whole-record write passes assertApprovedUnchanged first.
 */

export interface PopLog {
  warn(message: string, ...args: unknown[]): void;
}

export interface PopServiceOptions {
  stores: Stores;
  clock: Clock;
  /** Tells the other party in Teams chat; best effort. */
  /** How the other party hears of an approval or a goal that needs help: the durable outbox. */
  outbox: Outbox;
  /** Makes the "Gemaakte afspraken" PDF (functions/src/pop/agreementsPdf.ts in production). */
  renderAgreementsPdf: AgreementsPdfRenderer;
  /**
   * Called after every successful write of a plan (create, revise, approve, progress), e.g. to
   * schedule goal reminders. Best effort: a failure is logged and never fails the request.
   */
  afterWrite?: (pop: Pop) => Promise<void>;
  log?: PopLog;
  /** The pause before a lost write is re-applied (CONTENDED_WRITE_RETRY); tests may make it instant. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/**
 * Writes of an approval or progress after lost ETag races. Each round of a race has one winner,
 * so a write lands after at most as many rounds as there are writers at once: the caller never
 * sees the race. The bound only stops a store that refuses every write.
 */
export const MAX_POP_WRITE_ATTEMPTS = 500;


function roleIn(pop: Pop, actor: Person): PopRole {
  return actor.id === pop.employeeId ? 'employee' : 'manager';
}

export function createPopService(options: PopServiceOptions): PopService {
  const { stores, clock, outbox } = options;
  const log: PopLog = options.log ?? { warn: () => undefined };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const access = createAccessRecorder({ stores, clock });

  async function person(tenantId: string, id: string): Promise<Person> {
    const stored = await stores.people.get(tenantId, id.toLowerCase());
    if (!stored) throw new NotFoundError('Person', id);
    return stored.value;
  }

  /** The plan, if the actor is one of its two parties; otherwise the same 404 as for no plan. */
  async function popOf(actor: Person, popId: string): Promise<Stored<Pop>> {
    return forCurrentPartiesOnly(stores.people, actor, await stores.pops.findById(actor.tenantId, popId), 'Pop', popId);
  }

  /** A fresh point read after a lost race (the partition is known by now). */
  async function reread(pop: Pop): Promise<Stored<Pop>> {
    const stored = await stores.pops.get(pop.tenantId, pop.employeeId, pop.id);
    if (!stored) throw new NotFoundError('Pop', pop.id);
    return stored;
  }

  async function view(stored: Stored<Pop>, actor: Person, known: { employee?: Person; manager?: Person } = {}): Promise<PopView> {
    const pop = stored.value;
    const lookup = (id: string, hint?: Person) => (hint?.id === id ? hint : id === actor.id ? actor : person(pop.tenantId, id));
    const [employee, manager] = await Promise.all([lookup(pop.employeeId, known.employee), lookup(pop.managerId, known.manager)]);
    const approved = latestApprovedVersion(pop);
    return {
      pop,
      etag: stored.etag,
      role: roleIn(pop, actor),
      employee: toPersonSummary(employee),
      manager: toPersonSummary(manager),
      status: popStatus(pop),
      current: currentVersion(pop),
      ...(approved ? { latestApprovedVersion: approved.number } : {}),
      progress: pop.progress,
    };
  }

  async function bestEffort(what: string, popId: string, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      // The plan is written; a chat message or a reminder that failed is no reason to undo it.
      log.warn(`pop ${what} failed`, { popId, error: error instanceof Error ? error.name : 'error' });
    }
  }

  async function written(pop: Pop): Promise<void> {
    const hook = options.afterWrite;
    if (hook) await bestEffort('afterWrite', pop.id, () => hook(pop));
  }

  /** A whole-record write of `next` over what was read, guarded so no agreement can move. */
  async function replace(stored: Stored<Pop>, next: Pop): Promise<Stored<Pop>> {
    assertApprovedUnchanged(stored.value, next);
    return stores.pops.replace(next, stored.etag);
  }

  /**
   * Applies `change` to the newest plan until the conditional write wins. `change` returns the
   * same Pop when there is nothing to write (an approval replayed).
   */
  async function reapplying(
    first: Stored<Pop>,
    change: (pop: Pop) => Pop,
    announce: (before: Pop, next: Pop) => AddressedNotice[] = () => [],
  ): Promise<{ before: Pop; after: Stored<Pop>; changed: boolean; notices: AddressedNotice[] }> {
    let stored = first;
    for (let attempt = 1; ; attempt++) {
      const next = change(stored.value);
      if (next === stored.value) return { before: stored.value, after: stored, changed: false, notices: [] };
      // Into the outbox before the write (a lost race announces anew; the stale notice is checked and dropped).
      const notices = announce(stored.value, next);
      await outbox.enqueue(notices);
      try {
        return { before: stored.value, after: await replace(stored, next), changed: true, notices };
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= MAX_POP_WRITE_ATTEMPTS) throw error;
        await sleep(retryDelay(CONTENDED_WRITE_RETRY, attempt, random()));
        stored = await reread(stored.value);
      }
    }
  }

  /**
   * Goals for version 1 from the conversation's Koerskaart (none when it has no canvas yet). Cards
   * made from a path or a course bring their links along, resolved against today's catalogue and
   * the employee's function (training that function requires is free for them).
   */
  async function draftFromCanvas(employee: Person, conversationId: string): Promise<PopGoalInput[]> {
    const canvas = await stores.canvases.get(employee.tenantId, employee.id, conversationId);
    if (!canvas) return [];
    const state = canvas.value.state;
    if (!Object.values(state.cards).some((card) => card.link && !card.deleted)) return draftGoalsFromAgreements(state);
    const { catalogue, resolve } = await functionResolver(stores, employee.tenantId);
    return draftGoalsFromAgreements(state, cardLinkResolver(catalogue, resolve(employee).function));
  }

  async function replayed(actor: Person, found: Stored<Pop> | undefined, id: string, employee: Person): Promise<PopResponse> {
    if (!found || !isConversationParty(actor, found.value)) throw new ConflictError('Pop', id);
    return { ...(await view(found, actor, { employee })), created: false };
  }

  return {
    async list(actor, employeeId): Promise<PopListResponse> {
      const employee = await person(actor.tenantId, employeeId);
      if (employee.id !== actor.id && !isLeaderOf(employee, actor.id)) throw new NotFoundError('Person', employeeId);
      const pops = await readAll((page) => stores.pops.listForEmployee(actor.tenantId, employee.id, page));
      // A plan made with an earlier manager stays theirs and the employee's, not the new manager's.
      const visible = pops.filter((p) => isConversationParty(actor, p));
      if (visible.length > 0) await access.read(actor, employee.id, 'pop', 'manager');
      return { employee: toPersonSummary(employee), pops: visible.map(popSummaryOf) };
    },

    async create(actor, raw) {
      const request = CreatePopRequest.parse(raw);
      const employee = await person(actor.tenantId, request.employeeId);
      if (employee.id !== actor.id && !isLeaderOf(employee, actor.id)) throw new NotFoundError('Person', request.employeeId);

      let id: string;
      let managerId: string | undefined;
      let conversationId: string | undefined;
      if (request.conversationId) {
        const conversation = await stores.conversations.findById(actor.tenantId, request.conversationId);
        if (!conversation || !isConversationParty(actor, conversation.value) || conversation.value.employeeId !== employee.id) {
          throw new NotFoundError('Conversation', request.conversationId);
        }
        conversationId = conversation.value.id;
        managerId = conversation.value.managerId;
        id = `pop-${conversationId}`;
      } else {
        managerId = employee.id === actor.id ? conversationPartnerOf(employee) : actor.id;
        // Unique in the tenant: the store refuses an id another employee's plan has (ConflictError).
        id = request.requestId.toLowerCase();
      }
      if (!managerId) throw new PopError('no-manager', employee.id);

      const existing = await stores.pops.get(actor.tenantId, employee.id, id);
      if (existing) return replayed(actor, existing, id, employee);

      const goals = request.goals !== undefined ? PopGoals.parse(request.goals) : conversationId ? await draftFromCanvas(employee, conversationId) : [];
      const now = clock.now().toISOString();
      const pop: Pop = {
        ...createPop({ id, tenantId: actor.tenantId, employeeId: employee.id, managerId }, goals, actor.id, now),
        ...(conversationId ? { conversationId } : {}),
      };
      let created: Stored<Pop>;
      try {
        created = await stores.pops.create(pop);
      } catch (error) {
        // A double click, a retry or the other party raced us: the first plan is the plan.
        if (!(error instanceof ConflictError)) throw error;
        return replayed(actor, await stores.pops.get(actor.tenantId, employee.id, id), id, employee);
      }
      await written(created.value);
      return { ...(await view(created, actor, { employee })), created: true };
    },

    async get(actor, popId) {
      const stored = await popOf(actor, popId);
      await access.read(actor, stored.value.employeeId, 'pop', 'manager', popId);
      return view(stored, actor);
    },

    async revise(actor, popId, raw, ifMatch) {
      const request = RevisePopRequest.parse(raw);
      const goals = PopGoals.parse(request.goals);
      const stored = await popOf(actor, popId);
      if (ifMatch !== undefined && ifMatch !== stored.etag) throw new ConcurrencyError('Pop', popId);
      const rhythm = request.rhythm !== undefined ? { rhythm: request.rhythm } : {};
      const next = revisePop(stored.value, { baseVersion: request.baseVersion, goals, ...rhythm, by: actor.id, now: clock.now().toISOString() });
      // Saved without changes: nothing to write, and no approval is voided.
      if (next === stored.value) return view(stored, actor);
      const saved = await replace(stored, next);
      await written(saved.value);
      return view(saved, actor);
    },

    async approve(actor, popId, raw) {
      const request = ApprovePopRequest.parse(raw);
      const stored = await popOf(actor, popId);
      const role = roleIn(stored.value, actor);
      const now = clock.now().toISOString();
      const { after, changed, notices } = await reapplying(
        stored,
        (pop) => approvePop(pop, { ...request, by: actor.id, now }),
        (_before, next) => approvalNotices(next, request.version, role, now),
      );
      const result = await view(after, actor);
      // A replayed approval (a double click, the second of two parallel ones) tells nobody again.
      if (changed) {
        await outbox.flush(notices);
        await written(after.value);
      }
      return result;
    },

    async recordProgress(actor, popId, raw) {
      const request = RecordProgressRequest.parse(raw);
      const stored = await popOf(actor, popId);
      const now = clock.now().toISOString();
      const { goalId, status, note, milestone, seenVersion } = request;
      const { after, notices } = await reapplying(
        stored,
        (pop) =>
          recordProgress(pop, {
            goalId,
            ...(status ? { status } : {}),
            ...(note ? { note } : {}),
            ...(milestone ? { milestone } : {}),
            ...(seenVersion !== undefined ? { seenVersion } : {}),
            by: actor.id,
            now,
          }),
        // The employee asking for help is news for the manager; the note written with it goes along.
        (before, next): AddressedNotice[] => {
          const was = before.progress.find((p) => p.goalId === goalId)?.status;
          if (roleIn(next, actor) !== 'employee' || status !== 'hulp-nodig' || was === 'hulp-nodig') return [];
          return [{ tenantId: next.tenantId, recipientId: next.managerId, notice: { event: 'help-needed', popId: next.id, employeeId: next.employeeId, goalId, at: now } }];
        },
      );
      const result = await view(after, actor);
      await outbox.flush(notices);
      await written(after.value);
      return result;
    },

    async followUps(actor, popId): Promise<FollowUpsResponse> {
      const { value: pop } = await popOf(actor, popId);
      const organisation = await stores.organisations.get(pop.tenantId);
      const agreement = rhythmAgreement(pop, organisation?.value.timeZone ?? 'Europe/Amsterdam');
      if (!agreement) return { followUps: [] };
      const conversations = await readAll((page) => stores.conversations.listForEmployee(pop.tenantId, pop.employeeId, page));
      const schedule = followUpSchedule({ pop, agreement, conversations, now: clock.now() });
      return {
        rhythm: agreement.rhythm,
        agreedOn: agreement.agreedOn,
        followUps: schedule.map(({ conversationId: _id, ...slot }) => slot),
      };
    },

    async agreementsPdf(actor, popId, number) {
      const { value: pop } = await popOf(actor, popId);
      const version = pop.versions.find((v) => v.number === number);
      if (!version) throw new NotFoundError('PopVersion', `${popId}/${number}`);
      if (versionStatus(version) !== 'goedgekeurd') throw new PopError('not-approved', `${popId}/${number}`);
      await access.read(actor, pop.employeeId, 'popPdf', 'manager', popId);
      const [organisation, employee, manager] = await Promise.all([
        stores.organisations.get(pop.tenantId),
        person(pop.tenantId, pop.employeeId),
        person(pop.tenantId, pop.managerId),
      ]);
      if (!organisation) throw new NotFoundError('Organisation', pop.tenantId);
      const now = clock.now();
      const { year } = wallClock(now, organisation.value.timeZone);
      const right = keepsTrainingRights(organisation.value) ? await stores.functionLinks.getTrainingRight(pop.tenantId, pop.employeeId, year) : undefined;
      return options.renderAgreementsPdf({
        pop,
        version,
        employee: toPersonSummary(employee),
        manager: toPersonSummary(manager),
        organisationName: organisation.value.name,
        // Flemish organisations write documents for staff in Dutch, whatever the person reads in chat.
        locale: documentLocale(actor, organisation.value),
        generatedAt: now.toISOString(),
        timeZone: organisation.value.timeZone,
        ...(right ? { trainingRight: trainingRightBalance(right) } : {}),
      });
    },
  };
}
