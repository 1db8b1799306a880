import type {
  ReminderDefaultsResponse} from '@koers/domain';
import {
  canManageOrganisation,
  ForbiddenError,
  goalReminderSettings,
  latestApprovedVersion,
  NotFoundError,
  readAll,
  reminderDefaultsOf,
  ReminderDefaults,
  withReminderDefaults,
  type Actor,
  type OrganisationSettings,
} from '@koers/domain';
import { scheduleGoalReminders, type GoalReminderDeps } from './scheduleGoalReminders';
import { organisationHolidays } from '../organisation/holidays';
import { changedSettings, type RecordChange } from '../privacy/changeLog';

/**
 * Organisation defaults: HR (the actor's Koers.HR app role, actor.ts) reads and changes the reminder
 * defaults of its own organisation (domain canManageOrganisation); anyone else
 * ForbiddenError('hr-only') (403). A change is
 * written under the settings' ETag (If-Match, 428 without, 412 when stale) and touches only the
 * three reminder fields, so the rest of the settings cannot be damaged through this route.
 *
 * When the new defaults take effect: at once. After the write the agreed plans of the tenant are
 * re-scheduled (scheduleGoalReminders, idempotent): occurrences the new defaults no longer want
 * (an old cadence, a dropped "days before") are skipped, new ones are written. Plans with their own
 * cadence keep it, but follow the new days before. The request re-plans for at most
 * `rescheduleBudgetMs` (a large organisation would otherwise keep HR waiting past the HTTP
 * timeout); what is left, it counts and leaves to the nightly renewal (renewAll, from the
 * planReminderRenewal timer) or the plan's next write. Meanwhile the dispatcher skips a
 * check-in whose cadence no longer matches, so no reminder goes out on the old defaults.
 */

export interface ReminderDefaultsService {
  get(actor: Actor): Promise<ReminderDefaultsResponse>;
  set(actor: Actor, defaults: ReminderDefaults, ifMatch: string): Promise<ReminderDefaultsResponse>;
  /** Every tenant's agreed plans re-scheduled (the nightly timer): completes a cut-off re-planning, renews the look-ahead. */
  renewAll(): Promise<number>;
}

type Log = { warn(message: string, fields: Record<string, string>): void };

/** Every agreed plan of the organisation re-scheduled with its current settings, or, past `budget`, counted as pending. */
export async function rescheduleOrganisationPlans(
  deps: GoalReminderDeps & { log?: Log },
  org: OrganisationSettings,
  budget?: { ms: number; elapsed: () => number },
): Promise<{ rescheduled: number; pending: number }> {
  const { stores } = deps;
  const people = await readAll((page) => stores.people.listTenant(org.tenantId, page));
  const byId = new Map(people.map((p) => [p.id, p]));
  const settings = goalReminderSettings(org);
  let count = 0;
  let pending = 0;
  for (const employee of people) {
    const pops = await readAll((page) => stores.pops.listForEmployee(org.tenantId, employee.id, page));
    for (const pop of pops) {
      const manager = byId.get(pop.managerId);
      if (!manager || !latestApprovedVersion(pop)) continue;
      if (budget && budget.elapsed() >= budget.ms) {
        pending++;
        continue;
      }
      try {
        await scheduleGoalReminders(deps, pop, { known: { employee, manager, holidays: organisationHolidays(org, deps.clock.now()), settings } });
        count++;
      } catch (error) {
        // One plan's failure must not keep the others on the old defaults.
        deps.log?.warn('plan not re-scheduled after new reminder defaults', { tenantId: org.tenantId, popId: pop.id, error: error instanceof Error ? error.name : 'error' });
      }
    }
  }
  return { rescheduled: count, pending };
}

export interface ReminderDefaultsOptions {
  /** How long a PUT may spend re-planning before it leaves the rest to the nightly renewal. */
  rescheduleBudgetMs?: number;
  /**
   * Milliseconds since an arbitrary start: the wall clock, not the app's clock (a moved dev clock
   * must not cut a request short). The edge passes performance.now; tests step it.
   */
  elapsed: () => number;
  /** The works council's change log: how often Koers asks about progress, from and to. */
  recordChange?: RecordChange;
}

export function createReminderDefaultsService(deps: GoalReminderDeps & { log?: Log }, options: ReminderDefaultsOptions): ReminderDefaultsService {
  const { stores } = deps;
  const budgetMs = options.rescheduleBudgetMs ?? 20_000;
  const { elapsed } = options;
  const recordChange = options.recordChange ?? (async () => undefined);

  async function settingsOf(actor: Actor) {
    if (!canManageOrganisation(actor)) throw new ForbiddenError('hr-only');
    const stored = await stores.organisations.get(actor.tenantId);
    if (!stored) throw new NotFoundError('Organisation', actor.tenantId);
    return stored;
  }

  return {
    async get(actor) {
      const stored = await settingsOf(actor);
      return { defaults: reminderDefaultsOf(stored.value), etag: stored.etag };
    },
    async set(actor, defaults, ifMatch) {
      const stored = await settingsOf(actor);
      const saved = await stores.organisations.replace(withReminderDefaults(stored.value, ReminderDefaults.parse(defaults)), ifMatch);
      const changed = changedSettings(reminderDefaultsOf(stored.value), reminderDefaultsOf(saved.value));
      if (Object.keys(changed).length > 0) await recordChange({ tenantId: actor.tenantId, kind: 'reminder-defaults-changed', actorId: actor.id, details: changed });
      const started = elapsed();
      const { rescheduled, pending } = await rescheduleOrganisationPlans(deps, saved.value, { ms: budgetMs, elapsed: () => elapsed() - started });
      if (pending > 0) deps.log?.warn('new reminder defaults: plans left to the nightly renewal', { tenantId: actor.tenantId, pending: String(pending) });
      return { defaults: reminderDefaultsOf(saved.value), etag: saved.etag, rescheduledPlans: rescheduled, ...(pending > 0 ? { pendingPlans: pending } : {}) };
    },
    async renewAll() {
      let count = 0;
      for (const tenantId of await stores.organisations.listTenantIds()) {
        const org = await stores.organisations.get(tenantId);
        if (org) count += (await rescheduleOrganisationPlans(deps, org.value)).rescheduled;
      }
      return count;
    },
  };
}
