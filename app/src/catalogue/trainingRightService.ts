import {
  ForbiddenError,
  hasRole,
  keepsTrainingRights,
  NotFoundError,
  TrainingRightError,
  trainingRightBalance,
  trainingRightId,
  type Actor,
  type Clock,
  type Person,
  type Stores,
  type TrainingRight,
  type TrainingRightInput,
  type TrainingRightResponse,
} from '@koers/domain';
import { createAccessRecorder } from '../privacy/accessLog';

/**
 * The Federale Leerrekening of a Belgian organisation's people: Koers.HR records per person and
 * calendar year the days of the right and the days used; the person, their manager and their
 * gesprekspartner read it (the POP shows it beside a goal's training days). Another organisation
 * keeps none: asking is a 409 'training-right-not-belgian'.
 */
export interface TrainingRightService {
  trainingRight(actor: Actor, personId: string, year: number): Promise<TrainingRightResponse>;
  setTrainingRight(actor: Actor, personId: string, year: number, input: TrainingRightInput): Promise<TrainingRightResponse>;
}

function response(personId: string, year: number, right: TrainingRight | undefined): TrainingRightResponse {
  if (!right) return { personId, year, right: null };
  const { rightDays, usedDays, leftDays } = trainingRightBalance(right);
  return { personId, year, right: { rightDays, usedDays, leftDays, setAt: right.setAt } };
}

export function createTrainingRightService({ stores, clock }: { stores: Stores; clock: Clock }): TrainingRightService {
  const access = createAccessRecorder({ stores, clock });

  async function requireBelgian(tenantId: string): Promise<void> {
    const organisation = (await stores.organisations.get(tenantId))?.value;
    if (!organisation || !keepsTrainingRights(organisation)) throw new TrainingRightError('training-right-not-belgian');
  }

  async function activePerson(tenantId: string, personId: string): Promise<Person | undefined> {
    const person = (await stores.people.get(tenantId, personId))?.value;
    return person && !person.leftAt ? person : undefined;
  }

  return {
    async trainingRight(actor, personId, year) {
      const person = await activePerson(actor.tenantId, personId);
      const isHr = hasRole(actor, 'hr');
      const holdsConversations = person !== undefined && (person.managerId === actor.id || person.gesprekspartnerId === actor.id);
      // Anyone else learns nothing, not even that the person exists.
      if (!person || !(actor.id === person.id || holdsConversations || isHr)) throw new NotFoundError('Person', personId);
      await requireBelgian(actor.tenantId);
      const right = await stores.functionLinks.getTrainingRight(actor.tenantId, person.id, year);
      if (right && actor.id !== person.id) await access.read(actor, person.id, 'person', holdsConversations ? 'manager' : 'hr');
      return response(person.id, year, right);
    },

    async setTrainingRight(actor, personId, year, input) {
      if (!hasRole(actor, 'hr')) throw new ForbiddenError('hr-only');
      await requireBelgian(actor.tenantId);
      const person = await activePerson(actor.tenantId, personId);
      if (!person) throw new NotFoundError('Person', personId);
      const right: TrainingRight = {
        kind: 'training-right',
        tenantId: actor.tenantId,
        id: trainingRightId(person.id, year),
        personId: person.id,
        year,
        rightDays: input.rightDays,
        usedDays: input.usedDays,
        setBy: actor.id,
        setAt: clock.now().toISOString(),
      };
      await stores.functionLinks.upsert(right);
      return response(person.id, year, right);
    },
  };
}
