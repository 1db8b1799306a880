import fc from 'fast-check';
import { proposeSeriesSlots, type SeriesRequestInput } from './series';
import { busy, fullTime, jeroen, NOW, noorHours, sanne } from './testKit';

const team = (n: number) => Array.from({ length: n }, (_, i) => ({ employeeId: `medewerker-${i + 1}`, party: sanne() }));

function request(overrides: Partial<SeriesRequestInput> = {}): SeriesRequestInput {
  return {
    now: NOW,
    timeZone: 'Europe/Amsterdam',
    leadTimeDays: 14,
    durationMinutes: 60,
    manager: jeroen(),
    employees: team(3),
    window: { from: '2026-06-01', to: '2026-06-30' },
    ...overrides,
  };
}

const dates = (proposals: ReturnType<typeof proposeSeriesSlots>) => proposals.map((p) => (p.ok ? p.slot.date : p.reason));

describe('proposing a round of conversations for one manager', () => {
  it('spreads three conversations over the month, one in each third', () => {
    expect(dates(proposeSeriesSlots(request())).sort()).toEqual(['2026-06-05', '2026-06-16', '2026-06-26']);
  });

  it('gives each employee a slot in the order asked, by their own id', () => {
    const proposals = proposeSeriesSlots(request());
    expect(proposals.map((p) => p.employeeId)).toEqual(['medewerker-1', 'medewerker-2', 'medewerker-3']);
    expect(proposals.every((p) => p.ok && p.slot.startTime === '08:00')).toBe(true);
  });

  it('never puts two on one day when the window has only one free day, and says why', () => {
    const proposals = proposeSeriesSlots(request({ window: { from: '2026-06-02', to: '2026-06-02' } }));
    expect(proposals.filter((p) => p.ok)).toHaveLength(1);
    expect(proposals.filter((p) => !p.ok).map((p) => !p.ok && p.reason)).toEqual(['no-free-day', 'no-free-day']);
  });

  it('puts several on one day, one after the other, when the manager allows it', () => {
    const proposals = proposeSeriesSlots(request({ window: { from: '2026-06-02', to: '2026-06-02' }, allowSameDay: true }));
    expect(proposals.map((p) => p.ok && `${p.slot.date} ${p.slot.startTime}`)).toEqual(['2026-06-02 08:00', '2026-06-02 09:30', '2026-06-02 11:00']);
  });

  it("keeps clear of the days of the list's other conversations, and says so when no day is left", () => {
    expect(dates(proposeSeriesSlots(request({ employees: team(1) })))).toEqual(['2026-06-16']);
    const alone = proposeSeriesSlots(request({ employees: team(1), otherStarts: ['2026-06-16T10:00:00.000Z'] }));
    expect(dates(alone)).not.toContain('2026-06-16');
    const full = proposeSeriesSlots(request({ employees: team(1), window: { from: '2026-06-02', to: '2026-06-02' }, otherStarts: ['2026-06-02T14:00:00.000Z'] }));
    expect(dates(full)).toEqual(['no-free-day']);
    const allowed = proposeSeriesSlots(request({ employees: team(1), window: { from: '2026-06-02', to: '2026-06-02' }, otherStarts: ['2026-06-02T14:00:00.000Z'], allowSameDay: true }));
    expect(dates(allowed)).toEqual(['2026-06-02']);
  });

  it('lets the part-timer choose first, so they still get one of their days', () => {
    const noor = { employeeId: 'noor', party: { timeZone: 'Europe/Amsterdam' as const, workingHours: { ...noorHours, days: [3] }, busy: [] } };
    const proposals = proposeSeriesSlots(
      request({ window: { from: '2026-06-01', to: '2026-06-05' }, employees: [...team(4), noor] }),
    );
    expect(proposals.every((p) => p.ok)).toBe(true);
    expect(proposals.find((p) => p.employeeId === 'noor')).toMatchObject({ ok: true, slot: { date: '2026-06-03' } });
  });

  it('skips the days either calendar shows out of office', () => {
    const away = busy('2026-06-01..2026-06-12 08:00-17:00 oof');
    const proposals = proposeSeriesSlots(request({ manager: jeroen(away), window: { from: '2026-06-01', to: '2026-06-19' } }));
    expect(dates(proposals).every((d) => d >= '2026-06-15')).toBe(true);
  });

  it('skips the organisation\'s holidays', () => {
    const proposals = proposeSeriesSlots(request({ employees: team(1), window: { from: '2026-06-01', to: '2026-06-03' }, holidays: ['2026-06-01', '2026-06-02'] }));
    expect(dates(proposals)).toEqual(['2026-06-03']);
  });

  it('says the period is too soon when it ends before the two weeks of preparation do', () => {
    expect(dates(proposeSeriesSlots(request({ window: { from: '2026-05-18', to: '2026-05-29' } })))).toEqual(['window-too-soon', 'window-too-soon', 'window-too-soon']);
  });

  it('says there is no common time for someone whose calendar is full', () => {
    const full = { employeeId: 'vol', party: sanne(busy('2026-06-01..2026-06-30 07:00-18:00')) };
    expect(dates(proposeSeriesSlots(request({ employees: [full, ...team(1)] })))[0]).toBe('no-common-time');
  });
});

describe('series proposals on random teams and calendars', () => {
  const DAY = 86_400_000;
  const scenario = fc.record({
    nowDay: fc.integer({ min: 0, max: 600 }),
    startOffset: fc.integer({ min: 0, max: 40 }),
    length: fc.integer({ min: 0, max: 60 }),
    size: fc.integer({ min: 1, max: 12 }),
    leadTimeDays: fc.integer({ min: 1, max: 21 }),
    allowSameDay: fc.boolean(),
    blocks: fc.array(
      fc.record({ who: fc.integer({ min: 0, max: 12 }), day: fc.integer({ min: 0, max: 100 }), hour: fc.integer({ min: 6, max: 18 }), hours: fc.integer({ min: 1, max: 30 }), oof: fc.boolean() }),
      { maxLength: 40 },
    ),
  });

  it('never puts two on one day (unless allowed), keeps all in the window and at least the lead time ahead, free for both', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const now = Date.UTC(2026, 0, 1) + s.nowDay * DAY;
        const day = (offset: number) => new Date(now + offset * DAY).toISOString().slice(0, 10);
        const blocksOf = (who: number) =>
          s.blocks
            .filter((b) => b.who === who)
            .map((b) => {
              const start = now + b.day * DAY + b.hour * 3_600_000;
              return { start: new Date(start).toISOString(), end: new Date(start + b.hours * 3_600_000).toISOString(), showAs: b.oof ? ('oof' as const) : ('busy' as const) };
            });
        const input = request({
          now: new Date(now).toISOString(),
          leadTimeDays: s.leadTimeDays,
          allowSameDay: s.allowSameDay,
          window: { from: day(s.startOffset), to: day(s.startOffset + s.length) },
          manager: { timeZone: 'Europe/Amsterdam', workingHours: fullTime, busy: blocksOf(0) },
          employees: Array.from({ length: s.size }, (_, i) => ({ employeeId: `e${i}`, party: { timeZone: 'Europe/Brussels', workingHours: fullTime, busy: blocksOf(i + 1) } })),
        });
        const proposals = proposeSeriesSlots(input);
        expect(proposals).toHaveLength(s.size);
        const slots = proposals.flatMap((p) => (p.ok ? [p.slot] : []));
        if (!s.allowSameDay) expect(new Set(slots.map((x) => x.date)).size).toBe(slots.length);
        const localDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
        for (const [i, p] of proposals.entries()) {
          if (!p.ok) continue;
          expect(Date.parse(p.slot.start)).toBeGreaterThanOrEqual(now + s.leadTimeDays * DAY);
          expect(p.slot.date >= input.window.from && p.slot.date <= input.window.to).toBe(true);
          expect(localDay(p.slot.start)).toBe(p.slot.date);
          for (const block of [...blocksOf(0), ...blocksOf(i + 1)]) {
            const overlaps = Date.parse(p.slot.start) < Date.parse(block.end) && Date.parse(block.start) < Date.parse(p.slot.end);
            expect(overlaps).toBe(false);
            if (block.showAs === 'oof') expect([localDay(block.start), localDay(new Date(Date.parse(block.end) - 1).toISOString())]).not.toContain(p.slot.date);
          }
        }
        for (const [k, a] of slots.entries()) for (const b of slots.slice(0, k)) expect(Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end)).toBe(false);
      }),
      { numRuns: 80, seed: 20261205 },
    );
  });
});
