import { describe, expect, it } from '@jest/globals';
import { nextBookings, type RowChoice } from './roundPlanChoices';

const ONLINE: RowChoice = { picking: false, where: { inPerson: false, location: '' } };
const SLOT = { start: '2027-01-12T09:00:00.000Z', end: '2027-01-12T10:00:00.000Z' };
const OWN = { start: '2027-01-20T13:00:00.000Z', end: '2027-01-20T14:00:00.000Z', shortNotice: false };

describe('what "Alles bevestigen" sends', () => {
  it('sends every proposal online, and leaves out someone Koers found no time for', () => {
    const result = nextBookings([
      { employeeId: 'sanne', slot: SLOT, choice: ONLINE },
      { employeeId: 'kees', choice: ONLINE },
    ]);
    expect(result).toEqual({ bookings: [{ employeeId: 'sanne', ...SLOT }], incomplete: [] });
  });

  it('sends the time picked under "Ander moment", and the place when they meet in person', () => {
    const result = nextBookings([{ employeeId: 'sanne', slot: SLOT, choice: { picking: true, own: OWN, where: { inPerson: true, location: ' Kamer 2.14 ' } } }]);
    expect(result.bookings).toEqual([{ employeeId: 'sanne', start: OWN.start, end: OWN.end, location: 'Kamer 2.14' }]);
  });

  it('sends nothing while a chosen "Ander moment" has no time or an in-person meeting no place', () => {
    expect(nextBookings([{ employeeId: 'kees', choice: { ...ONLINE, picking: true } }]).incomplete).toEqual(['kees']);
    expect(nextBookings([{ employeeId: 'daan', slot: SLOT, choice: { picking: true, where: { inPerson: true, location: '' } } }]).incomplete).toEqual(['daan']);
  });

  it('passes on that the manager confirmed a time sooner than two weeks', () => {
    const result = nextBookings([{ employeeId: 'sanne', choice: { picking: true, own: { ...OWN, shortNotice: true }, where: ONLINE.where } }]);
    expect(result.bookings[0]).toMatchObject({ shortNotice: true });
  });
});
