/**
 * NCRONTAB expressions as the Azure Functions timer trigger reads them: six fields,
 * `{second} {minute} {hour} {day} {month} {day-of-week}`, each `*`, a number, a range `a-b`, a
 * list `a,b,c`, and a step on any of those (`*\/5`, `10-40/10`, `5/15` = from 5 every 15).
 * Months and weekdays also take English names (`JAN`, `MON`); Sunday is 0 (7 is accepted too).
 * Times are UTC, like the runtime without WEBSITE_TIME_ZONE.
 *
 * Day-of-month and day-of-week must both match (NCrontab's rule; classic Unix cron would accept
 * either when both are restricted).
 */

export class CronSyntaxError extends Error {
  override readonly name = 'CronSyntaxError';
}

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: Record<string, number>;
}

const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

const FIELDS: FieldSpec[] = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: Object.fromEntries(MONTH_NAMES.map((n, i) => [n, i + 1])) },
  { name: 'day-of-week', min: 0, max: 7, names: Object.fromEntries(DAY_NAMES.map((n, i) => [n, i])) },
];

export interface CronSchedule {
  readonly expression: string;
  matches(instant: Date): boolean;
  /** The first occurrence strictly after `after` (to the second), or undefined if none within 5 years. */
  next(after: Date): Date | undefined;
}

function parseValue(text: string, spec: FieldSpec, expression: string): number {
  const named = spec.names?.[text.toUpperCase()];
  if (named !== undefined) return named;
  if (!/^\d{1,2}$/.test(text)) throw new CronSyntaxError(`"${expression}": ${spec.name} "${text}" is not a number`);
  const value = Number(text);
  if (value < spec.min || value > spec.max) {
    throw new CronSyntaxError(`"${expression}": ${spec.name} ${value} is outside ${spec.min}-${spec.max}`);
  }
  return value;
}

function parseField(text: string, spec: FieldSpec, expression: string): Set<number> {
  const values = new Set<number>();
  for (const item of text.split(',')) {
    const [range = '', stepText, ...extra] = item.split('/');
    if (extra.length > 0 || range === '') throw new CronSyntaxError(`"${expression}": bad ${spec.name} "${item}"`);
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d{1,2}$/.test(stepText) || Number(stepText) === 0) {
        throw new CronSyntaxError(`"${expression}": bad step "${stepText}" in ${spec.name}`);
      }
      step = Number(stepText);
    }
    let from: number;
    let to: number;
    if (range === '*') {
      from = spec.min;
      to = spec.name === 'day-of-week' ? 6 : spec.max;
    } else if (range.includes('-')) {
      const [a = '', b = '', ...rest] = range.split('-');
      if (rest.length > 0) throw new CronSyntaxError(`"${expression}": bad range "${range}" in ${spec.name}`);
      from = parseValue(a, spec, expression);
      to = parseValue(b, spec, expression);
      if (from > to) throw new CronSyntaxError(`"${expression}": range ${range} in ${spec.name} runs backwards`);
    } else {
      from = parseValue(range, spec, expression);
      // "5/15" means from 5 to the end in steps of 15.
      to = stepText !== undefined ? spec.max : from;
    }
    for (let v = from; v <= to; v += step) values.add(spec.name === 'day-of-week' && v === 7 ? 0 : v);
  }
  return values;
}

export function parseNcrontab(expression: string): CronSchedule {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 6) {
    throw new CronSyntaxError(
      `"${expression}": NCRONTAB needs 6 fields (second minute hour day month day-of-week), got ${parts.length}`,
    );
  }
  const [seconds, minutes, hours, days, months, weekdays] = FIELDS.map((spec, i) =>
    parseField(parts[i] ?? '', spec, expression),
  ) as [Set<number>, Set<number>, Set<number>, Set<number>, Set<number>, Set<number>];

  const dayMatches = (d: Date) => days.has(d.getUTCDate()) && weekdays.has(d.getUTCDay());

  const matches = (instant: Date) =>
    seconds.has(instant.getUTCSeconds()) &&
    minutes.has(instant.getUTCMinutes()) &&
    hours.has(instant.getUTCHours()) &&
    months.has(instant.getUTCMonth() + 1) &&
    dayMatches(instant);

  const next = (after: Date): Date | undefined => {
    const limit = after.getTime() + 5 * 366 * 24 * 3600 * 1000;
    // Start at the next whole second, then skip forward field by field, coarsest first.
    const t = new Date(Math.floor(after.getTime() / 1000) * 1000 + 1000);
    while (t.getTime() <= limit) {
      if (!months.has(t.getUTCMonth() + 1)) {
        t.setUTCMonth(t.getUTCMonth() + 1, 1);
        t.setUTCHours(0, 0, 0, 0);
        continue;
      }
      if (!dayMatches(t)) {
        t.setUTCDate(t.getUTCDate() + 1);
        t.setUTCHours(0, 0, 0, 0);
        continue;
      }
      if (!hours.has(t.getUTCHours())) {
        t.setUTCHours(t.getUTCHours() + 1, 0, 0, 0);
        continue;
      }
      if (!minutes.has(t.getUTCMinutes())) {
        t.setUTCMinutes(t.getUTCMinutes() + 1, 0, 0);
        continue;
      }
      if (!seconds.has(t.getUTCSeconds())) {
        t.setUTCSeconds(t.getUTCSeconds() + 1, 0);
        continue;
      }
      return t;
    }
    return undefined;
  };

  return { expression, matches, next };
}
