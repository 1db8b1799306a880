import { foldName } from '../nameMatch';
import type { Language } from '../i18n/messages';

/**
 * Whether a chat message is clearly written in Dutch or in English, by the little words only
 * one of the two languages has. "help", "pop", "ok" or a name say nothing; a message is clear
 * when it has at least two words of one language and none of the other.
 */

const DUTCH = new Set([
  'ik', 'je', 'jij', 'jou', 'jouw', 'mijn', 'mij', 'me', 'een', 'het', 'de', 'met', 'van', 'wil', 'wilde', 'graag', 'wanneer', 'hoe', 'wat', 'niet', 'geen',
  'gesprek', 'loopbaangesprek', 'doelen', 'staan', 'moet', 'nog', 'kan', 'kun', 'zou', 'voorbereiden', 'verzet', 'verzetten', 'verplaats', 'annuleer', 'annuleren',
  'ervoor', 'alsjeblieft', 'alstublieft', 'bedankt', 'dank', 'hoi', 'dag', 'goedemorgen', 'volgende', 'na', 'zomer', 'en', 'is', 'ons', 'onze', 'wij', 'we',
  'plannen', 'inplannen', 'leidinggevende', 'ook', 'maar', 'dat', 'dit', 'die', 'er', 'heb', 'hebben', 'welke', 'waar', 'waarom', 'mag', 'voor', 'bij', 'zijn',
]);

const ENGLISH = new Set([
  'i', 'my', 'mine', 'the', 'a', 'an', 'with', 'want', 'would', 'like', 'when', 'how', 'what', 'not', 'dont', 'conversation', 'goals', 'prepare', 'please',
  'thanks', 'thank', 'you', 'your', 'do', 'does', 'need', 'should', 'next', 'can', 'could', 'cancel', 'move', 'schedule', 'after', 'summer', 'and', 'are',
  'our', 'us', 'have', 'has', 'which', 'where', 'why', 'may', 'for', 'to', 'about', 'meeting', 'manager', 'am', 'im', 'id', 'its', 'of', 'this', 'that',
]);

/** Words spelled alike in both languages (Dutch "is", English "is"): they count for neither. */
const BOTH = new Set(['is', 'we', 'me', 'in', 'over', 'plan', 'week', 'pop', 'help', 'ok', 'oke', 'hallo', 'hi', 'meeting', 'manager', 'may', 'die']);

export function writtenLanguage(text: string | undefined): Language | undefined {
  const words = foldName((text ?? '').replace(/['’]/g, '')).split(' ').filter((w) => w && !BOTH.has(w));
  const dutch = words.filter((w) => DUTCH.has(w)).length;
  const english = words.filter((w) => ENGLISH.has(w)).length;
  if (dutch >= 2 && english === 0) return 'nl';
  if (english >= 2 && dutch === 0) return 'en';
  return undefined;
}
