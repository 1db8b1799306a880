import { keepsTrainingRights, TrainingRightInput, trainingRightBalance } from './trainingRight';

describe('the Federale Leerrekening', () => {
  it('is kept by organisations in Belgium only, a Flemish one that never chose its country included', () => {
    expect(keepsTrainingRights({ locale: 'nl-BE', holidaySettings: { country: 'BE', region: 'VLG', agreementDays: [], closingPeriods: [] } })).toBe(true);
    expect(keepsTrainingRights({ locale: 'nl-BE' })).toBe(true);
    expect(keepsTrainingRights({ locale: 'nl-NL' })).toBe(false);
    expect(keepsTrainingRights({ locale: 'nl-BE', holidaySettings: { country: 'NL', agreementDays: [], closingPeriods: [] } })).toBe(false);
  });

  it('shows what is left of the right, and never less than nothing when more was used', () => {
    expect(trainingRightBalance({ year: 2026, rightDays: 5, usedDays: 1.5 })).toEqual({ year: 2026, rightDays: 5, usedDays: 1.5, leftDays: 3.5 });
    expect(trainingRightBalance({ year: 2026, rightDays: 2, usedDays: 3 }).leftDays).toBe(0);
  });

  it('takes whole and half days from 0 to 365, nothing negative, more or finer', () => {
    expect(TrainingRightInput.safeParse({ rightDays: 365, usedDays: 0.5 }).success).toBe(true);
    for (const bad of [{ rightDays: -1, usedDays: 0 }, { rightDays: 5, usedDays: 366 }, { rightDays: 5, usedDays: 0.25 }]) expect(TrainingRightInput.safeParse(bad).success).toBe(false);
  });
});
