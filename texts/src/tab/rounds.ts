/**
 * Conversation rounds (gespreksrondes): what HR, managers and the person themselves read about a
 * round. The exemption reasons are the fixed, non-medical list of domain/src/rounds.
 */
export const roundsNl = {
  'rounds.exemption.afwezig-verlof': 'Afwezig of met verlof',
  'rounds.exemption.proeftijd': 'In proeftijd',
  'rounds.exemption.uit-dienst': 'Uit dienst',
  'rounds.exemption.recent-gesprek': 'Had onlangs al een gesprek',
  'rounds.exemption.anders': 'Andere reden',
  'privacy.summary.roundExemptions': 'Gespreksrondes waarin je niet meedeed',
  'privacy.summary.roundExemption': 'Ronde {round}: {reason} (vastgelegd op {date})',
} as const;

export const roundsEn: { readonly [K in keyof typeof roundsNl]: string } = {
  'rounds.exemption.afwezig-verlof': 'Absent or on leave',
  'rounds.exemption.proeftijd': 'On probation',
  'rounds.exemption.uit-dienst': 'Has left',
  'rounds.exemption.recent-gesprek': 'Recently had a conversation',
  'rounds.exemption.anders': 'Another reason',
  'privacy.summary.roundExemptions': 'Conversation rounds you were not part of',
  'privacy.summary.roundExemption': 'Round {round}: {reason} (recorded on {date})',
};
