import type { CalendarEvent, OrganisationSettings, Person } from '@koers/domain';
import { sampleActor } from './sampleOrg';
import {
  addDays,
  formatDate,
  isoWeekday,
  minutesOf,
  timeOf,
  wallClock,
  zonedTimeToUtc,
  type CivilDate,
} from '@koers/domain';
import { organisationHolidays } from '../organisation/holidays';

/**
 * Realistic, reproducible busy blocks for the local stand-in calendar: weekly team meetings that
 * all members share, site visits for monteurs, a planning meeting, a holiday week for a few
 * people, and seeded random appointments. Pure: the same person, organisation and start give the
 * same events. Each day's events are seeded by person and date, so overlapping windows agree; only
 * the holiday week is placed relative to the window, so every demo shows one.
 */

type ShowAs = CalendarEvent['showAs'];

interface Block {
  start: number; // minutes since local midnight
  end: number;
  subject: string;
  showAs: ShowAs;
  kind: string;
}

/** Out-of-hours duty a monteur sometimes has: the one kind of event allowed outside working hours. */
export const OUT_OF_HOURS_SUBJECT = 'Storingsdienst (avond)';

/**
 * Who is on holiday, and in which full week of the window (1 = the first Monday-to-Friday week
 * after the start). Fixed per person so demos always show one.
 */
const HOLIDAY_WEEK: Readonly<Record<string, number>> = {
  '0a000000-0000-4000-8000-000000000104': 3, // Ahmed
  '0a000000-0000-4000-8000-000000000106': 5, // Sanne
  '0a000000-0000-4000-8000-000000000202': 4, // Wout
};

/** FNV-1a: a stable 32-bit hash of a string, the seed of everything random here. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for sample data. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rnd: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rnd() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const TEAM_SLOTS: readonly { weekday: number; start: string; minutes: number }[] = [
  { weekday: 1, start: '09:00', minutes: 60 },
  { weekday: 1, start: '08:00', minutes: 30 },
  { weekday: 2, start: '08:30', minutes: 45 },
  { weekday: 3, start: '09:00', minutes: 60 },
  { weekday: 4, start: '08:00', minutes: 45 },
];

/**
 * The team meeting of the team led by `managerId`: the same slot for the manager and every
 * member, on Monday–Thursday so part-timers can attend.
 */
function teamSlot(managerId: string) {
  const slot = TEAM_SLOTS[hash(`team|${managerId}`) % TEAM_SLOTS.length];
  if (!slot) throw new Error('no team slot');
  return slot;
}

const SITES = ['Woensel', 'Veldhoven', 'Best', 'Geldrop', 'Nuenen', 'Son en Breugel', 'Waalre', 'Meerhoven', 'Strijp-S', 'Tongelre'];
const SITE_WORK = [
  'Onderhoud cv-ketel',
  'Storing warmtepomp',
  'Installatie zonnepanelen',
  'Keuring gasinstallatie',
  'Vervangen boiler',
  'Nieuwbouw: leidingwerk',
  'Aanleg vloerverwarming',
  'Service airco',
];
/** Ordinary appointments by kind of work, so an HR adviser does not get "Offertebespreking". */
const APPOINTMENTS = {
  management: ['Offertebespreking', 'Overleg accountant', 'Klantafspraak', 'Overleg leverancier', 'Focustijd'],
  hr: ['Sollicitatiegesprek', 'Onboarding nieuwe collega', 'Afstemming salarisadministratie', 'Overleg arbodienst', 'Focustijd'],
  office: ['Overleg leverancier', 'Materiaal bestellen', 'Telefonisch overleg klant', 'Projectoverleg', 'Focustijd'],
  field: ['Werkbonnen bijwerken', 'E-learning VCA', 'Materiaal ophalen groothandel', 'Toolboxmeeting'],
  print: ['Drukproeven controleren', 'Klantbestanden nakijken', 'Overleg klant', 'Papier bestellen', 'Focustijd'],
} as const;

function appointmentsFor(person: Person): readonly string[] {
  if (has(person, /monteur/i)) return APPOINTMENTS.field;
  if (has(person, /drukker|prepress/i)) return APPOINTMENTS.print;
  const { roles } = sampleActor(person);
  if (roles.includes('hr') && !roles.includes('manager')) return APPOINTMENTS.hr;
  if (roles.includes('manager') && !person.managerId) return APPOINTMENTS.management;
  return APPOINTMENTS.office;
}

const PRINT_JOBS = ['Drukgang folders', 'Drukgang brochures', 'Drukgang verpakkingen', 'Onderhoud drukpers', 'Drukgang affiches'];

function has(person: Person, pattern: RegExp): boolean {
  return pattern.test(person.jobTitle ?? '');
}

/** Whether `day` lies in the person's holiday week (full weeks of the window, counted from 1). */
function holidayWeekOf(person: Person, firstDay: CivilDate, day: CivilDate): boolean {
  const week = HOLIDAY_WEEK[person.id];
  if (week === undefined) return false;
  const weekday = isoWeekday(firstDay);
  const firstMonday = weekday === 1 ? firstDay : addDays(firstDay, 8 - weekday);
  const start = addDays(firstMonday, (week - 1) * 7);
  const end = addDays(start, 5);
  const key = formatDate(day);
  return key >= formatDate(start) && key < formatDate(end);
}

/** The blocks that recur by role: the same every week for everyone with that role. */
function recurringBlocks(person: Person, weekday: number, isoWeekParity: number): Block[] {
  const blocks: Block[] = [];
  const meeting = person.locale === 'nl-BE' ? 'Teamvergadering' : 'Teamoverleg';
  const slotBlock = (managerId: string, subject: string) => {
    const slot = teamSlot(managerId);
    if (slot.weekday === weekday) {
      const start = minutesOf(slot.start);
      blocks.push({ start, end: start + slot.minutes, subject, showAs: 'busy', kind: 'team' });
    }
  };
  if (person.managerId) slotBlock(person.managerId, meeting);
  const { roles } = sampleActor(person);
  if (roles.includes('manager')) slotBlock(person.id, `${meeting} (voorzitter)`);

  // The service week is planned on Thursday afternoon by the planner and the service team lead.
  if ((has(person, /planner/i) || has(person, /teamleider/i)) && weekday === 4) {
    blocks.push({ start: minutesOf('14:00'), end: minutesOf('15:00'), subject: 'Weekplanning service', showAs: 'busy', kind: 'planning' });
  }
  if (has(person, /werkvoorbereider/i) && weekday === 2) {
    blocks.push({ start: minutesOf('10:00'), end: minutesOf('11:00'), subject: 'Projectoverleg werkvoorbereiding', showAs: 'busy', kind: 'planning' });
  }
  if (roles.includes('hr') && weekday === 2 && isoWeekParity === 0) {
    blocks.push({ start: minutesOf('13:30'), end: minutesOf('14:30'), subject: 'Verzuimoverleg arbodienst', showAs: 'busy', kind: 'hr' });
  }
  // A BBL apprentice is at school one day a week.
  if (has(person, /leerling/i) && weekday === 3) {
    blocks.push({ start: minutesOf(person.workingHours.start), end: minutesOf(person.workingHours.end), subject: 'School (BBL)', showAs: 'workingElsewhere', kind: 'school' });
  }
  return blocks;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function isoWeekParity(day: CivilDate): number {
  // Days since a known Monday (2024-01-01) → week number parity; stable across any window.
  const days = Math.round((Date.UTC(day.year, day.month - 1, day.day) - Date.UTC(2024, 0, 1)) / 86_400_000);
  return Math.floor(days / 7) % 2 === 0 ? 0 : 1;
}

function blocksForDay(person: Person, day: CivilDate, onHoliday: boolean): Block[] {
  const hours = person.workingHours;
  const workStart = minutesOf(hours.start);
  const workEnd = minutesOf(hours.end);
  if (onHoliday) {
    return [{ start: workStart, end: workEnd, subject: 'Vakantie', showAs: 'oof', kind: 'vakantie' }];
  }

  const weekday = isoWeekday(day);
  const rnd = random(hash(`${person.id}|${formatDate(day)}`));
  const taken: Block[] = [];
  const lunch = hours.lunch ? { start: minutesOf(hours.lunch.start), end: minutesOf(hours.lunch.end) } : undefined;
  const add = (block: Block) => {
    if (taken.some((t) => overlaps(t, block))) return;
    taken.push(block);
  };

  for (const block of recurringBlocks(person, weekday, isoWeekParity(day))) add(block);

  if (has(person, /monteur/i)) {
    const morning = { start: minutesOf('08:30'), end: lunch?.start ?? minutesOf('12:00') };
    const afternoon = { start: lunch?.end ?? minutesOf('13:00'), end: workEnd - 30 };
    if (rnd() < 0.75) add({ ...morning, subject: `${pick(rnd, SITE_WORK)} – ${pick(rnd, SITES)}`, showAs: 'busy', kind: 'site' });
    if (rnd() < 0.6) add({ ...afternoon, subject: `${pick(rnd, SITE_WORK)} – ${pick(rnd, SITES)}`, showAs: 'busy', kind: 'site' });
    // Rarely the evening standby: the one thing that may lie outside working hours.
    if (rnd() < 0.04) add({ start: workEnd, end: workEnd + 120, subject: OUT_OF_HOURS_SUBJECT, showAs: 'busy', kind: 'standby' });
  } else if (has(person, /drukker/i)) {
    if (rnd() < 0.7) add({ start: workStart, end: lunch?.start ?? workStart + 240, subject: pick(rnd, PRINT_JOBS), showAs: 'busy', kind: 'print' });
  }

  // A few ordinary appointments on a half-hour grid, never over lunch or another block.
  const count = Math.floor(rnd() * 3);
  for (let i = 0; i < count; i += 1) {
    const minutes = pick(rnd, [30, 60, 60, 90]);
    const slots = Math.floor((workEnd - workStart - minutes) / 30) + 1;
    const start = workStart + Math.floor(rnd() * slots) * 30;
    const block: Block = { start, end: start + minutes, subject: pick(rnd, appointmentsFor(person)), showAs: rnd() < 0.15 ? 'tentative' : 'busy', kind: 'afspraak' };
    if (lunch && overlaps(lunch, block)) continue;
    add(block);
  }
  return taken.sort((a, b) => a.start - b.start);
}

export function sampleCalendarEvents(person: Person, org: OrganisationSettings, from: Date, weeks = 8): CalendarEvent[] {
  const tz = person.timeZone;
  const { year, month, day: dayOfMonth } = wallClock(from, tz);
  const firstDay: CivilDate = { year, month, day: dayOfMonth };
  const holidays = new Set(organisationHolidays(org, from));
  const events: CalendarEvent[] = [];

  for (let offset = 0; offset < weeks * 7; offset += 1) {
    const day = addDays(firstDay, offset);
    const ymd = formatDate(day);
    if (!person.workingHours.days.includes(isoWeekday(day)) || holidays.has(ymd)) continue;
    for (const block of blocksForDay(person, day, holidayWeekOf(person, firstDay, day))) {
      const start = timeOf(block.start);
      events.push({
        id: `sample-${ymd}-${start.replace(':', '')}-${block.kind}`,
        tenantId: person.tenantId,
        ownerId: person.id,
        subject: block.subject,
        start: zonedTimeToUtc(day, start, tz).toISOString(),
        end: zonedTimeToUtc(day, timeOf(block.end), tz).toISOString(),
        showAs: block.showAs,
      });
    }
  }
  return events;
}
