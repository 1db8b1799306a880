import { CalendarEvent, type Person } from '@koers/domain';
import { OUT_OF_HOURS_SUBJECT, sampleCalendarEvents } from './calendars';
import { SAMPLE_ORGANISATIONS, SAMPLE_PEOPLE, SAMPLE_TENANTS, sampleOrganisationOf } from './sampleOrg';
import { isoWeekday, minutesOf, wallClock } from '@koers/domain';

const FROM = new Date('2026-11-23T06:00:00.000Z'); // Monday morning in Eindhoven

function orgOf(person: Person) {
  const org = sampleOrganisationOf(person);
  if (!org) throw new Error(`no organisation for ${person.displayName}`);
  return org;
}

function eventsOf(person: Person, from = FROM, weeks = 8) {
  return sampleCalendarEvents(person, orgOf(person), from, weeks);
}

/** Local wall-clock weekday and minutes of an instant, in the person's own time zone. */
function local(instant: string, person: Person) {
  const w = wallClock(new Date(instant), person.timeZone);
  return { weekday: isoWeekday(w), minutes: w.hour * 60 + w.minute, date: `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}` };
}

const everyone = SAMPLE_TENANTS.flatMap((t) => t.people);

describe('the sample calendar generator', () => {
  it('gives the same events for the same person and start', () => {
    expect(eventsOf(SAMPLE_PEOPLE.kees)).toEqual(eventsOf(SAMPLE_PEOPLE.kees));
    expect(eventsOf(SAMPLE_PEOPLE.kees)).not.toEqual(eventsOf(SAMPLE_PEOPLE.sanne));
  });

  it('gives a day the same events whatever day the window starts', () => {
    const fromMonday = eventsOf(SAMPLE_PEOPLE.linda).filter((e) => e.start.startsWith('2026-12-0'));
    const fromWednesday = eventsOf(SAMPLE_PEOPLE.linda, new Date('2026-11-25T10:00:00.000Z')).filter((e) => e.start.startsWith('2026-12-0'));

    expect(fromMonday.length).toBeGreaterThan(0);
    expect(fromWednesday).toEqual(fromMonday);
  });

  it('produces valid calendar events for eight weeks for everyone', () => {
    for (const person of everyone) {
      const events = eventsOf(person);
      expect(events.length).toBeGreaterThan(20);
      for (const event of events) {
        expect(CalendarEvent.parse(event)).toEqual(event);
        expect(event.ownerId).toBe(person.id);
        expect(event.tenantId).toBe(person.tenantId);
        expect(Date.parse(event.end)).toBeGreaterThan(Date.parse(event.start));
      }
      expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
      const last = events[events.length - 1];
      expect(Date.parse(last?.start ?? '')).toBeLessThan(FROM.getTime() + 8 * 7 * 86_400_000);
    }
  });

  it('keeps everything within working hours on working days, except a rare evening standby', () => {
    let total = 0;
    let outside = 0;
    for (const person of everyone) {
      const start = minutesOf(person.workingHours.start);
      const end = minutesOf(person.workingHours.end);
      for (const event of eventsOf(person)) {
        total += 1;
        const s = local(event.start, person);
        const e = local(event.end, person);
        expect(person.workingHours.days).toContain(s.weekday);
        expect(e.date).toBe(s.date);
        if (s.minutes < start || e.minutes > end) {
          outside += 1;
          expect(event.subject).toBe(OUT_OF_HOURS_SUBJECT);
        }
      }
    }
    expect(outside / total).toBeLessThan(0.02);
  });

  it('never double-books a person', () => {
    for (const person of everyone) {
      const events = eventsOf(person);
      for (let i = 1; i < events.length; i += 1) {
        expect(Date.parse(events[i]?.start ?? '')).toBeGreaterThanOrEqual(Date.parse(events[i - 1]?.end ?? ''));
      }
    }
  });

  it('keeps lunch free apart from a holiday', () => {
    for (const person of everyone) {
      const lunch = person.workingHours.lunch;
      if (!lunch) continue;
      for (const event of eventsOf(person).filter((e) => e.showAs !== 'oof' && e.subject !== 'School (BBL)')) {
        const s = local(event.start, person).minutes;
        const e = local(event.end, person).minutes;
        expect(s < minutesOf(lunch.end) && minutesOf(lunch.start) < e).toBe(false);
      }
    }
  });

  it('gives Noor nothing on Fridays, the day she does not work, but fills her other days', () => {
    const weekdays = eventsOf(SAMPLE_PEOPLE.noor).map((e) => local(e.start, SAMPLE_PEOPLE.noor).weekday);

    expect(weekdays).not.toContain(5);
    expect(new Set(weekdays)).toEqual(new Set([1, 2, 3, 4]));
  });

  it('puts the same team meeting in the calendars of a manager and every report', () => {
    const meeting = (person: Person, subject: string) =>
      eventsOf(person)
        .filter((e) => e.subject === subject)
        .map((e) => `${e.start}/${e.end}`);
    const chaired = meeting(SAMPLE_PEOPLE.linda, 'Teamoverleg (voorzitter)');

    expect(chaired).toHaveLength(8);
    expect(meeting(SAMPLE_PEOPLE.kees, 'Teamoverleg')).toEqual(chaired);
    expect(meeting(SAMPLE_PEOPLE.daan, 'Teamoverleg')).toEqual(chaired);
    // Flemish wording at Drukkerij Peeters.
    expect(meeting(SAMPLE_PEOPLE.an, 'Teamvergadering (voorzitter)')).toEqual(meeting(SAMPLE_PEOPLE.lotte, 'Teamvergadering'));
  });

  it('sends monteurs on site visits and gives some people a holiday week', () => {
    expect(eventsOf(SAMPLE_PEOPLE.kees).filter((e) => / – /.test(e.subject)).length).toBeGreaterThan(15);
    expect(eventsOf(SAMPLE_PEOPLE.jeroen).filter((e) => / – /.test(e.subject))).toHaveLength(0);
    const holiday = eventsOf(SAMPLE_PEOPLE.ahmed).filter((e) => e.showAs === 'oof');
    expect(holiday.map((e) => local(e.start, SAMPLE_PEOPLE.ahmed).weekday)).toEqual([1, 2, 3, 4, 5]);
    expect(holiday.every((e) => e.subject === 'Vakantie')).toBe(true);
  });

  it('leaves public holidays empty', () => {
    // 27 April 2027 is Koningsdag (NL); 1 May is Labour Day in Belgium, a Saturday in 2027, so use 6 May (Ascension).
    const fromApril = new Date('2027-04-19T06:00:00.000Z');
    const dates = (p: Person) => eventsOf(p, fromApril, 3).map((e) => local(e.start, p).date);

    expect(dates(SAMPLE_PEOPLE.kees)).not.toContain('2027-04-27');
    expect(dates(SAMPLE_PEOPLE.kees)).not.toContain('2027-05-06');
    expect(dates(SAMPLE_PEOPLE.wout)).not.toContain('2027-05-06');
    expect(dates(SAMPLE_PEOPLE.wout)).toContain('2027-04-27'); // not a holiday in Belgium
  });

  it('converts the same local time to a different UTC time in winter and in summer', () => {
    // Linda chairs her team meeting at the same local time every week; DST starts on 29 March 2026.
    const events = sampleCalendarEvents(SAMPLE_PEOPLE.linda, SAMPLE_ORGANISATIONS.hendriks, new Date('2026-03-09T06:00:00.000Z'), 6).filter(
      (e) => e.subject === 'Teamoverleg (voorzitter)',
    );
    const localTimes = new Set(events.map((e) => local(e.start, SAMPLE_PEOPLE.linda).minutes));
    const winter = events.filter((e) => e.start < '2026-03-29');
    const summer = events.filter((e) => e.start > '2026-03-29');

    expect(localTimes.size).toBe(1);
    expect(winter.length).toBeGreaterThan(0);
    expect(summer.length).toBeGreaterThan(0);
    const utcHour = (iso: string) => new Date(iso).getUTCHours() * 60 + new Date(iso).getUTCMinutes();
    const [localMinutes] = [...localTimes];
    expect(winter.every((e) => utcHour(e.start) === (localMinutes ?? 0) - 60)).toBe(true);
    expect(summer.every((e) => utcHour(e.start) === (localMinutes ?? 0) - 120)).toBe(true);
  });
});
