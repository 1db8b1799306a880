import {
  ForbiddenError,
  hasRole,
  NotFoundError,
  PersonalDataExport,
  readAll,
  scheduleId,
  type AccessLogResponse,
  type Actor,
  type Clock,
  type Conversation,
  type DispatchStore,
  type PageRequest,
  type Person,
  type Stores,
} from '@koers/domain';
import { createAccessRecorder } from './accessLog';

/**
 * The AVG in the app: a person's own data in one document ("Mijn gegevens", art. 15/20), the
 * same for a Koers.Admin acting on someone's request, and who read the person's data.
 */
export interface PrivacyService {
  /** Everything Koers holds about the signed-in person. */
  myData(actor: Person): Promise<PersonalDataExport>;
  /** A Koers.Admin's export of one person's data (on that person's request); logged as a read. */
  dataOf(actor: Actor, personId: string): Promise<PersonalDataExport>;
  /** "Wie heeft mijn gegevens bekeken": who read the signed-in person's data, newest first. */
  accessLog(actor: Person, page?: PageRequest): Promise<AccessLogResponse>;
  /** The names of the people an export mentions (the other parties, the readers), for its readable summary. */
  namesIn(data: PersonalDataExport): Promise<Record<string, string>>;
}

export interface PrivacyServiceOptions {
  stores: Stores;
  /** The dispatcher's records (bundles, schedules); without it that section stays empty. */
  dispatch?: Pick<DispatchStore, 'listBundlesForRecipient' | 'getSchedule'>;
  clock: Clock;
}

/** Every page: an export is complete or it is wrong. */
const EVERYTHING = Number.MAX_SAFE_INTEGER;

export function createPrivacyService({ stores, dispatch, clock }: PrivacyServiceOptions): PrivacyService {
  const access = createAccessRecorder({ stores, clock });

  async function collect(person: Person): Promise<PersonalDataExport> {
    const { tenantId, id } = person;
    const [roles, asEmployee, asManager, team, pops, entries, shares, reminders, bundles, chatAddress, accessLog, roundExemptions, roundProgress, changeLog, talentPool, functionAssignment, trainingRights] = await Promise.all([
      stores.roleAssignments.listForPrincipal(tenantId, id),
      readAll((page) => stores.conversations.listForEmployee(tenantId, id, page), EVERYTHING),
      readAll((page) => stores.conversations.listForManager(tenantId, id, page), EVERYTHING),
      readAll((page) => stores.people.listTeam(tenantId, id, page), EVERYTHING),
      readAll((page) => stores.pops.listForEmployee(tenantId, id, page), EVERYTHING),
      stores.portfolio.listForEmployee(tenantId, id),
      stores.portfolio.getShares(tenantId, id),
      readAll((page) => stores.reminders.listForRecipient(tenantId, id, page), EVERYTHING),
      dispatch ? dispatch.listBundlesForRecipient(tenantId, id) : Promise.resolve([]),
      stores.conversationReferences.get(tenantId, id),
      readAll((page) => stores.accessLog.listForSubject(tenantId, id, page), EVERYTHING),
      stores.rounds.listExemptionsOfPerson(tenantId, id),
      stores.roundProgress.listForPerson(tenantId, id),
      // The works council's log is a few lines a month per tenant: read whole, kept where it names them.
      readAll((page) => stores.changeLog.list(tenantId, page), EVERYTHING),
      stores.talentPool.get(tenantId, id),
      stores.functionLinks.getAssignment(tenantId, id),
      stores.functionLinks.listTrainingRights(tenantId, id),
    ]);

    const conversations: Conversation[] = [...new Map([...asEmployee, ...asManager].map((c) => [c.id, c])).values()];
    // Only the person's own preparation: the other party's answers are theirs, shared or not.
    const preparations = await Promise.all(
      conversations.map((c) => stores.preparations.get(tenantId, c.employeeId, c.id, c.employeeId === id ? 'employee' : 'manager')),
    );
    const canvases = await Promise.all(conversations.map((c) => stores.canvases.get(tenantId, c.employeeId, c.id)));
    // Plans the person agreed as manager live in their employees' partitions.
    const employeeIds = new Set([...asManager.map((c) => c.employeeId), ...team.map((p) => p.id)]);
    employeeIds.delete(id);
    const managedPops = (
      await Promise.all([...employeeIds].map((employeeId) => readAll((page) => stores.pops.listForEmployee(tenantId, employeeId, page), EVERYTHING)))
    )
      .flat()
      .filter((p) => p.managerId === id);
    const schedules = dispatch ? await Promise.all(pops.map((p) => dispatch.getSchedule(tenantId, scheduleId(p.id)))) : [];

    return PersonalDataExport.parse({
      format: 'koers-personal-data',
      version: 1,
      generatedAt: clock.now().toISOString(),
      person,
      roles,
      conversations,
      preparations: preparations.flatMap((p) => (p ? [p.value] : [])),
      canvases: canvases.flatMap((c) => (c ? [c.value] : [])),
      pops: [...pops, ...managedPops],
      portfolio: { entries: entries.map((e) => e.value), ...(shares ? { shares: shares.value } : {}) },
      reminders,
      dispatch: { bundles, schedules: schedules.flatMap((s) => (s ? [s.value] : [])) },
      ...(chatAddress ? { chatAddress: chatAddress.value } : {}),
      accessLog,
      roundExemptions,
      roundProgress,
      changes: changeLog.filter((c) => c.actorId === id || c.subjectId === id),
      ...(talentPool ? { talentPool: talentPool.value } : {}),
      ...(functionAssignment ? { functionAssignment: functionAssignment.value } : {}),
      trainingRights,
    });
  }

  return {
    myData: (actor) => collect(actor),

    async dataOf(actor, personId) {
      if (!hasRole(actor, 'admin')) throw new ForbiddenError();
      const person = await stores.people.get(actor.tenantId, personId.toLowerCase());
      if (!person) throw new NotFoundError('Person', personId);
      await access.read(actor, person.value.id, 'export', 'admin');
      return collect(person.value);
    },

    async namesIn(data) {
      const ids = new Set([
        ...data.conversations.flatMap((c) => [c.employeeId, c.managerId]),
        ...data.pops.flatMap((p) => [p.employeeId, p.managerId]),
        ...data.accessLog.map((e) => e.readerId),
      ]);
      ids.delete(data.person.id);
      const people = await Promise.all([...ids].map((id) => stores.people.get(data.person.tenantId, id)));
      const named: [string, string][] = people.flatMap((p) => (p ? [[p.value.id, p.value.displayName] as [string, string]] : []));
      return Object.fromEntries<string>([[data.person.id, data.person.displayName], ...named]);
    },

    async accessLog(actor, page) {
      const result = await stores.accessLog.listForSubject(actor.tenantId, actor.id, page);
      const readers = [...new Set(result.items.map((e) => e.readerId))];
      const people = await Promise.all(readers.map((readerId) => stores.people.get(actor.tenantId, readerId)));
      const names = new Map(people.flatMap((p) => (p ? [[p.value.id, p.value.displayName] as const] : [])));
      return {
        items: result.items.map((e) => ({
          at: e.at,
          readerId: e.readerId,
          ...(names.has(e.readerId) ? { readerName: names.get(e.readerId) } : {}),
          capacity: e.capacity,
          what: e.what,
          ...(e.resourceId ? { resourceId: e.resourceId } : {}),
        })),
        ...(result.continuationToken ? { continuationToken: result.continuationToken } : {}),
      };
    },
  };
}
