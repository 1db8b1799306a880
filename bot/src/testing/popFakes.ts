import type { MemoryPopService } from './pops';
import { currentCheckInItems, snoozeUntil, type CheckInItem, type GoalReminderAbout, type Person, type ReminderService } from '@koers/domain';

/**
 * The bot's reminder collaborator for check-in cards, in memory: a ReminderService whose card
 * holds the given goal reminders for the plan's employee, reading plans from the tests' one
 * MemoryPopService (./pops.ts). The same
 * flow against the real services and embedded Cosmos: functions/src/reminders/checkInFlow.integration.test.ts.
 */

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
    return currentCheckInItems(this.mine(actor, day), (id) => this.pops.find(id), this.popUrl);
  }

  readonly paused: string[] = [];

  /** Remembers the paused goals (the real service writes the plan's reminder preferences). */
  async pause(actor: Person, request: Parameters<ReminderService['pause']>[1]): Promise<boolean> {
    if (!this.mine(actor, request.day).some((r) => r.popId === request.popId && r.goalId === request.goalId)) return false;
    this.paused.push(request.goalId);
    return true;
  }

  async snooze(actor: Person, request: Parameters<ReminderService['snooze']>[1]): Promise<{ until: string } | undefined> {
    if (!this.mine(actor, request.day).some((r) => r.popId === request.popId && r.goalId === request.goalId)) return undefined;
    const until = snoozeUntil(request.choice, this.now().toISOString(), { timeZone: actor.timeZone, workingHours: actor.workingHours, holidays: [] });
    if (!until) return undefined;
    this.snoozed.push({ goalId: request.goalId, until });
    return { until };
  }
}
