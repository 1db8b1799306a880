import type { MeResponse } from '@koers/contracts';
import type { Pop, PopGoalInput, PopResponse, PopRole } from '@koers/domain';
import { authorizedCaller } from '../api/authorizedApi';
import { popApi } from '../api/popApi';
import { approvePop, createPop, currentVersion, latestApprovedVersion, popStatus, PopResponse as PopResponseShape, revisePop } from '@koers/domain';

/**
 * POP answers as the API sends them (domain/src/popApi.ts), built with the domain's own version
 * rules, so hashes and approvals are what a real server would hold.
 */
const tenantId = '6f1c2a7e-0000-4000-8000-000000000001';
export const jeroen = { id: '0a000000-0000-4000-8000-000000000101', displayName: 'Jeroen Hendriks', email: 'jeroen@hendriks.example' };
export const ahmed = {
  id: '0a000000-0000-4000-8000-000000000104',
  displayName: 'Ahmed Yilmaz',
  email: 'ahmed@hendriks.example',
  jobTitle: 'werkvoorbereider',
  managerId: jeroen.id,
};

/** A goal that passes every SMART rule on 2026-12-01 (as the domain's own fixture). */
export const smartGoal: PopGoalInput = {
  id: 'g1',
  title: 'Zelfstandig offertes voor zorginstellingen opstellen',
  kind: 'verbreden',
  route: 'meelopen',
  routeDetail: 'Met Jeroen bij de afdeling verkoop',
  actions: ['Drie keer meelopen met Jeroen bij een offertegesprek'],
  successCriteria: ['In juni 2027 heb ik 2 offertes zelfstandig verstuurd'],
  acceptance: { employee: true, manager: true },
  realism: { checked: true, note: 'Past naast het project, 4 uur per week' },
  deadline: '2027-06-30',
  milestones: [{ id: 'm1', title: 'Eerste offerte', due: '2027-03-01' }],
  middelen: { budgetEuro: 500, timeHours: 16, note: 'Cursus offerteschrijven' },
  begeleiding: { name: 'Jeroen Hendriks' },
  inzetHours: 40,
  voortgangsgesprekken: ['2027-02-01'],
  ownerId: ahmed.id,
};

export const AT = '2026-12-01T10:00:00.000Z';

export function samplePop(goals: readonly PopGoalInput[] = [smartGoal]): Pop {
  return { ...createPop({ id: 'pop-ahmed-1', tenantId, employeeId: ahmed.id, managerId: jeroen.id }, goals, ahmed.id, AT), conversationId: 'gesprek-ahmed-1' };
}

/** Version 1 approved by both, then an edit: version 2, a draft nobody approved yet. */
export function revisedPop(): Pop {
  let pop = samplePop();
  const v1 = currentVersion(pop);
  pop = approvePop(pop, { version: 1, contentHash: v1.contentHash, by: ahmed.id, now: '2026-12-02T09:00:00.000Z' });
  pop = approvePop(pop, { version: 1, contentHash: v1.contentHash, by: jeroen.id, now: '2026-12-02T10:00:00.000Z' });
  return revisePop(pop, { baseVersion: 1, goals: [{ ...smartGoal, title: 'Zelfstandig drie offertes opstellen' }], by: jeroen.id, now: '2026-12-03T09:00:00.000Z' });
}

export function viewOf(pop: Pop, role: PopRole = 'employee', etag = '"e1"'): PopResponse {
  return PopResponseShape.parse({
    pop,
    etag,
    role,
    employee: ahmed,
    manager: jeroen,
    status: popStatus(pop),
    current: currentVersion(pop),
    latestApprovedVersion: latestApprovedVersion(pop)?.number,
    progress: pop.progress,
  });
}

export const sampleMeAhmed: MeResponse = {
  me: { ...ahmed, locale: 'nl-NL', timeZone: 'Europe/Amsterdam', roles: [] },
  organisation: { tenantId, name: 'Installatiebedrijf Hendriks B.V.', locale: 'nl-NL', timeZone: 'Europe/Amsterdam' },
  manager: jeroen,
  reports: [],
};

/** The tab's POP client against a test server, with a token source that always has a token. */
export function popApiAgainst(apiBase: string) {
  const tokens = { token: async () => 'token-1', renew: async () => 'token-2' };
  return popApi(authorizedCaller({ apiBase, acceptLanguage: () => 'nl-NL' }, tokens, () => undefined));
}
