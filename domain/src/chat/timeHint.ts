import { addDays, isoWeekday, type CivilDate } from '../booking/zonedTime';

/**
 * When someone would like a conversation, as they say it in chat ("in januari", "volgende week",
 * "na de zomer", "over drie weken", "next month"), and the dates that means from a given day.
 * The phrases are matched on the folded, typo-corrected words of the message (intents.ts).
 */
export type TimeHint =
  | { kind: 'month'; month: number }
  | { kind: 'this-week' }
  | { kind: 'next-week' }
  | { kind: 'in-weeks'; weeks: number }
  | { kind: 'next-month' }
  | { kind: 'before-summer' }
  | { kind: 'after-summer' }
  | { kind: 'autumn' };

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2,
  maart: 3, march: 3, mrt: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  augustus: 8, august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

const NUMBERS: Record<string, number> = {
  een: 1, one: 1, a: 1, twee: 2, two: 2, drie: 3, three: 3, vier: 4, four: 4, vijf: 5, five: 5, zes: 6, six: 6, zeven: 7, seven: 7, acht: 8, eight: 8,
};

/** The month names a typo may be forgiven towards (the short forms are exact only). */
export const MONTH_WORDS: readonly string[] = Object.keys(MONTHS).filter((word) => word.length >= 5);

export const TIME_WORDS: readonly string[] = ['volgende', 'komende', 'zomer', 'zomervakantie', 'zomerverlof', 'zomervakanties', 'summer', 'najaar', 'autumn', 'weken', 'maand', 'month', 'weeks', 'week'];

const SUMMER = '(?:zomer|zomervakantie|zomervakanties|zomerverlof|grote vakantie|summer|summer holidays?|summer holiday|summer break)';

/** Each phrase with the words around it; the first that matches wins. */
const PATTERNS: { pattern: RegExp; hint: (m: RegExpExecArray) => TimeHint | undefined }[] = [
  { pattern: new RegExp(`\\b(?:na|after)(?: (?:de|het|the))? ${SUMMER}\\b`), hint: () => ({ kind: 'after-summer' }) },
  { pattern: new RegExp(`\\b(?:voor|before)(?: (?:de|het|the))? ${SUMMER}\\b`), hint: () => ({ kind: 'before-summer' }) },
  { pattern: /\b(?:in )?(?:het )?(?:najaar|autumn|the autumn|the fall|fall)\b/, hint: () => ({ kind: 'autumn' }) },
  { pattern: /\b(?:volgende|komende|next|coming|the coming) (?:week|wk)\b/, hint: () => ({ kind: 'next-week' }) },
  { pattern: /\b(?:deze|this) week\b/, hint: () => ({ kind: 'this-week' }) },
  { pattern: /\b(?:volgende|komende|next|coming|the coming) (?:maand|month)\b/, hint: () => ({ kind: 'next-month' }) },
  {
    pattern: /\b(?:over|binnen|in|within) (\d|een|twee|drie|vier|vijf|zes|zeven|acht|one|two|three|four|five|six|seven|eight|a) (?:weken|week|weeks)\b/,
    hint: (m) => {
      const word = m[1] ?? '';
      const weeks = /^\d$/.test(word) ? Number(word) : NUMBERS[word];
      return weeks && weeks >= 1 && weeks <= 8 ? { kind: 'in-weeks', weeks } : undefined;
    },
  },
  {
    // A month only after a word that makes it one: "met Jan" is a person, "in jan" a month.
    pattern: /\b(?:in|begin|eind|einde|half|medio|midden|early|late|mid|during|rond|around|tijdens) (?:de maand )?([a-z]+)\b/,
    hint: (m) => {
      const month = MONTHS[m[1] ?? ''];
      return month ? { kind: 'month', month } : undefined;
    },
  },
];

/** The time hint in folded words, with where it stands (to keep it out of a name); undefined when there is none. */
export function findTimeHint(folded: string): { hint: TimeHint; index: number; length: number } | undefined {
  let best: { hint: TimeHint; index: number; length: number } | undefined;
  for (const { pattern, hint } of PATTERNS) {
    const match = pattern.exec(folded);
    if (!match) continue;
    const found = hint(match);
    if (found && (!best || match.index < best.index)) best = { hint: found, index: match.index, length: match[0].length };
  }
  return best;
}

export interface DateRange {
  from: CivilDate;
  to: CivilDate;
}

function lastDayOf(year: number, month: number): CivilDate {
  return { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() };
}

function isBefore(a: CivilDate, b: CivilDate): boolean {
  return a.year * 10_000 + a.month * 100 + a.day < b.year * 10_000 + b.month * 100 + b.day;
}

function later(a: CivilDate, b: CivilDate): CivilDate {
  return isBefore(a, b) ? b : a;
}

function weekOf(date: CivilDate): DateRange {
  const monday = addDays(date, 1 - isoWeekday(date));
  return { from: monday, to: addDays(monday, 6) };
}

/** The days a hint means, seen from `today` (in the organisation's calendar): never before today. */
export function hintRange(hint: TimeHint, today: CivilDate): DateRange {
  switch (hint.kind) {
    case 'this-week':
      return { from: today, to: weekOf(today).to };
    case 'next-week':
      return weekOf(addDays(today, 7));
    case 'in-weeks': {
      const week = weekOf(addDays(today, 7 * hint.weeks));
      return { from: later(week.from, today), to: week.to };
    }
    case 'next-month': {
      const year = today.month === 12 ? today.year + 1 : today.year;
      const month = today.month === 12 ? 1 : today.month + 1;
      return { from: { year, month, day: 1 }, to: lastDayOf(year, month) };
    }
    case 'month': {
      const year = hint.month < today.month ? today.year + 1 : today.year;
      return { from: later({ year, month: hint.month, day: 1 }, today), to: lastDayOf(year, hint.month) };
    }
    case 'before-summer': {
      const year = today.month > 6 ? today.year + 1 : today.year;
      return { from: today, to: { year, month: 6, day: 30 } };
    }
    case 'after-summer':
    case 'autumn': {
      // Both countries' school summer holidays are over by the first of September.
      const year = today.month > (hint.kind === 'autumn' ? 11 : 10) ? today.year + 1 : today.year;
      const from = later({ year, month: 9, day: 1 }, today);
      return { from, to: hint.kind === 'autumn' ? { year, month: 11, day: 30 } : { year, month: 10, day: 31 } };
    }
  }
}
