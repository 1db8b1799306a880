import {
  approvePop,
  createPop,
  currentVersion,
  latestApprovedVersion,
  NotFoundError,
  PersonSummary,
  popStatus,
  popSummaryOf,
  recordProgress,
  revisePop,
  type Person,
  type PersonStore,
  type Pop,
  type PopGoalInput,
  type PopListResponse,
  type PopResponse,
  type PopService,
  type PopView,
  type Stored,
} from '@koers/domain';

/**
 * The bot's PopService collaborator in its TestAdapter tests: in-memory plans under the domain's own
 * rules (createPop, approvePop, recordProgress with its seenVersion check, revisePop) and the port's
 * access rule (only the employee and the plan's manager; anyone else NotFoundError). The same flows
 * against the real service and embedded Cosmos: functions/src/botEndpoint.test.ts and
 * functions/src/reminders/checkInFlow.integration.test.ts.
 */

export class MemoryPopService implements PopService {
  readonly pops = new Map<string, Stored<Pop>>();
  private version = 0;

  /** `now`: the clock of the writes (absent: fixed instants after the seeded plan). */
  constructor(
    private readonly people: PersonStore,
    private readonly now?: () => Date,
  ) {}

  private at(fixed: string): string {
    return this.now ? this.now().toISOString() : fixed;
  }

  /** Stores a plan as it is (a test's setup, or another party's change behind the bot's back). */
  put(pop: Pop): void {
    this.store(pop);
  }

  /** The stored plan, as the next request would read it. */
  find(id: string): Pop | undefined {
    return this.pops.get(id)?.value;
  }

  /** The plan is gone (deleted elsewhere). */
  remove(id: string): void {
    this.pops.delete(id);
  }

  private store(pop: Pop): Stored<Pop> {
    const stored = { value: pop, etag: `"${++this.version}"` };
    this.pops.set(pop.id, stored);
    return stored;
  }

  /** A plan as it would be after a conversation: version 1 with these goals, by the manager. */
  async seed(tenantId: string, employeeId: string, id: string, goals: PopGoalInput[], at = '2026-12-10T10:00:00.000Z'): Promise<Pop> {
    const employee = (await this.people.get(tenantId, employeeId))?.value;
    if (!employee?.managerId) throw new Error(`no manager for ${employeeId}`);
    return this.store(createPop({ id, tenantId, employeeId, managerId: employee.managerId }, goals, employee.managerId, at)).value;
  }

  private async person(tenantId: string, id: string): Promise<Person> {
    const found = (await this.people.get(tenantId, id))?.value;
    if (!found) throw new NotFoundError('person', id);
    return found;
  }

  private async view(actor: Person, stored: Stored<Pop>): Promise<PopView> {
    const pop = stored.value;
    const approved = latestApprovedVersion(pop);
    return {
      pop,
      etag: stored.etag,
      role: actor.id === pop.employeeId ? 'employee' : 'manager',
      employee: PersonSummary.parse(await this.person(pop.tenantId, pop.employeeId)),
      manager: PersonSummary.parse(await this.person(pop.tenantId, pop.managerId)),
      status: popStatus(pop),
      current: currentVersion(pop),
      ...(approved ? { latestApprovedVersion: approved.number } : {}),
      progress: pop.progress,
    };
  }

  private visible(actor: Person, popId: string): Stored<Pop> {
    const stored = this.pops.get(popId);
    const pop = stored?.value;
    if (!stored || !pop || pop.tenantId !== actor.tenantId || (actor.id !== pop.employeeId && actor.id !== pop.managerId)) throw new NotFoundError('Pop', popId);
    return stored;
  }

  async list(actor: Person, employeeId: string): Promise<PopListResponse> {
    const employee = await this.person(actor.tenantId, employeeId);
    if (actor.id !== employee.id && actor.id !== employee.managerId) throw new NotFoundError('person', employeeId);
    const pops = [...this.pops.values()]
      .map((s) => s.value)
      .filter((p) => p.tenantId === actor.tenantId && p.employeeId === employeeId)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return {
      employee: PersonSummary.parse(employee),
      pops: pops.map(popSummaryOf),
    };
  }

  async create(): Promise<PopResponse> {
    throw new Error('the bot does not create plans');
  }

  async get(actor: Person, popId: string): Promise<PopResponse> {
    return this.view(actor, this.visible(actor, popId));
  }

  async revise(actor: Person, popId: string, request: { baseVersion: number; goals: unknown[] }): Promise<PopResponse> {
    const stored = this.visible(actor, popId);
    return this.view(actor, this.store(revisePop(stored.value, { baseVersion: request.baseVersion, goals: request.goals as PopGoalInput[], by: actor.id, now: this.at('2026-12-11T10:00:00.000Z') })));
  }

  async approve(actor: Person, popId: string, request: { version: number; contentHash: string }): Promise<PopResponse> {
    const stored = this.visible(actor, popId);
    return this.view(actor, this.store(approvePop(stored.value, { ...request, by: actor.id, now: this.at('2026-12-11T11:00:00.000Z') })));
  }

  async recordProgress(actor: Person, popId: string, request: Parameters<PopService['recordProgress']>[2]): Promise<PopResponse> {
    const stored = this.visible(actor, popId);
    return this.view(actor, this.store(recordProgress(stored.value, { ...request, by: actor.id, now: this.at('2026-12-12T10:00:00.000Z') })));
  }

  async agreementsPdf(): Promise<Uint8Array> {
    throw new Error('the bot links to the POP page for the PDF');
  }
}
