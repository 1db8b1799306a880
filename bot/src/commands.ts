/**
 * What the user asked for, from the text of a message (mention already removed). Only help is
 * understood yet; booking, preparing and the POP arrive with their own issues.
 */
export type BotCommand = { kind: 'help' } | { kind: 'unknown' };

const HELP_WORDS = new Set(['help', 'hulp', '?']);

export function parseCommand(text: string | undefined): BotCommand {
  const normalised = (text ?? '')
    .replace(/\u00a0/g, ' ')
    .trim()
    .toLowerCase();
  if (HELP_WORDS.has(normalised)) return { kind: 'help' };
  // "help!", "hulp?", "help." — punctuation after the word does not change the question.
  if (HELP_WORDS.has(normalised.replace(/[.!?]+$/, ''))) return { kind: 'help' };
  return { kind: 'unknown' };
}
