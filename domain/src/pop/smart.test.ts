import { checkSmart, checkSmartAll, isVague, type SmartCode } from './smart';
import { PopGoal, type PopGoalInput } from './schema';
import { smartGoalNl } from './testKit';

const TODAY = '2026-12-01';
const smartNl = smartGoalNl;

const smartEn: PopGoalInput = {
  ...smartNl,
  id: 'g2',
  title: 'Present our roadmap at the quarterly all-hands',
  route: 'coaching-collega',
  actions: ['Rehearse twice with Sanne', 'Present at the March all-hands'],
  successCriteria: ['At least 8 of 10 colleagues rate the talk as clear in the feedback poll'],
};

function codes(input: PopGoalInput): SmartCode[] {
  return checkSmart(PopGoal.parse(input), { today: TODAY }).map((f) => f.code);
}

describe('the SMART check', () => {
  it.each<[string, PopGoalInput]>([
    ['a concrete Dutch goal with actions, a measurable criterion, a deadline and an owner', smartNl],
    ['a concrete English goal', smartEn],
    ['a vague word made concrete by a number in the title', { ...smartNl, title: 'Meer klantgesprekken voeren: 5 per maand' }],
    ['a vague title made concrete by a measurable criterion', { ...smartNl, title: 'Beter presenteren' }],
    ['a deadline exactly three years out', { ...smartNl, deadline: '2029-12-01', milestones: [] }],
    ['a deadline today', { ...smartNl, deadline: TODAY, milestones: [] }],
    ['a milestone on the deadline itself', { ...smartNl, milestones: [{ id: 'm1', title: 'Klaar', due: '2027-06-30' }] }],
    ['"meelopen" (contains "mee", is not "meer")', { ...smartNl, title: 'Meelopen met de afdeling planning' }],
  ])('passes %s', (_name, goal) => expect(codes(goal)).toEqual([]));

  it.each<[string, PopGoalInput, SmartCode[]]>([
    ['no action', { ...smartNl, actions: [] }, ['no-action']],
    ['no measurable criterion', { ...smartNl, successCriteria: [] }, ['no-criterion']],
    ['a vague Dutch goal without criterion', { ...smartNl, title: 'Beter communiceren', successCriteria: [] }, ['no-criterion', 'vague-title']],
    ['"verbeteren" without a number', { ...smartNl, title: 'Mijn Excel-vaardigheden verbeteren', successCriteria: ['Ik kan het beter'] }, ['vague-title', 'vague-criterion']],
    ['"zo veel mogelijk"', { ...smartNl, title: 'Zo veel mogelijk cursussen volgen', successCriteria: [] }, ['no-criterion', 'vague-title']],
    ['a vague English goal', { ...smartEn, title: 'Improve my communication skills', successCriteria: ['Communicate better'] }, ['vague-title', 'vague-criterion']],
    ['"more" without a number', { ...smartEn, title: 'Do more projects', successCriteria: [] }, ['no-criterion', 'vague-title']],
    ['one of two criteria vague', { ...smartNl, successCriteria: ['2 offertes verstuurd', 'Meer zelfvertrouwen'] }, ['vague-criterion']],
    ['acceptance by the employee only', { ...smartNl, acceptance: { employee: true, manager: false } }, ['not-accepted']],
    ['no realism check', { ...smartNl, realism: { checked: false, note: '' } }, ['no-realism-check']],
    ['no deadline', { ...smartNl, deadline: undefined }, ['no-deadline']],
    ['a deadline in the past', { ...smartNl, deadline: '2026-11-30', milestones: [] }, ['deadline-past']],
    ['a deadline more than three years out', { ...smartNl, deadline: '2029-12-02', milestones: [] }, ['deadline-too-far']],
    ['a milestone after the deadline', { ...smartNl, milestones: [{ id: 'm1', title: 'Te laat', due: '2027-07-01' }] }, ['milestone-after-deadline']],
    ['no owner', { ...smartNl, ownerId: undefined }, ['no-owner']],
    [
      'a bare title only',
      { id: 'g9', title: 'Beter worden in mijn werk', kind: 'verdiepen', route: 'opleiding' },
      ['no-action', 'no-criterion', 'vague-title', 'not-accepted', 'no-realism-check', 'no-deadline', 'no-owner'],
    ],
  ])('flags %s', (_name, goal, expected) => expect(codes(goal)).toEqual(expected));

  it('ignores blank lines the editor has not filled in yet (the check runs while typing)', () => {
    const typing: PopGoal = { ...PopGoal.parse(smartNl), actions: ['  '], successCriteria: [''] };
    expect(checkSmart(typing, { today: TODAY }).map((f) => f.code)).toEqual(['no-action', 'no-criterion']);
  });

  it('says which rule a finding comes from and which field it is about', () => {
    const [finding] = checkSmart(PopGoal.parse({ ...smartNl, successCriteria: [] }), { today: TODAY });
    expect(finding).toEqual({ code: 'no-criterion', field: 'successCriteria' });
  });

  it('points a vague criterion and a late milestone at their own index', () => {
    const goal = PopGoal.parse({
      ...smartNl,
      successCriteria: ['2 offertes', 'meer zelfvertrouwen'],
      milestones: [{ id: 'a', title: 'Op tijd', due: '2027-01-01' }, { id: 'b', title: 'Te laat', due: '2028-01-01' }],
    });
    expect(checkSmart(goal, { today: TODAY }).map((f) => f.field)).toEqual(['successCriteria.1', 'milestones.1.due']);
  });

  it('gives the same findings for the same goal and day, whatever else runs', () => {
    const goal = PopGoal.parse({ ...smartNl, title: 'Beter plannen', successCriteria: [], deadline: undefined });
    expect(checkSmart(goal, { today: TODAY })).toEqual(checkSmart(goal, { today: TODAY }));
  });

  it('checks a whole plan, listing only the goals with findings', () => {
    const goals = [PopGoal.parse(smartNl), PopGoal.parse({ ...smartEn, deadline: undefined })];
    expect(Object.keys(checkSmartAll(goals, { today: TODAY }))).toEqual(['g2']);
  });

  it('counts three years from 29 February as the 28th in a year without one', () => {
    const goal = PopGoal.parse({ ...smartNl, deadline: '2031-03-01', milestones: [] });
    expect(checkSmart(goal, { today: '2028-02-29' }).map((f) => f.code)).toEqual(['deadline-too-far']);
  });

  it.each([
    ['Beter plannen', true],
    ['Betere feedback geven', true],
    ['Werken aan mijn presentatievaardigheden', true],
    ['Increase sales', true],
    ['Vijf klanten per week bellen', false],
    ['Improve NPS from 30 to 40', false],
    ['Certificaat Scrum Master behalen', false],
    ['Meelopen met de afdeling inkoop', false],
    ['Wat ik wil leren: een Scrum-certificaat', false],
  ])('reads %p as vague: %p', (text, vague) => expect(isVague(text)).toBe(vague));
});
