import type { TimerDefinition } from '../composition';

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
