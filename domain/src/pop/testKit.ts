/** Fixtures for the POP tests only (not exported from the pop index). */
import type { PopGoalInput } from './schema';

export const EMPLOYEE = '00000000-0000-4000-8000-000000000021';
export const MANAGER = '00000000-0000-4000-8000-000000000031';
export const OTHER_MANAGER = '00000000-0000-4000-8000-000000000032';
export const TENANT = '00000000-0000-4000-8000-000000000001';

/** A goal that passes every SMART rule on 2026-12-01; tests break or keep it one way at a time. */
export const smartGoalNl: PopGoalInput = {
  id: 'g1',
  title: 'Zelfstandig offertes voor zorginstellingen opstellen',
  kind: 'verbreden',
  route: 'meelopen',
  actions: ['Drie keer meelopen met Ahmed bij een offertegesprek', 'Twee offertes zelf schrijven, Ahmed leest mee'],
  successCriteria: ['In juni 2027 heb ik 2 offertes zelfstandig verstuurd en zijn ze zonder correcties goedgekeurd'],
  acceptance: { employee: true, manager: true },
  realism: { checked: true, note: 'Past naast het project, 4 uur per week' },
  deadline: '2027-06-30',
  milestones: [{ id: 'm1', title: 'Eerste offerte', due: '2027-03-01' }],
  ownerId: EMPLOYEE,
};
