import { formatDate } from '../booking/zonedTime';
import { parseIntent } from './intents';
import { hintRange, type TimeHint } from './timeHint';

/** Tuesday 24 November 2026. */
const TODAY = { year: 2026, month: 11, day: 24 };

function range(hint: TimeHint, today = TODAY): string {
  const { from, to } = hintRange(hint, today);
  return `${formatDate(from)}..${formatDate(to)}`;
}

function hintOf(text: string): TimeHint | undefined {
  const intent = parseIntent(text);
  return 'hint' in intent ? intent.hint : undefined;
}

describe('a time hint as a range of days', () => {
  it.each<[string, string]>([
    ['plan een gesprek met Sanne in januari', '2027-01-01..2027-01-31'],
    ['plan een gesprek met Sanne in november', '2026-11-24..2026-11-30'],
    ['plan een gesprek met Sanne volgende week', '2026-11-30..2026-12-06'],
    ['plan een gesprek met Sanne deze week', '2026-11-24..2026-11-29'],
    ['plan een gesprek met Sanne over drie weken', '2026-12-14..2026-12-20'],
    ['plan een gesprek met Sanne volgende maand', '2026-12-01..2026-12-31'],
    ['plan een gesprek met Sanne na de zomer', '2027-09-01..2027-10-31'],
    ['plan een gesprek met Sanne voor de zomer', '2026-11-24..2027-06-30'],
    ['schedule a conversation with Sanne in the autumn', '2026-11-24..2026-11-30'],
    ['book a conversation with Sanne in March', '2027-03-01..2027-03-31'],
    ['book a conversation with Sanne next week', '2026-11-30..2026-12-06'],
  ])('reads %p as %s', (text, expected) => {
    const hint = hintOf(text);
    expect(hint).toBeDefined();
    expect(range(hint as TimeHint)).toBe(expected);
  });

  it('reads "na de zomer" in spring as this year\'s September and October', () => {
    expect(range({ kind: 'after-summer' }, { year: 2027, month: 4, day: 12 })).toBe('2027-09-01..2027-10-31');
  });

  it('reads "in januari" said in December across the new year', () => {
    expect(range({ kind: 'month', month: 1 }, { year: 2026, month: 12, day: 15 })).toBe('2027-01-01..2027-01-31');
  });

  it('does not read a name like Jan, or May as in "may I", as a month', () => {
    expect(hintOf('plan een gesprek met Jan')).toBeUndefined();
    expect(hintOf('may I have a career conversation')).toBeUndefined();
  });
});
