import { stepsNlBE } from './steps';
import { homeNlBE } from './home';
import { cycleNlBE } from './cycle';
import { koerskaartNlBE } from './koerskaart';
import { popNlBE } from './pop';
import { remindersNlBE } from './reminders';
import { notificationsNlBE } from './notifications';
import { portfolioNlBE } from './portfolio';
import { privacyNlBE } from './privacy';
import { organisationNlBE } from './organisation';
import { insightNlBE } from './insight';
import { roundPlanNlBE } from './roundPlan';
import { followUpsNlBE } from './followUps';
import { careerNlBE } from './career';
import { trainingRightNlBE } from './trainingRight';
import type { TabKey } from './nl';

/** Only where Flemish wording differs from the Netherlands; everything else falls back to nl. */
export const tabNlBE: Partial<{ readonly [K in TabKey]: string }> = {
  ...koerskaartNlBE,
  ...popNlBE,
  ...insightNlBE,
  ...careerNlBE,
  ...trainingRightNlBE,
  ...homeNlBE,
  ...cycleNlBE,
  ...portfolioNlBE,
  ...privacyNlBE,
  ...stepsNlBE,
  ...organisationNlBE,
  ...remindersNlBE,
  ...roundPlanNlBE,
  ...followUpsNlBE,
  ...notificationsNlBE,
  'home.greeting': 'Dag {firstName}',
  'app.loading': 'Koers wordt geladen, even geduld…',
  'myPage.nextEmptyBody': 'Er is nog geen loopbaangesprek ingepland. Je leidinggevende nodigt je uit; je krijgt dan ongeveer twee weken om je voor te bereiden.',
  'myPage.nextPlanned': 'Ingepland op {date}',
  'team.emptyBody': 'Er zijn nog geen medewerkers aan je toegewezen. Vraag HR om je team in te stellen.',
  'plan.booked': 'Het loopbaangesprek met {name} is ingepland op {when}. {firstName} krijgt van Koers een bericht in Teams, met de voorbereidingsvragen.',
  'plan.upcomingEmptyTitle': 'Nog geen gesprekken ingepland',
  'plan.upcomingEmptyBody': 'Kies hierboven een medewerker om een loopbaangesprek in te plannen.',
  'plan.reschedule': 'Verplaatsen',
  'plan.rescheduleConfirm': 'Naar dit moment verplaatsen',
  'plan.rescheduling': 'Bezig met verplaatsen…',
  'plan.rescheduleBack': 'Niet verplaatsen',
  'plan.rescheduled': 'Het gesprek met {name} is verplaatst naar {when}. {firstName} krijgt hiervan bericht.',
  'prepare.emptyTitle': 'Nog geen gesprekken ingepland',
  'prepare.emptyBody': 'Er is nog geen loopbaangesprek ingepland. Zodra er een ingepland is, vind je hier de voorbereidingsvragen.',
};
