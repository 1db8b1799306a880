import { addDays, formatDate, isoWeekday, type CivilDate } from '@koers/domain';

/** Easter Sunday (Gregorian), by the anonymous "Meeus/Jones/Butcher" algorithm. */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/**
 * Public holidays of one year as yyyy-mm-dd. Easter Sunday and Whit Sunday are left out: they
 * are Sundays, when nobody works anyway.
 * NL: the days most collective agreements give off (5 May only in lustrum years, like most CAOs).
 * BE: the ten legal holidays.
 */
export function publicHolidays(country: 'NL' | 'BE', year: number): string[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number): CivilDate => ({ year, month, day });
  const days: CivilDate[] =
    country === 'NL'
      ? [
          fixed(1, 1),
          addDays(easter, 1),
          // Koningsdag moves to Saturday 26 April when 27 April is a Sunday.
          isoWeekday(fixed(4, 27)) === 7 ? fixed(4, 26) : fixed(4, 27),
          ...(year % 5 === 0 ? [fixed(5, 5)] : []),
          addDays(easter, 39),
          addDays(easter, 50),
          fixed(12, 25),
          fixed(12, 26),
        ]
      : [
          fixed(1, 1),
          addDays(easter, 1),
          fixed(5, 1),
          addDays(easter, 39),
          addDays(easter, 50),
          fixed(7, 21),
          fixed(8, 15),
          fixed(11, 1),
          fixed(11, 11),
          fixed(12, 25),
        ];
  return days.map(formatDate).sort();
}
