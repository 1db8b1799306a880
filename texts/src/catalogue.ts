/**
 * The catalogues: Dutch as spoken in the Netherlands is the source and holds every key; English
 * has exactly the same keys; Flemish (nl-BE) holds only the texts whose wording differs and falls
 * back to the Dutch for the rest. Every text is an ICU message (see docs/texts.md).
 */
import { activityEn, activityNl } from './server/activity';
import { agreementsEn, agreementsNl, agreementsNlBE } from './server/agreements';
import { agreementsLearningEn, agreementsLearningNl, agreementsLearningNlBE } from './server/agreementsLearning';
import { botEn, botNl, botNlBE } from './server/bot';
import { catalogueEn, catalogueNl } from './server/catalogue';
import { followUpsServerEn, followUpsServerNl } from './server/followUps';
import { gesprekspartnersServerEn, gesprekspartnersServerNl } from './server/gesprekspartners';
import { problemsEn, problemsNl } from './server/problems';
import { remindersEn, remindersNl } from './server/reminders';
import { roundsServerEn, roundsServerNl, roundsServerNlBE } from './server/rounds';
import { validationEn, validationNl } from './server/validation';
import { tabEn } from './tab/en';
import { tabNl } from './tab/nl';
import { tabNlBE } from './tab/nl-BE';

export const nl = {
  ...tabNl,
  ...problemsNl,
  ...remindersNl,
  ...validationNl,
  ...botNl,
  ...agreementsNl,
  ...agreementsLearningNl,
  ...catalogueNl,
  ...gesprekspartnersServerNl,
  ...roundsServerNl,
  ...followUpsServerNl,
  ...activityNl,
};

export type MessageKey = keyof typeof nl;
export type Catalogue = { readonly [K in MessageKey]: string };

export const en: Catalogue = {
  ...tabEn,
  ...problemsEn,
  ...remindersEn,
  ...validationEn,
  ...botEn,
  ...agreementsEn,
  ...agreementsLearningEn,
  ...catalogueEn,
  ...gesprekspartnersServerEn,
  ...roundsServerEn,
  ...followUpsServerEn,
  ...activityEn,
};

export const nlBE: Partial<Catalogue> = {
  ...tabNlBE,
  ...botNlBE,
  ...agreementsNlBE,
  ...agreementsLearningNlBE,
  ...roundsServerNlBE,
};
