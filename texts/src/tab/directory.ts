/**
 * The directory sync on HR's "Instellingen" page (*Nu synchroniseren*). Spread into nl.ts / en.ts
 * like the reminder texts. The summary's lines come from the server, in Dutch.
 */
export const directoryNl = {
  'directory.title': 'Mensen uit de directory',
  'directory.intro': 'Koers haalt medewerkers, leidinggevenden, werktijden en wie HR is elk uur uit Microsoft Entra ID. Niemand hoeft iemand in te typen.',
  'directory.sync': 'Nu synchroniseren',
  'directory.syncing': 'Bezig met synchroniseren…',
  'directory.done': 'Klaar: {added} nieuw, {updated} gewijzigd, {left} vertrokken.',
  'directory.failed': 'Synchroniseren lukte niet.',
} as const;

export type DirectoryKey = keyof typeof directoryNl;

export const directoryEn: { readonly [K in DirectoryKey]: string } = {
  'directory.title': 'People from the directory',
  'directory.intro': 'Every hour, Koers takes employees, managers, working hours and who is HR from Microsoft Entra ID. Nobody has to type anyone in.',
  'directory.sync': 'Sync now',
  'directory.syncing': 'Syncing…',
  'directory.done': 'Done: {added} new, {updated} changed, {left} left.',
  'directory.failed': 'The sync did not succeed.',
};
