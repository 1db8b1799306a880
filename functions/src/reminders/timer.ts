import type { TimerDefinition } from '../api/services';
import { scheduleCertificateReminders, scheduleManagerDigests } from '@koers/app';

/**
 * The reminder dispatcher's timer: every five minutes, in Azure and in the local host. Reminders
 * fall on the start of someone's working day, so five minutes late is fine, and a run that takes
 * longer simply delays the next one (the runtime and the local scheduler never overlap a timer
 * with itself on one instance; the lease covers several instances).
 */
export const reminderTimer: TimerDefinition = {
  name: 'reminderDispatch',
  schedule: '0 */5 * * * *',
  make: (services) => async (_timer, context) => {
    if (!services.reminders) {
      context.warn('reminder dispatch: no dispatcher configured');
      return;
    }
    const summary = await services.reminders.run();
    context.log('reminder dispatch', summary);
  },
};

/**
 * Keeps the managers' weekly digests in the due index (this week's and next week's, stable ids):
 * daily at night, so a new manager has theirs within a day; the dispatcher sends them on Monday.
 * It also writes the certificate expiry warnings due that day (three months and one month before).
 */
export const digestScheduleTimer: TimerDefinition = {
  name: 'managerDigestSchedule',
  schedule: '0 15 2 * * *',
  make: (services) => async (_timer, context) => {
    const written = await scheduleManagerDigests(services.stores, { clock: services.clock });
    context.log('manager digests scheduled', { written: written.length });
    // The same nightly pass writes the expiry warnings of required certificates due today.
    const certificates = await scheduleCertificateReminders(services.stores, { clock: services.clock });
    context.log('certificate expiry warnings scheduled', { written: certificates.length });
  },
};

/**
 * Re-plans every agreed plan's future reminders nightly (idempotent: an unchanged plan writes
 * nothing). Completes a change of the organisation defaults that was cut off halfway, and renews
 * the bounded look-ahead of check-ins (at most twelve per goal are written ahead).
 */
export const planReminderRenewalTimer: TimerDefinition = {
  name: 'planReminderRenewal',
  schedule: '0 45 2 * * *',
  make: (services) => async (_timer, context) => {
    if (!services.reminderDefaults) {
      context.warn('plan reminder renewal: no dispatch store configured');
      return;
    }
    const plans = await services.reminderDefaults.renewAll();
    context.log('plan reminders renewed', { plans });
  },
};
