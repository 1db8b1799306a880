import {
  applyPreparationSave,
  BookingError,
  ConcurrencyError,
  ConflictError,
  preparationId,
  SavePreparationRequest,
  visiblePreparation,
  type Clock,
  type Conversation,
  type Person,
  type PreparationResponse,
  type PreparationService,
  type PrepRole,
  type Stores,
} from '@koers/domain';
import { conversationOfParty } from '../booking/conversationOfParty';
import { createAccessRecorder } from '../privacy/accessLog';
import { conversationTemplate } from '../templates/pinnedTemplate';

/**
 * Preparing a booked conversation (ports.ts PreparationService): each party keeps their own
 * answers; the manager sees only what the employee shared, answer by answer. The tab and the
 * bot's prep card save through the same object, so neither can overwrite what the other saved.
 */

export interface PreparationServiceOptions {
  stores: Stores;
  clock: Clock;
}

export function createPreparationService({ stores, clock }: PreparationServiceOptions): PreparationService {
  const access = createAccessRecorder({ stores, clock });
  async function preparationState(actor: Person, c: Conversation): Promise<PreparationResponse> {
    const role: PrepRole = actor.id === c.employeeId ? 'employee' : 'manager';
    const mine = await stores.preparations.get(c.tenantId, c.employeeId, c.id, role);
    const template = await conversationTemplate(stores, c);
    const response: PreparationResponse = { conversation: c, role, mine: mine?.value, etag: mine?.etag, template: template.ref, questions: template.content.questions };
    if (role === 'manager') {
      const employees = await stores.preparations.get(c.tenantId, c.employeeId, c.id, 'employee');
      const shared = employees ? visiblePreparation(employees.value, actor, c.managerId) : undefined;
      if (shared) {
        if (shared.answers.length > 0) await access.read(actor, c.employeeId, 'preparation', 'manager', c.id);
        response.sharedByEmployee = shared;
      }
    } else {
      const managers = await stores.preparations.get(c.tenantId, c.employeeId, c.id, 'manager');
      const shared = managers ? visiblePreparation(managers.value, actor, c.managerId) : undefined;
      // What the manager chose to share with this employee, about this employee: no read of anyone else's data to log.
      if (shared) response.sharedByManager = shared;
    }
    return response;
  }

  return {
    async get(actor, conversationId) {
      const stored = await conversationOfParty(stores, actor, conversationId);
      return preparationState(actor, stored.value);
    },

    async save(actor, conversationId, rawBody, ifMatch) {
      const body = SavePreparationRequest.parse(rawBody);
      const stored = await conversationOfParty(stores, actor, conversationId);
      const c = stored.value;
      if (c.status === 'geannuleerd') throw new BookingError('not-planned');
      const role: PrepRole = actor.id === c.employeeId ? 'employee' : 'manager';
      const previous = await stores.preparations.get(c.tenantId, c.employeeId, c.id, role);
      const base = { id: preparationId(c.id, role), tenantId: c.tenantId, employeeId: c.employeeId, conversationId: c.id, ownerId: actor.id, role };
      const template = await conversationTemplate(stores, c);
      const next = applyPreparationSave(previous?.value, base, body, clock.now().toISOString(), template.content.questions);
      // No If-Match means "I saw no preparation yet": a first save never silently replaces one
      // made meanwhile elsewhere (the bot card, another window).
      if (ifMatch !== previous?.etag) throw new ConcurrencyError('Preparation', preparationId(c.id, role));
      if (previous) await stores.preparations.replace(next, previous.etag);
      else {
        try {
          await stores.preparations.create(next);
        } catch (error) {
          // Someone (the bot card, another window) saved the first version meanwhile: as stale as a 412.
          if (error instanceof ConflictError) throw new ConcurrencyError('Preparation', base.id);
          throw error;
        }
      }
      return preparationState(actor, c);
    },
  };
}
