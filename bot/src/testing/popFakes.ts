import {
  currentCheckInItems,
  currentVersion,
  latestApprovedVersion,
  NotFoundError,
  PersonSummary,
  popStatus,
  recordProgress,
  snoozeUntil,
  type CheckInItem,
  type GoalReminderAbout,
  type Person,
  type PersonStore,
  type Pop,
  type PopResponse,
  type PopService,
  type ReminderService,
} from '@koers/domain';

/**
 * The bot's collaborators for check-in cards, in memory: a PopService that applies the real
 * domain `recordProgress` (with its seenVersion rule) to one Pop, and a
 * ReminderService whose card holds the given goal reminders for the plan's employee. The same
 * flow against the real services and embedded Cosmos: functions/src/reminders/checkInFlow.integration.test.ts.
 */

export class MemoryPopService implements PopService {
  constructor(
    public pop: Pop | undefined,
    private readonly people: PersonStore,
    private readonly now: () => Date,
  ) {}

  private async view(actor: Person, popId: string): Promise<PopResponse> {
    const pop = this.pop;
    if (!pop || pop.id !== popId || pop.tenantId !== actor.tenantId || (actor.id !== pop.employeeId && actor.id !== pop.managerId)) throw new NotFoundError('pop', popId);
    const [employee, manager] = await Promise.all([this.people.get(pop.tenantId, pop.employeeId), this.people.get(pop.tenantId, pop.managerId)]);
    if (!employee || !manager) throw new NotFoundError('pop', popId);
    const approved = latestApprovedVersion(pop);
    return {
      pop,
      etag: `"${pop.updatedAt}"`,
      role: actor.id === pop.employeeId ? 'employee' : 'manager',
      employee: PersonSummary.parse(employee.value),
      manager: PersonSummary.parse(manager.value),
      status: popStatus(pop),
      current: currentVersion(pop),
      ...(approved ? { latestApprovedVersion: approved.number } : {}),
      progress: pop.progress,
    };
  }

  get(actor: Person, popId: string): Promise<PopResponse> {
    return this.view(actor, popId);
  }

  async recordProgress(actor: Person, popId: string, request: Parameters<PopService['recordProgress']>[2]): Promise<PopResponse> {
    const { pop } = await this.view(actor, popId);
    // The domain rule applies the seenVersion check ('goal-changed'), as the real service does.
    this.pop = recordProgress(pop, { ...request, by: actor.id, now: this.now().toISOString() });
    return this.view(actor, popId);
  }

  list(): never {
    throw new Error('not used by the bot');
  }
  create(): never {
    throw new Error('not used by the bot');
  }
  revise(): never {
    throw new Error('not used by the bot');
  }
  approve(): never {
    throw new Error('not used by the bot');
  }
  agreementsPdf(): never {
    throw new Error('not used by the bot');
  }
}

export class MemoryReminderService implements ReminderService {
  readonly snoozed: { goalId: string; until: string }[] = [];

  constructor(
    private readonly pops: MemoryPopService,
    /** The goal reminders on the employee's card of `day`. */
    private readonly card: { day: string; reminders: GoalReminderAbout[] },
    private readonly now: () => Date,
    private readonly popUrl = (popId: string) => `http://localhost:53000/#/pop/${popId}`,
  ) {}

  private mine(actor: Person, day: string): GoalReminderAbout[] {
    return day === this.card.day ? this.card.reminders.filter((r) => r.employeeId === actor.id) : [];
  }

  async checkInItems(actor: Person, day: string): Promise<CheckInItem[]> {
    return currentCheckInItems(this.mine(actor, day), (id) => (this.pops.pop?.id === id ? this.pops.pop : undefined), this.popUrl);
  }

  async snooze(actor: Person, request: Parameters<ReminderService['snooze']>[1]): Promise<{ until: string } | undefined> {
    if (!this.mine(actor, request.day).some((r) => r.popId === request.popId && r.goalId === request.goalId)) return undefined;
    const until = snoozeUntil(request.choice, this.now().toISOString(), { timeZone: actor.timeZone, workingHours: actor.workingHours, holidays: [] });
    if (!until) return undefined;
    this.snoozed.push({ goalId: request.goalId, until });
    return { until };
  }
}
