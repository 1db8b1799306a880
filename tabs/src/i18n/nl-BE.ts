import { koerskaartNlBE } from './koerskaart';
import type { Catalogue } from './nl';

/** Only where Flemish wording differs from the Netherlands; everything else falls back to nl. */
export const nlBE: Partial<Catalogue> = {
  ...koerskaartNlBE,
  'home.greeting': 'Dag {firstName}',
  'app.loading': 'Koers wordt geladen, even geduld…',
  'myPage.nextEmptyBody': 'Er is nog geen loopbaangesprek ingepland. Je leidinggevende nodigt je uit; je krijgt dan ongeveer twee weken om je voor te bereiden.',
  'myPage.nextPlanned': 'Ingepland op {date}',
  'team.emptyBody': 'Er zijn nog geen medewerkers aan je toegewezen. Vraag HR om je team in te stellen.',
  'comingSoon.plan': 'Hier plan je straks een loopbaangesprek in. Koers zoekt dan over ongeveer twee weken een moment in beide agenda’s.',
};
