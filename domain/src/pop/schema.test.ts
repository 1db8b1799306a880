import { MAX_GOALS, MAX_ITEM_TEXT, MAX_LIST_ITEMS, MAX_SHORT_TEXT, PopGoal, PopGoals, type PopGoalInput } from './schema';
import { smartGoalNl } from './testKit';

describe('the POP goal schema', () => {
  it('fills in the parts a new goal leaves out', () => {
    expect(PopGoal.parse({ id: 'g', title: 'Scrum-certificaat', kind: 'verdiepen', route: 'opleiding' })).toMatchObject({
      actions: [],
      successCriteria: [],
      acceptance: { employee: false, manager: false },
      realism: { checked: false, note: '' },
      milestones: [],
      middelen: { note: '' },
      begeleiding: { name: '' },
      voortgangsgesprekken: [],
    });
  });

  it.each<[string, PopGoalInput]>([
    ['an empty title', { ...smartGoalNl, title: '  ' }],
    ['a title over the limit', { ...smartGoalNl, title: 'x'.repeat(MAX_SHORT_TEXT + 1) }],
    ['an action over the limit', { ...smartGoalNl, actions: ['x'.repeat(MAX_ITEM_TEXT + 1)] }],
    ['too many criteria', { ...smartGoalNl, successCriteria: Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => `${i} klanten`) }],
    ['a deadline that does not exist', { ...smartGoalNl, deadline: '2027-02-30' }],
    ['a deadline with a time', { ...smartGoalNl, deadline: '2027-06-30T00:00:00Z' }],
    ['two milestones with one id', { ...smartGoalNl, milestones: [{ id: 'm', title: 'a' }, { id: 'm', title: 'b' }] }],
    ['a negative budget', { ...smartGoalNl, middelen: { budgetEuro: -1, note: '' } }],
    ['an unknown route', { ...smartGoalNl, route: 'promotie' as PopGoalInput['route'] }],
  ])('refuses %s', (_name, goal) => expect(PopGoal.safeParse(goal).success).toBe(false));

  it.each<[string, PopGoalInput[]]>([
    ['more goals than a plan holds', Array.from({ length: MAX_GOALS + 1 }, (_, i) => ({ ...smartGoalNl, id: `g${i}` }))],
    ['two goals with one id', [smartGoalNl, smartGoalNl]],
  ])('refuses a plan with %s', (_name, goals) => expect(PopGoals.safeParse(goals).success).toBe(false));
});
