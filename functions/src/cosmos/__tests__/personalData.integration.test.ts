import { createPrivacyService } from '@koers/app';
import { bundle, canvas, conversation, entry, guid, newTenant, person, pop, preparation, reminder, roleAssignment, schedule } from '@koers/app/src/testing/storeFixtures';
import { exemptionId, personProgressId, trainingRightId, type PersonalDataExport } from '@koers/domain';
import { CONTAINER_NAMES } from '../containers';
import { PERSONAL_DATA_COVERAGE } from '../personalData';
import { createDispatchStore } from '../repositories/dispatch';
import { useEmbeddedCosmos } from './embeddedCosmos';

const cosmos = useEmbeddedCosmos();

/** Whether a section of the export holds anything. */
function filled(data: PersonalDataExport, section: keyof PersonalDataExport): boolean {
  const value: unknown = data[section];
  if (Array.isArray(value)) return value.length > 0;
  if (section === 'portfolio') return data.portfolio.entries.length > 0;
  if (section === 'dispatch') return data.dispatch.bundles.length > 0 && data.dispatch.schedules.length > 0;
  return value !== undefined;
}

describe('export completeness against the Cosmos stores', () => {
  it("finds a person's data in every container the coverage list says it exports", async () => {
    const { stores, database } = cosmos;
    const dispatch = createDispatchStore(database);
    const tenant = newTenant();
    const subject = person(tenant, 2);
    await stores.people.create(person(tenant, 1));
    await stores.people.create(subject);
    await stores.roleAssignments.upsert(roleAssignment(tenant, 'ra-1', subject.id, 'hr'));
    await stores.conversations.create(conversation(tenant, subject.id, 'gesprek-1'));
    await stores.canvases.create(canvas(tenant, subject.id, 'gesprek-1'));
    await stores.preparations.create(preparation(tenant, subject.id, 'gesprek-1', 'employee', 'Mijn eigen antwoord'));
    await stores.pops.create(pop(tenant, subject.id, 'pop-1', '2026-03-02T09:00:00.000Z'));
    await stores.portfolio.create(entry(tenant, subject.id, 1));
    await stores.reminders.create(reminder(tenant, 'r-1', '2026-03-02T07:00:00.000Z', { recipientId: subject.id }));
    await dispatch.createBundle(bundle(tenant, subject.id, '2026-03-02'));
    await dispatch.createSchedule(schedule(tenant, 'pop-1', ['r-1']));
    await stores.conversationReferences.upsert({ id: subject.id, tenantId: tenant, reference: { conversation: { id: 'a:1' } }, updatedAt: '2026-03-01T09:00:00.000Z' });
    await stores.rounds.setExemption({ id: exemptionId('r1', subject.id), tenantId: tenant, roundId: 'r1', personId: subject.id, reason: 'proeftijd', setBy: guid(1), setAt: '2026-03-01T09:00:00.000Z' });
    await stores.roundProgress.create({
      id: personProgressId('r1', subject.id),
      tenantId: tenant,
      roundId: 'r1',
      personId: subject.id,
      displayName: subject.displayName,
      status: 'vrijgesteld',
      dates: {},
      updatedAt: '2026-03-01T09:00:00.000Z',
    });
    await stores.accessLog.record({ id: 'line-1', tenantId: tenant, subjectId: subject.id, readerId: guid(1), capacity: 'manager', what: 'pop', at: '2026-03-02T09:00:00.000Z' });
    await stores.talentPool.save({ tenantId: tenant, id: subject.id, interests: [{ functionId: 'monteur', wish: 'doorgroeien' }], showName: true, updatedAt: '2026-03-02T09:00:00.000Z' }, undefined);
    await stores.functionLinks.upsert({ kind: 'person', tenantId: tenant, id: subject.id, functionId: 'monteur', setBy: guid(1), setAt: '2026-03-02T09:00:00.000Z' });
    await stores.functionLinks.upsert({ kind: 'training-right', tenantId: tenant, id: trainingRightId(subject.id, 2026), personId: subject.id, year: 2026, rightDays: 5, usedDays: 1.5, setBy: guid(1), setAt: '2026-03-02T09:00:00.000Z' });
    await stores.changeLog.record({ id: 'change-1', tenantId: tenant, at: '2026-03-02T09:00:00.000Z', kind: 'role-granted', subjectId: subject.id, details: { role: 'Koers.HR' } });

    const data = await createPrivacyService({ stores, dispatch, clock: { now: () => new Date('2026-03-03T09:00:00.000Z') } }).myData({ ...subject });

    const empty = CONTAINER_NAMES.flatMap((name) => {
      const coverage = PERSONAL_DATA_COVERAGE[name];
      return coverage && 'exportedAs' in coverage && !filled(data, coverage.exportedAs) ? [name] : [];
    });
    expect(empty).toEqual([]);
    expect(data.trainingRights).toMatchObject([{ year: 2026, rightDays: 5, usedDays: 1.5 }]);
  });
});
