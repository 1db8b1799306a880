import { describe, expect, it } from '@jest/globals';
import { contentHash, MAX_GOALS, PopGoals } from '@koers/domain';
import { ahmed, revisedPop, samplePop, smartGoal, viewOf } from '../../testing/popSamples';
import type { GoalDraft } from './popForm';
import { approveState, canAddGoal, draftFromGoal, draftProblems, goalFromDraft, isDirty, newGoal, rebase, setOwnAcceptance, smartHints, today } from './popForm';

const TODAY = '2026-12-01';
const stored = PopGoals.parse([smartGoal])[0]!;
const codes = (draft: GoalDraft) => smartHints(draft, TODAY).map((f) => f.code);

describe('the POP goal form', () => {
  it('turns a stored goal into a draft and back without changing what was agreed', () => {
    const back = goalFromDraft(draftFromGoal(stored));
    expect(PopGoals.parse([back])[0]).toEqual(stored);
    expect(contentHash([back])).toBe(contentHash([stored]));
  });

  it('keeps a goal\'s target function and learning, and a plan stored with a single library link, unchanged through the form', () => {
    const linked = PopGoals.parse([
      {
        ...smartGoal,
        catalogueItemId: 'vca-basis-cursus',
        targetFunctionId: 'werkvoorbereider',
        targetFunctionName: 'Werkvoorbereider',
        learning: [{ id: 'werkvoorbereiding-ew', title: 'Werkvoorbereider E&W', provider: 'Installatie-opleider', hours: 80, costEuro: 1200, requiredForJob: false }],
      },
    ])[0]!;
    const back = goalFromDraft(draftFromGoal(linked));
    expect(contentHash([back])).toBe(contentHash([linked]));
    expect(isDirty([draftFromGoal(linked)], [draftFromGoal(linked)])).toBe(false);
  });

  it('starts a new goal empty, carried by the employee, with every SMART question open', () => {
    const goal = newGoal('g2', ahmed.id);
    expect(goal.ownerId).toBe(ahmed.id);
    expect(codes(goal)).toEqual(['no-action', 'no-criterion', 'not-accepted', 'no-realism-check', 'no-deadline']);
  });

  it('shows a SMART hint while it applies and drops it once the goal is fixed', () => {
    let goal = draftFromGoal(stored);
    expect(codes(goal)).toEqual([]);
    goal = { ...goal, successCriteria: [] };
    expect(codes(goal)).toEqual(['no-criterion']);
    goal = { ...goal, successCriteria: ['Beter communiceren'] };
    expect(codes(goal)).toEqual(['vague-criterion']);
    goal = { ...goal, successCriteria: ['Twee presentaties voor het team gegeven'] };
    expect(codes(goal)).toEqual([]);
    // An empty row that was added but not filled in is not a criterion.
    expect(codes({ ...goal, successCriteria: ['  '] })).toContain('no-criterion');
    expect(codes({ ...goal, deadline: '2026-11-30', milestones: [] })).toEqual(['deadline-past']);
    expect(codes({ ...goal, milestones: [{ id: 'm1', title: 'Eerste offerte', due: '2027-07-01' }] })).toEqual(['milestone-after-deadline']);
  });

  it('counts only what would be saved as a change: trailing spaces and an empty new row are not', () => {
    const base = [draftFromGoal(stored)];
    expect(isDirty(base, [{ ...base[0]!, title: `${stored.title}  ` }])).toBe(false);
    expect(isDirty(base, [{ ...base[0]!, actions: [...stored.actions, ''] }])).toBe(false);
    expect(isDirty(base, [{ ...base[0]!, budgetEuro: '600' }])).toBe(true);
    expect(isDirty(base, [])).toBe(true);
    expect(isDirty(base, [...base, newGoal('g2', ahmed.id)])).toBe(true);
  });

  it('says what to fix before saving instead of dropping a half-typed value', () => {
    const goal = draftFromGoal(stored);
    expect(draftProblems(goal)).toEqual([]);
    expect(draftProblems({ ...goal, title: ' ' })).toEqual([{ field: 'title', reason: 'required' }]);
    expect(draftProblems({ ...goal, budgetEuro: '12,50' })).toEqual([{ field: 'budgetEuro', reason: 'whole-euros' }]);
    expect(draftProblems({ ...goal, timeHours: 'veel' })).toEqual([{ field: 'timeHours', reason: 'hours' }]);
    expect(draftProblems({ ...goal, inzetHours: '2,5' })).toEqual([]);
    expect(goalFromDraft({ ...goal, inzetHours: '2,5' }).inzetHours).toBe(2.5);
    expect(draftProblems({ ...goal, milestones: [{ id: 'm9', title: '', due: '2027-01-01' }] })).toEqual([{ field: 'milestones.0.title', reason: 'milestone-title' }]);
  });

  it('lets each party tick only their own acceptance', () => {
    const goal = { ...draftFromGoal(stored), acceptance: { employee: false, manager: true } };
    expect(setOwnAcceptance(goal, 'employee', true).acceptance).toEqual({ employee: true, manager: true });
    expect(setOwnAcceptance(goal, 'employee', false).acceptance).toEqual({ employee: false, manager: true });
  });

  it('holds at most the schema’s number of goals', () => {
    const goals = Array.from({ length: MAX_GOALS }, (_v, i) => newGoal(`g${i}`, ahmed.id));
    expect(canAddGoal(goals.slice(1))).toBe(true);
    expect(canAddGoal(goals)).toBe(false);
  });

  it('after a conflict keeps every goal changed, added or removed here and takes the rest from the newest version', () => {
    const a = draftFromGoal(stored);
    const b = draftFromGoal({ ...stored, id: 'g2', title: 'Een VCA-diploma halen' });
    const c = draftFromGoal({ ...stored, id: 'g3', title: 'Vijf keer meelopen met planning' });
    const base = [a, b, c];
    const mine = [{ ...a, title: 'Mijn nieuwe titel' }, b, newGoal('g-new', ahmed.id)]; // c removed here
    const theirs = [a, { ...b, wat: 'Door Jeroen aangevuld' }, c, draftFromGoal({ ...stored, id: 'g4', title: 'Door Jeroen toegevoegd' })];
    const merged = rebase(base, mine, theirs);
    expect(merged.map((g) => [g.id, g.title, g.wat])).toEqual([
      ['g1', 'Mijn nieuwe titel', ''],
      ['g2', 'Een VCA-diploma halen', 'Door Jeroen aangevuld'],
      ['g4', 'Door Jeroen toegevoegd', ''],
      ['g-new', '', ''],
    ]);
    expect(isDirty(theirs, merged)).toBe(true);
  });

  it('within a goal changed on both sides keeps my text and the other’s tick', () => {
    const goal = { ...draftFromGoal(stored), acceptance: { employee: true, manager: false }, wat: '' };
    const mine = { ...goal, wat: 'Offertes voor de zorg' };
    const theirs = { ...goal, acceptance: { employee: true, manager: true }, wat: '' };
    const [merged] = rebase([goal], [mine], [theirs]);
    expect(merged?.wat).toBe('Offertes voor de zorg');
    expect(merged?.acceptance).toEqual({ employee: true, manager: true });
    // Undoing my edit afterwards leaves nothing unsaved: the other's version is what is stored.
    expect(isDirty([theirs], [{ ...merged!, wat: '' }])).toBe(false);
  });

  it('reads today in the person’s time zone', () => {
    expect(today(new Date('2026-12-01T23:30:00Z'), 'Europe/Amsterdam')).toBe('2026-12-02');
    expect(today(new Date('2026-12-01T23:30:00Z'), 'UTC')).toBe('2026-12-01');
  });
});

describe('the approve button', () => {
  it('is off while edits are unsaved, and once this person approved the version on screen', () => {
    const draft = viewOf(samplePop());
    expect(approveState(draft.current, 'employee', false)).toBe('can-approve');
    expect(approveState(draft.current, 'employee', true)).toBe('unsaved');
    const approvedV1 = viewOf(revisedPop()).pop.versions[0]!;
    expect(approveState(approvedV1, 'manager', false)).toBe('approved-by-me');
    expect(approveState(viewOf(samplePop([])).current, 'manager', false)).toBe('invalid');
  });
});
