import type { LogLevel, Timer } from '@azure/functions';
import type { TimerTrigger } from './table';
import { startTimerScheduler } from './timerScheduler';

const start = new Date('2026-03-02T09:00:00.000Z');

function recordingLog() {
  const entries: { level: LogLevel; text: string }[] = [];
  return {
    entries,
    log: (level: LogLevel, ...args: unknown[]) =>
      entries.push({ level, text: args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ') }),
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

beforeEach(() => jest.useFakeTimers({ now: start }));
afterEach(() => jest.useRealTimers());

describe('the local timer scheduler', () => {
  it('runs a timer on its schedule with a Timer like the runtime gives', async () => {
    const runs: { at: string; timer: Timer }[] = [];
    const trigger: TimerTrigger = {
      name: 'everyTenSeconds',
      schedule: '*/10 * * * * *',
      handler: (timer) => {
        runs.push({ at: new Date().toISOString(), timer });
      },
    };
    const scheduler = startTimerScheduler([trigger], recordingLog());
    await jest.advanceTimersByTimeAsync(25_000);
    await scheduler.stop();

    expect(runs.map((r) => r.at)).toEqual(['2026-03-02T09:00:10.000Z', '2026-03-02T09:00:20.000Z']);
    expect(runs[0]?.timer).toEqual({
      isPastDue: false,
      schedule: { adjustForDST: false },
      scheduleStatus: {
        last: '0001-01-01T00:00:00.000Z',
        next: '2026-03-02T09:00:20.000Z',
        lastUpdated: '2026-03-02T09:00:10.000Z',
      },
    });
    expect(runs[1]?.timer.scheduleStatus.last).toBe('2026-03-02T09:00:10.000Z');
  });

  it('never overlaps runs of the same timer, and marks a delayed run as past due', async () => {
    let running = 0;
    let mostAtOnce = 0;
    const runs: { at: string; isPastDue: boolean }[] = [];
    const trigger: TimerTrigger = {
      name: 'slow',
      schedule: '*/10 * * * * *',
      handler: async (timer) => {
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        runs.push({ at: new Date().toISOString(), isPastDue: timer.isPastDue });
        await sleep(25_000);
        running--;
      },
    };
    const scheduler = startTimerScheduler([trigger], recordingLog());
    await jest.advanceTimersByTimeAsync(60_000);
    const stopping = scheduler.stop();
    await jest.advanceTimersByTimeAsync(25_000);
    await stopping;

    expect(mostAtOnce).toBe(1);
    // 09:00:10 runs until :35; the missed :20 and :30 collapse into one past-due run at :35, which
    // ends exactly when 09:01:00 is due (on time again; :40 and :50 are dropped).
    expect(runs).toEqual([
      { at: '2026-03-02T09:00:10.000Z', isPastDue: false },
      { at: '2026-03-02T09:00:35.000Z', isPastDue: true },
      { at: '2026-03-02T09:01:00.000Z', isPastDue: false },
    ]);
  });

  it('logs a failing run and keeps the schedule going', async () => {
    const { entries, log } = recordingLog();
    let calls = 0;
    const trigger: TimerTrigger = {
      name: 'flaky',
      schedule: '0 * * * * *',
      handler: async () => {
        calls++;
        throw new Error('Cosmos is away');
      },
    };
    const scheduler = startTimerScheduler([trigger], { log });
    await jest.advanceTimersByTimeAsync(3 * 60_000);
    await scheduler.stop();

    expect(calls).toBe(3);
    expect(entries.filter((e) => e.level === 'error').map((e) => e.text)).toEqual([
      '[flaky] Timer run failed: Cosmos is away',
      '[flaky] Timer run failed: Cosmos is away',
      '[flaky] Timer run failed: Cosmos is away',
    ]);
  });

  it('stops scheduling when stopped, after letting the current run finish', async () => {
    let finished = 0;
    const trigger: TimerTrigger = {
      name: 'minutely',
      schedule: '0 * * * * *',
      handler: async () => {
        await sleep(5_000);
        finished++;
      },
    };
    const scheduler = startTimerScheduler([trigger], recordingLog());
    await jest.advanceTimersByTimeAsync(61_000);
    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(1_000);
    expect(stopped).toBe(false);
    await jest.advanceTimersByTimeAsync(4_000);
    await stopping;
    expect(finished).toBe(1);

    await jest.advanceTimersByTimeAsync(10 * 60_000);
    expect(finished).toBe(1);
  });
});
