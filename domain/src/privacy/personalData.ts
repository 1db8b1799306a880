import { z } from 'zod';
import { Canvas } from '../canvas';
import { Conversation, IsoDateTime } from '../conversation';
import { RoleAssignment } from '../directory';
import { Person } from '../people';
import { AutomaticShares, PortfolioEntry } from '../portfolio/schema';
import { Preparation } from '../preparation';
import { Pop, Reminder, StoredConversationReference } from '../records';
import { ReminderBundle, ReminderSchedule } from '../reminders/dispatch';
import { PersonProgress, RoundExemption } from '../rounds';
import { AccessLogEntry } from './accessLog';
import { ChangeLogEntry } from './changeLog';
import { TalentProfile } from '../insight/talentPool';
import { PersonFunctionAssignment } from '../catalogue/personFunction';
import { TrainingRight } from '../catalogue/trainingRight';

/**
 * "Mijn gegevens" (AVG art. 15 and 20): everything Koers holds about one person, as stored, in one
 * machine-readable document. Their own preparation answers are in full; the other party's
 * preparation is never in it, shared or not — that is the other person's data.
 */
export const PersonalDataExport = z.object({
  format: z.literal('koers-personal-data'),
  version: z.literal(1),
  generatedAt: IsoDateTime,
  person: Person,
  /** Koers app roles (Koers.HR, Koers.Admin) as the directory sync read them. */
  roles: z.array(RoleAssignment),
  /** Career conversations the person took part in, as employee or as manager. */
  conversations: z.array(Conversation),
  /** The person's own preparations of those conversations. */
  preparations: z.array(Preparation),
  /** The Koerskaart of each of those conversations (written by both parties together). */
  canvases: z.array(Canvas),
  /** The person's development plans with every version and all progress. */
  pops: z.array(Pop),
  portfolio: z.object({ entries: z.array(PortfolioEntry), shares: AutomaticShares.optional() }),
  /** Chat messages Koers sent or will send the person (reminders, notices). */
  reminders: z.array(Reminder),
  /** The reminder dispatcher's records about the person: their daily bundles and their plans' schedules. */
  dispatch: z.object({ bundles: z.array(ReminderBundle), schedules: z.array(ReminderSchedule) }),
  /** Where the Teams bot can reach the person (the conversation reference Teams gave it). */
  chatAddress: StoredConversationReference.optional(),
  /** Who read the person's data, and when. */
  accessLog: z.array(AccessLogEntry),
  /** Conversation rounds the person was marked as not taking part in, with the reason from the fixed list. */
  roundExemptions: z.array(RoundExemption),
  /** Where the person stood in each conversation round (status and dates, as HR's progress board shows it). */
  roundProgress: z.array(PersonProgress).default([]),
  /** Lines of the works council's change log that name the person: changes they made, or roles they were given. */
  changes: z.array(ChangeLogEntry).default([]),
  /** The functions the person told the talent pool they are interested in, and whether HR may see it by name. */
  talentPool: TalentProfile.optional(),
  /** The function HR assigned the person by hand, when it did (else their job title decides). */
  functionAssignment: PersonFunctionAssignment.optional(),
  /** The Belgian training right (Federale Leerrekening) HR recorded for the person, per year. */
  trainingRights: z.array(TrainingRight).default([]),
});
export type PersonalDataExport = z.infer<typeof PersonalDataExport>;

export type PersonalDataSection = keyof typeof PersonalDataExport.shape;

/** The sections that carry data (the rest is the envelope: format, version, generatedAt). */
export const PERSONAL_DATA_SECTIONS = (Object.keys(PersonalDataExport.shape) as PersonalDataSection[]).filter(
  (key) => !['format', 'version', 'generatedAt'].includes(key),
);
