import type { TimerDefinition } from '../api/services';

/**
 * The follow-up rhythm's daily run (app/src/pop/followUpDay.ts), the rounds' timer pattern: at
 * night, before the working day, so the manager finds the proposals in the morning. Running it
 * twice, or on a day it already ran, proposes nothing again.
 */
export const followUpDayTimer: TimerDefinition = {
  name: 'followUpDay',
  schedule: '0 45 3 * * *',
  make: (services) => async (_timer, context) => {
    if (!services.followUps) return;
    const summary = await services.followUps.runDaily();
    context.log('follow-up day', summary);
  },
};
