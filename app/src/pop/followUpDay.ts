import {
  assertApprovedUnchanged,
  ConcurrencyError,
  CONTENDED_WRITE_RETRY,
  followUpSchedule,
  followUpToPropose,
  formatDate,
  localDate,
  parseDate,
  readAll,
  recordFollowUpProposal,
  retryDelay,
  rhythmAgreement,
  startOfLocalDay,
  type AddressedNotice,
  type BookingService,
  type Clock,
  type Conversation,
  type FollowUpSlot,
  type OrganisationSettings,
  type Outbox,
  type Person,
  type Pop,
  type RhythmAgreement,
  type Stores,
} from '@koers/domain';

export interface FollowUpDayOptions {
  clock: Clock;
  outbox: Outbox;
  /** The booking use case's proposals: free in both calendars, working hours, holidays, lead time. */
  booking: Pick<BookingService, 'proposals'>;
  log?: { warn(message: string, fields: Record<string, string>): void };
  /** The pause before a lost write is tried again; tests may make it instant. */
  sleep?: (ms: number) => Promise<void>;
}

export interface FollowUpDaySummary {
  proposed: number;
  /** Due, but the plan's manager is no longer the employee's manager: nobody to book it. */
  withoutManager: number;
}

/** Writes of one proposal against other writers of the plan (progress, approvals): a few rounds settle it. */
const MAX_RECORD_ATTEMPTS = 20;

/**
 * The follow-up rhythm's daily timer, run beside the rounds' one: for every agreed plan with a
 * rhythm, the first vervolggesprek not yet held, planned or proposed whose date comes within the
 * organisation's booking lead time (or passed) is proposed once — the booking use case's proposals go to the manager as
 * the proposals card, a notice to the employee. Both leave through the outbox before the proposal
 * is recorded on the plan, then are sent; the notices carry the proposal's time, and only the one
 * recorded on the plan is sent, so a second run, a retry or two runs at once tell each person once.
 */
export async function runFollowUpDay(stores: Pick<Stores, 'organisations' | 'people' | 'pops' | 'conversations'>, options: FollowUpDayOptions): Promise<FollowUpDaySummary> {
  const summary: FollowUpDaySummary = { proposed: 0, withoutManager: 0 };
  for (const tenantId of await stores.organisations.listTenantIds()) {
    const org = (await stores.organisations.get(tenantId))?.value;
    if (!org) continue;
    const today = formatDate(localDate(options.clock.now(), org.timeZone));
    const people = await readAll((page) => stores.people.listTenant(tenantId, page), 20_000);
    const byId = new Map(people.map((p) => [p.id, p]));
    for (const employee of people) {
      const pops = await readAll((page) => stores.pops.listForEmployee(tenantId, employee.id, page));
      let conversations: Conversation[] | undefined;
      for (const pop of pops) {
        const agreement = rhythmAgreement(pop, org.timeZone);
        if (!agreement) continue;
        conversations ??= await readAll((page) => stores.conversations.listForEmployee(tenantId, employee.id, page));
        const due = followUpToPropose(followUpSchedule({ pop, agreement, conversations, now: options.clock.now() }), today, org.leadTimeDays);
        if (!due) continue;
        const manager = byId.get(pop.managerId);
        // Booking is the current manager's: a plan made with an earlier one waits for a new plan.
        if (!manager || employee.managerId !== manager.id) {
          summary.withoutManager++;
          continue;
        }
        try {
          if (await propose(stores, options, { pop, agreement, due, employee, manager, org })) summary.proposed++;
        } catch (error) {
          // One plan's calendar or write trouble does not stop the others; the next run tries again.
          options.log?.warn('follow-up not proposed', { tenantId, popId: pop.id, error: error instanceof Error ? error.name : 'error' });
        }
      }
    }
  }
  return summary;
}

interface Due {
  pop: Pop;
  agreement: RhythmAgreement;
  due: FollowUpSlot;
  employee: Person;
  manager: Person;
  org: OrganisationSettings;
}

/** Proposes one follow-up; false when another run recorded it first. */
async function propose(stores: Pick<Stores, 'pops'>, options: FollowUpDayOptions, input: Due): Promise<boolean> {
  const { pop, agreement, due, employee, manager, org } = input;
  const at = options.clock.now().toISOString();
  // Around the agreed date: from its morning, or the lead time ahead when that is later.
  const after = new Date(startOfLocalDay(parseDate(due.due), org.timeZone)).toISOString();
  const proposals = await options.booking.proposals(manager, { employeeId: employee.id, after });
  const about = { popId: pop.id, employeeId: employee.id, agreement: agreement.key, number: due.number, due: due.due, at };
  const notices: AddressedNotice[] = [
    { tenantId: pop.tenantId, recipientId: manager.id, notice: { event: 'follow-up-proposed', ...about, proposals } },
    { tenantId: pop.tenantId, recipientId: employee.id, notice: { event: 'follow-up-coming', ...about } },
  ];
  await options.outbox.enqueue(notices);
  const proposal = { agreement: agreement.key, number: due.number, due: due.due, at };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let current = await stores.pops.get(pop.tenantId, pop.employeeId, pop.id);
  for (let attempt = 1; current; attempt++) {
    const next = recordFollowUpProposal(current.value, proposal);
    // Recorded meanwhile by another run: theirs is told, these notices are skipped.
    if (next === current.value) return false;
    assertApprovedUnchanged(current.value, next);
    try {
      await stores.pops.replace(next, current.etag);
      break;
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= MAX_RECORD_ATTEMPTS) throw error;
      await sleep(retryDelay(CONTENDED_WRITE_RETRY, attempt, Math.random()));
      current = await stores.pops.get(pop.tenantId, pop.employeeId, pop.id);
    }
  }
  if (!current) return false;
  await options.outbox.flush(notices);
  return true;
}
