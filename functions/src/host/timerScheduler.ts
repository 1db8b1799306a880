import { randomUUID } from 'node:crypto';
import { InvocationContext, type LogLevel, type Timer } from '@azure/functions';
import { parseNcrontab, type CronSchedule } from './ncrontab';
import type { TimerTrigger } from './table';

/**
 * Runs timer triggers in the local host on their NCRONTAB schedule, like the Functions runtime:
 * one run of a timer at a time (a run that outlasts its interval delays the next occurrence,
 * which then starts at once with `isPastDue: true`, and further missed occurrences are dropped),
 * errors are logged and never stop the schedule.
 */

export interface TimerScheduler {
  /** Stops scheduling and waits for runs in progress to finish. */
  stop(): Promise<void>;
}

export interface TimerSchedulerOptions {
  log: (level: LogLevel, ...args: unknown[]) => void;
  now?: () => Date;
}

/** A run that starts this much after its occurrence counts as past due. */
const PAST_DUE_MS = 1000;
/** setTimeout cannot wait longer than ~24.8 days in one go. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;
/** What the runtime reports as "never" in scheduleStatus. */
const NEVER = '0001-01-01T00:00:00.000Z';

export function startTimerScheduler(triggers: TimerTrigger[], options: TimerSchedulerOptions): TimerScheduler {
  const now = options.now ?? (() => new Date());
  const schedules = triggers.map((trigger) => ({ trigger, schedule: parseNcrontab(trigger.schedule) }));
  let stopped = false;
  const wakers = new Set<() => void>();

  const sleepUntil = (instant: Date) =>
    new Promise<void>((resolve) => {
      let handle: NodeJS.Timeout | undefined;
      const wake = () => {
        if (handle) clearTimeout(handle);
        wakers.delete(wake);
        resolve();
      };
      const arm = () => {
        const wait = instant.getTime() - now().getTime();
        if (wait <= 0 || stopped) return wake();
        handle = setTimeout(arm, Math.min(wait, MAX_TIMEOUT_MS));
      };
      wakers.add(wake);
      arm();
    });

  const run = async (trigger: TimerTrigger, schedule: CronSchedule) => {
    let due = schedule.next(now());
    if (!due) options.log('warning', `[${trigger.name}] schedule "${schedule.expression}" never fires`);
    let last: Date | undefined;
    while (!stopped && due) {
      await sleepUntil(due);
      if (stopped) break;
      const started = now();
      const following = schedule.next(started);
      const timer: Timer = {
        isPastDue: started.getTime() - due.getTime() > PAST_DUE_MS,
        schedule: { adjustForDST: false },
        scheduleStatus: {
          last: last?.toISOString() ?? NEVER,
          next: following?.toISOString() ?? NEVER,
          lastUpdated: started.toISOString(),
        },
      };
      const context = new InvocationContext({
        invocationId: randomUUID(),
        functionName: trigger.name,
        logHandler: (level, ...args) => options.log(level, `[${trigger.name}]`, ...args),
      });
      try {
        await trigger.handler(timer, context);
      } catch (error) {
        context.error('Timer run failed:', error);
      }
      last = due;
      // Occurrences that passed while this run was busy collapse into one past-due run now.
      const finished = now();
      let upcoming = schedule.next(due);
      let missed: Date | undefined;
      while (upcoming && upcoming.getTime() <= finished.getTime()) {
        missed = upcoming;
        upcoming = schedule.next(upcoming);
      }
      due = missed ?? upcoming;
    }
  };

  const loops = schedules.map(({ trigger, schedule }) =>
    run(trigger, schedule).catch((error: unknown) => options.log('error', `[${trigger.name}] scheduler stopped:`, error)),
  );

  return {
    async stop() {
      stopped = true;
      for (const wake of [...wakers]) wake();
      await Promise.all(loops);
    },
  };
}
