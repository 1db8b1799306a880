import { LearningItem } from '../catalogue/schema';
import { goalTrainingDays } from '../catalogue/trainingRight';
import { goalLearningIds, goalLearningItem, learningLoad } from './learning';
import { PopGoal, type PopGoalInput } from './schema';
import { checkSmart, type SmartCode } from './smart';
import { smartGoalNl } from './testKit';

const TODAY = '2026-12-01';
const monteur = { mandatoryCertificateIds: ['vca-basis', 'f-gassen'] };

const fGassen = LearningItem.parse({
  id: 'f-gassen-cat1',
  title: 'F-gassen categorie 1',
  kind: 'cursus',
  provider: 'Installatie-opleider',
  costEuro: 650,
  hours: 16,
  certificateId: 'f-gassen',
  funding: { scheme: 'O&O-fonds installatietechniek', amountEuro: 300 },
});
const werkvoorbereiding = LearningItem.parse({
  id: 'werkvoorbereiding-ew',
  title: 'Werkvoorbereider E&W',
  kind: 'cursus',
  provider: 'Installatie-opleider',
  costEuro: 2400,
  hours: 80,
  funding: { scheme: 'O&O-fonds installatietechniek', amountEuro: 1200 },
});

function codes(input: PopGoalInput): SmartCode[] {
  return checkSmart(PopGoal.parse(input), { today: TODAY }).map((f) => f.code);
}

describe('a library item linked to a goal', () => {
  it('costs what is left after the fund, and names the fund', () => {
    expect(goalLearningItem(werkvoorbereiding, monteur)).toEqual({
      id: 'werkvoorbereiding-ew',
      title: 'Werkvoorbereider E&W',
      provider: 'Installatie-opleider',
      hours: 80,
      costEuro: 1200,
      fund: 'O&O-fonds installatietechniek',
      requiredForJob: false,
    });
  });

  it('keeps the training days the library gives it, and says none when the library says none', () => {
    expect(goalLearningItem({ ...werkvoorbereiding, trainingDays: 2.5 }, monteur).trainingDays).toBe(2.5);
    expect(goalLearningItem(werkvoorbereiding, monteur)).not.toHaveProperty('trainingDays');
    expect(goalTrainingDays([{ trainingDays: 2 }, {}, { trainingDays: 1.5 }])).toBe(3.5);
    expect(goalTrainingDays([{}])).toBeUndefined();
  });

  it("is required for the job when it gives a certificate the employee's own function asks", () => {
    expect(goalLearningItem(fGassen, monteur).requiredForJob).toBe(true);
    expect(goalLearningItem(fGassen, { mandatoryCertificateIds: ['vca-basis'] }).requiredForJob).toBe(false);
    expect(goalLearningItem(fGassen, undefined).requiredForJob).toBe(false);
  });

  it('is read from plans stored with a single link as well as from the list', () => {
    const linked = goalLearningItem(fGassen, monteur);
    expect(goalLearningIds({ catalogueItemId: 'vca-basis-cursus', learning: [linked] })).toEqual(['vca-basis-cursus', 'f-gassen-cat1']);
    expect(goalLearningIds({})).toEqual([]);
  });
});

describe('what the linked learning asks of the employee', () => {
  it('charges required training to the employer and the rest to the budget first', () => {
    const goal = PopGoal.parse({ ...smartGoalNl, learning: [goalLearningItem(fGassen, monteur), goalLearningItem(werkvoorbereiding, monteur)], middelen: { budgetEuro: 1000 } });
    expect(learningLoad(goal)).toEqual({ hours: 96, requiredHours: 16, costEuro: 1200, employeeCostEuro: 200 });
  });
});

describe('the SMART check with linked learning', () => {
  const planned: PopGoalInput = {
    ...smartGoalNl,
    learning: [goalLearningItem(werkvoorbereiding, monteur)],
    deadline: '2027-06-30',
    middelen: { budgetEuro: 1200, timeHours: 40 },
    inzetHours: 40,
  };

  it('passes a course whose hours are planned, whose cost the budget covers and which fits before the deadline', () => {
    expect(codes(planned)).toEqual([]);
  });

  it('says when the hours do not fit before the deadline at a working day a week', () => {
    // 80 hours from 1 December to 31 December: more than 8 hours a week.
    expect(codes({ ...planned, deadline: '2026-12-31', milestones: [] })).toEqual(['learning-hours-before-deadline']);
  });

  it('says when nobody planned the hours the course takes', () => {
    expect(codes({ ...planned, middelen: { budgetEuro: 1200, timeHours: 20 }, inzetHours: 20 })).toEqual(['learning-hours-unplanned']);
  });

  it('says when the employee would pay part of it themselves', () => {
    expect(codes({ ...planned, middelen: { budgetEuro: 1000, timeHours: 40 } })).toEqual(['learning-cost-uncovered']);
  });

  it('asks working time for training the job requires, however many own hours are offered, and never asks a budget for it', () => {
    const required = { ...planned, learning: [goalLearningItem(fGassen, monteur)], middelen: {}, inzetHours: 16 };
    expect(codes(required)).toEqual(['required-training-in-working-time']);
    expect(codes({ ...required, middelen: { timeHours: 16 }, inzetHours: undefined })).toEqual([]);
  });

  it('leaves a goal without linked learning as it was', () => {
    expect(codes(smartGoalNl)).toEqual([]);
  });
});
