import type { PersonalDataSection } from '@koers/domain';

/**
 * Where each container's personal data goes in "Mijn gegevens" (the export of AVG art. 15/20), or
 * why a container is left out. Every container of containers.ts must be listed here: a test fails
 * on one that is missing, so a container added later cannot hold people's data unexported.
 */
export type ContainerCoverage =
  /** `alsoExportedAs`: a container holding more than one kind of record fills more than one section. */
  { exportedAs: PersonalDataSection; alsoExportedAs?: readonly PersonalDataSection[] } | { exempt: string };

export const PERSONAL_DATA_COVERAGE: Record<string, ContainerCoverage> = {
  organisations: { exempt: "The organisation's settings (time zone, reminder defaults, onboarding): no one person's data." },
  people: { exportedAs: 'person' },
  conversations: { exportedAs: 'conversations' },
  canvases: { exportedAs: 'canvases' },
  pops: { exportedAs: 'pops' },
  reminders: { exportedAs: 'reminders' },
  dispatch: { exportedAs: 'dispatch' },
  conversationReferences: { exportedAs: 'chatAddress' },
  preparations: { exportedAs: 'preparations' },
  portfolio: { exportedAs: 'portfolio' },
  calendarEvents: {
    exempt:
      "Local mode's stand-in for the Outlook calendar; in Azure the calendar is Microsoft 365's own, read for free/busy only and never stored by Koers.",
  },
  roleAssignments: { exportedAs: 'roles' },
  directorySync: { exempt: "Where the directory sync of a tenant stands (Graph's delta link): no one person's data." },
  accessLog: { exportedAs: 'accessLog' },
  changeLog: { exportedAs: 'changes' },
  recordIds: {
    exempt:
      "Claims that keep a conversation's, plan's or portfolio entry's id unique in the tenant: the id and its employee's id, nothing the record says. The records themselves are exported.",
  },
  rounds: { exempt: "HR's conversation rounds: name, period, audience and template; the creator is the HR colleague who made it, no one person's data." },
  roundExemptions: { exportedAs: 'roundExemptions' },
  roundProgress: { exportedAs: 'roundProgress' },
  roundProgressCounts: {
    exempt: "Per round, how many people of a department and conversation partner reached each step: counts, no one person's status. The partner's id and name name the cell, as on the board.",
  },
  templates: {
    exempt: "The organisation's conversation templates: questions and prompts HR wrote, no one person's data or answers. Each version names the HR colleague who published it.",
  },
  insight: {
    exempt:
      "HR's anonymous insight per closed round: only counts of at least five people per figure, stored without who was counted, so no one person's data.",
  },
  talentPool: { exportedAs: 'talentPool' },
  functionLinks: { exportedAs: 'functionAssignment', alsoExportedAs: ['trainingRights'] },
  catalogue: {
    exempt: "The organisation's function house and learning offer: functions and courses, no one person's data. The last editor's id is the HR colleague who imported it.",
  },
};
