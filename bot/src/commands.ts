/**
 * What the user asked for, from the text of a message (mention already removed). Dutch and
 * English phrasings; anything else is `unknown` and gets the help hint.
 */
export type BotCommand =
  | { kind: 'help' }
  /** `name` is empty when the manager did not say with whom ("plan een loopbaangesprek"). */
  | { kind: 'plan'; name: string }
  | { kind: 'prepare' }
  /** "mijn pop" (no `name`): the caller's own plan; "pop van Sanne": a report's (`name` empty when not said). */
  | { kind: 'pop'; name?: string }
  | { kind: 'unknown' };

const HELP_WORDS = new Set(['help', 'hulp', '?']);
const POP_WORDS = new Set(['pop', 'mijn pop', 'my pop', 'mijn ontwikkelplan', 'my development plan']);
const PREPARE_WORDS = new Set(['voorbereiden', 'voorbereiding', 'voorbereidingsvragen', 'prepare', 'preparation', 'mijn voorbereiding', 'my preparation']);

/**
 * "plan (een) loopbaangesprek met Sanne", "boek een gesprek met Sanne", "plan a career
 * conversation with Sanne", "schedule a conversation for Sanne", and the bare "plan … " without
 * anyone. Flemish managers also say "inplannen".
 */
const PLAN = new RegExp(
  [
    '^(?:plan|plannen|inplannen|boek|boeken|schedule|book)',
    '(?:\\s+(?:een|a|an))?',
    '\\s+(?:loopbaangesprek|loopbaan-gesprek|gesprek|career\\s+conversation|career\\s+talk|conversation|meeting)',
    '(?:\\s+(?:met|voor|with|for)\\s+(?<name>.+?))?$',
  ].join(''),
  'du',
);

/** "pop van Sanne", "de pop van Sanne", "toon de pop van Sanne", "pop of Sanne", "show the pop of Sanne". */
const POP_OF = new RegExp(
  [
    '^(?:(?:toon|bekijk|laat|open|show|view|see)\\s+)?(?:(?:de|het|the)\\s+)?',
    '(?:pop|ontwikkelplan|ontwikkelingsplan|development\\s+plan)',
    '\\s+(?:van|of)(?:\\s+(?<name>.+?))?(?:\\s+zien)?$',
  ].join(''),
  'du',
);

/** Teams sends non-breaking spaces and sometimes trailing punctuation or a polite "please". */
function normalise(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[.!?]+$/, '')
    .trim();
}

/** The name as the user typed it (case kept for the reply), without quotes, "please" or punctuation. */
function cleanName(raw: string): string {
  return raw
    .replace(/\s+(?:aub|a\.u\.b\.?|alsjeblieft|alstublieft|graag|please)$/iu, '')
    .replace(/^["'“”‘’]+|["'“”‘’.,!?]+$/gu, '')
    .trim();
}

export function parseCommand(text: string | undefined): BotCommand {
  const raw = (text ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
  const normalised = normalise(raw);
  if (HELP_WORDS.has(normalised) || HELP_WORDS.has(raw.trim())) return { kind: 'help' };
  if (PREPARE_WORDS.has(normalised)) return { kind: 'prepare' };
  if (POP_WORDS.has(normalised)) return { kind: 'pop' };
  const plan = PLAN.exec(normalised);
  if (plan) return { kind: 'plan', name: typedName(raw, plan) };
  const popOf = POP_OF.exec(normalised);
  if (popOf) return { kind: 'pop', name: typedName(raw, popOf) };
  return { kind: 'unknown' };
}

/**
 * The `name` group as typed, from the original text so "Linda de Wit" keeps its capitals in the
 * reply. (Lower-casing keeps the length of the names Koers meets, so the group's place in the
 * normalised text is its place in the original.) Empty when no name was said.
 */
function typedName(raw: string, match: RegExpExecArray): string {
  const at = match.indices?.groups?.['name'];
  if (!at) return '';
  const original = raw.replace(/[.!?]+$/, '').trim();
  return cleanName(original.slice(at[0], at[1]));
}
