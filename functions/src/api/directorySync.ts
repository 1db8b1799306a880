import { contracts } from '@koers/contracts';
import { canManageOrganisation, ForbiddenError, NotFoundError } from '@koers/domain';
import type { DirectorySync, DirectorySyncSummary } from '@koers/app';
import { GraphDirectoryError } from '../graph/directory';
import { defineRoute } from '../http/defineRoute';
import { HttpProblem } from '../http/problem';
import type { Services, TimerDefinition } from './services';

/**
 * The directory sync at the edges: *Nu synchroniseren* for HR and admins, the hourly timer (the
 * users the delta reports, with their mailbox settings) and the nightly one (everyone's mailbox
 * settings, which Graph's delta does not track).
 */

function syncOf(services: Services): DirectorySync {
  if (!services.directorySync) throw new NotFoundError('Route', contracts.syncDirectory.path);
  return services.directorySync;
}

function unavailable(error: unknown): never {
  if (error instanceof GraphDirectoryError) {
    const failure = error.failure;
    const seconds = 'kind' in failure && failure.kind === 'unavailable' ? Math.max(1, Math.ceil((failure.retryAfterMs ?? 60_000) / 1000)) : 300;
    throw new HttpProblem(503, 'directory-unavailable', { headers: { 'Retry-After': String(seconds) }, logDetail: error.message });
  }
  throw error;
}

function response(summary: DirectorySyncSummary) {
  const { tenantId: _tenant, problems, ...rest } = summary;
  return { ...rest, problems: problems.length };
}

export const syncDirectoryRoute = defineRoute(
  contracts.syncDirectory,
  async ({ actor, services }) => response(await syncOf(services).syncTenant(actor.tenantId).catch(unavailable)),
  {
    authorize: ({ actor, services }) => {
      syncOf(services);
      if (!canManageOrganisation(actor)) throw new ForbiddenError('hr-only');
    },
  },
);

function directoryTimer(name: string, schedule: string, mailboxes: 'changed' | 'all'): TimerDefinition {
  return {
    name,
    schedule,
    make: (services) => async (_timer, context) => {
      if (!services.directorySync) {
        context.warn(`${name}: no directory configured`);
        return;
      }
      for (const tenantId of await services.stores.organisations.listTenantIds()) {
        try {
          const summary = await services.directorySync.syncTenant(tenantId, { mailboxes });
          context.log('directory synced', { tenantId, added: summary.added, updated: summary.updated, left: summary.left, problems: summary.problems.length });
        } catch (error) {
          // One tenant's Graph trouble must not keep the others from their sync; this one resumes next time.
          context.warn('directory sync failed', { tenantId, error: error instanceof Error ? error.name : 'unknown' });
        }
      }
    },
  };
}

/** Every hour: what the directory reports changed. */
export const directorySyncTimer = directoryTimer('directorySync', '0 7 * * * *', 'changed');

/** Nightly: everyone's mailbox settings (working hours, time zone, language), which have no delta. */
export const directoryMailboxTimer = directoryTimer('directoryMailboxSync', '0 30 3 * * *', 'all');
