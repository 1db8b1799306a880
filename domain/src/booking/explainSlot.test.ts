import { explainSlot } from './explainSlot';
import { busy, CET, fullTime } from './testKit';

const NOW = '2026-12-01T09:00:00.000Z';
const party = (table = '') => ({ timeZone: 'Europe/Amsterdam' as const, workingHours: fullTime, busy: busy(table, CET) });

function verdict(start: string, end: string, options: { manager?: string; employee?: string; holidays?: string[] } = {}) {
  return explainSlot({
    now: NOW,
    start,
    end,
    parties: [party(options.manager), party(options.employee)],
    holidays: options.holidays ?? [],
    timeZone: 'Europe/Amsterdam',
    leadTimeDays: 14,
  });
}

describe('explaining why a time picked by hand cannot be booked', () => {
  it('accepts a free time inside both working days, two weeks ahead', () => {
    expect(verdict('2026-12-16T09:00:00Z', '2026-12-16T10:00:00Z')).toEqual({ ok: true });
  });

  it('says when the time is in the past', () => {
    expect(verdict('2026-11-30T09:00:00Z', '2026-11-30T10:00:00Z')).toMatchObject({ ok: false, problem: 'past', overridable: false });
  });

  it('says it is a holiday', () => {
    expect(verdict('2026-12-28T09:00:00Z', '2026-12-28T10:00:00Z', { holidays: ['2026-12-28'] })).toMatchObject({ problem: 'holiday' });
  });

  it('names who is out of office that day, even when the absence is only the afternoon', () => {
    expect(verdict('2026-12-16T08:00:00Z', '2026-12-16T09:00:00Z', { employee: 'wo 2026-12-16 13:00-17:00 oof' })).toMatchObject({ problem: 'out-of-office', party: 'employee' });
  });

  it('names who works then no longer, and who has lunch', () => {
    expect(verdict('2026-12-16T17:00:00Z', '2026-12-16T18:00:00Z')).toMatchObject({ problem: 'outside-working-hours', party: 'manager' });
    expect(verdict('2026-12-16T11:00:00Z', '2026-12-16T12:00:00Z')).toMatchObject({ problem: 'lunch', party: 'manager' });
  });

  it('names whose calendar is busy', () => {
    expect(verdict('2026-12-16T09:00:00Z', '2026-12-16T10:00:00Z', { employee: 'wo 2026-12-16 10:30-11:00' })).toMatchObject({ problem: 'busy', party: 'employee' });
  });

  it('lets the manager override only a time sooner than two weeks ahead', () => {
    expect(verdict('2026-12-03T09:00:00Z', '2026-12-03T10:00:00Z')).toEqual({ ok: false, problem: 'short-notice', overridable: true });
  });
});
