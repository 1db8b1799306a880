/**
 * Slot choice when booking a conversation: proposals for one manager/employee pair over a 4-week
 * window of realistic sample calendars, and for 50 pairs in a row (a manager planning a round).
 */
import { organisationHolidays, SAMPLE_ORGANISATIONS, SAMPLE_PEOPLE, sampleCalendarEvents } from '@koers/app';
import { chooseSlots, type Person } from '@koers/domain';
import { measure, recordTimes, writeResults } from './stats';

const NOW = new Date('2026-11-23T08:00:00Z');
/** Runs of the one-pair case; the 50-pair case runs a fifteenth as often. */
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);

function party(person: Person) {
  const busy = sampleCalendarEvents(person, SAMPLE_ORGANISATIONS.hendriks, NOW, 8).map((e) => ({ start: e.start, end: e.end, showAs: e.showAs }));
  return { timeZone: person.timeZone, workingHours: person.workingHours, busy };
}

async function main(): Promise<void> {
  const pairs = [
    [SAMPLE_PEOPLE.linda, SAMPLE_PEOPLE.sanne],
    [SAMPLE_PEOPLE.linda, SAMPLE_PEOPLE.kees],
    [SAMPLE_PEOPLE.linda, SAMPLE_PEOPLE.daan],
    [SAMPLE_PEOPLE.jeroen, SAMPLE_PEOPLE.noor],
    [SAMPLE_PEOPLE.jeroen, SAMPLE_PEOPLE.ahmed],
  ].map(([manager, employee]) => [party(manager as Person), party(employee as Person)]);
  const request = (i: number) => ({
    now: NOW.toISOString(),
    parties: pairs[i % pairs.length] ?? [],
    holidays: organisationHolidays(SAMPLE_ORGANISATIONS.hendriks, NOW),
    preferences: { windowDays: 28, maxWindowDays: 42 },
  });
  const proposals = chooseSlots(request(0));
  if (!proposals.ok || proposals.slots.length === 0) throw new Error('no proposals for the sample pair');

  await measure(50, async () => void chooseSlots(request(0)));
  const one = recordTimes('slots, 1 pair, 4-week window', await measure(ITERATIONS, async () => void chooseSlots(request(0))));
  const fifty = recordTimes('slots, 50 pairs, 4-week window', await measure(Math.ceil(ITERATIONS / 15), async () => {
    for (let i = 0; i < 50; i++) chooseSlots(request(i));
  }));
  const fmt = (n: number) => n.toFixed(2).padStart(8);
  console.log(`${'what'.padEnd(36)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}`);
  for (const row of [one, fifty]) console.log(`${row.label.padEnd(36)}${fmt(row.p50)}${fmt(row.p95)}`);
  writeResults('slots');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
