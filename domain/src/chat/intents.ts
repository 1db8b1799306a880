import { damerauLevenshtein, foldName, typoTolerance } from '../nameMatch';
import { findTimeHint, MONTH_WORDS, TIME_WORDS, type TimeHint } from './timeHint';

/**
 * What someone asks Koers in chat, in Dutch (as said in the Netherlands and in Flanders) or
 * English: a small grammar over the message's words, no language model, nothing leaves the
 * tenant. Words are folded (case, accents, apostrophes) and a typo in a keyword is forgiven as in
 * a name (nameMatch.ts); names are taken from the message as typed.
 *
 * Cancelling and moving are never taken on a guess: a negation near the verb ("niet annuleren",
 * "annuleer het niet", "don't cancel") reads as "leave it as it is", and the bot asks for a
 * confirmation before it changes anything.
 */
export type ChatIntent =
  | { kind: 'help' }
  /** Someone would like a conversation ("ik wil een loopbaangesprek", "kan ik een gesprek met Linda plannen"); `name` as typed, '' when none. */
  | { kind: 'ask'; name: string; hint?: TimeHint }
  /** A manager's "plan een gesprek met Sanne (in januari)"; `name` '' when not said. */
  | { kind: 'plan'; name: string; hint?: TimeHint }
  | { kind: 'move'; name: string; hint?: TimeHint }
  | { kind: 'cancel'; name: string }
  /** A cancel or move with a negation: nothing is to change. */
  | { kind: 'keep' }
  | { kind: 'when' }
  | { kind: 'prepare' }
  /** The goals and POP: one's own (no `name`), or a report's ('' when "pop van" names nobody yet). */
  | { kind: 'goals'; name?: string }
  | { kind: 'unknown' };

export type IntentKind = ChatIntent['kind'];

/** The intents the "not understood" answer may offer as buttons. */
export type SuggestedIntent = 'ask' | 'plan' | 'when' | 'prepare' | 'goals' | 'move' | 'help';

// The keywords of each idea, folded. Alternatives of several words are written with single spaces.
const CONVERSATION = [
  'loopbaangesprek', 'loopbaangesprekje', 'loopbaan gesprek', 'ontwikkelgesprek', 'ontwikkelingsgesprek', 'carrieregesprek', 'carriere gesprek',
  'popgesprek', 'pop gesprek', 'gesprek', 'gesprekje', 'afspraak', 'afspraakje', 'samenzitten', 'babbel', 'babbeltje',
  'career conversation', 'career talk', 'career chat', 'career meeting', 'conversation', 'meeting', 'talk', 'chat', 'appointment',
  'one on one', '1 on 1', '1on1', '1 1',
];
const PLAN = ['plan', 'plannen', 'inplannen', 'plan in', 'boek', 'boeken', 'inboeken', 'schedule', 'book', 'organiseer', 'organiseren', 'organise', 'organize', 'regel', 'regelen', 'arrange', 'set up', 'vastleggen', 'leg vast', 'maak', 'maken', 'inroosteren', 'zet'];
const WANT = [
  'ik wil', 'ik wilde', 'ik zou', 'ik wou', 'ik had graag', 'ik heb graag', 'graag', 'kan ik', 'kun ik', 'mag ik', 'kunnen we', 'kunnen wij', 'zullen we',
  'ik zoek', 'aanvragen', 'aanvraag', 'ask for', 'ask', 'i want', 'i wanna', 'id like', 'i would like', 'would like', 'can i', 'could i', 'may i', 'can we', 'could we',
  'shall we', 'i need', 'request', 'i d like', 'i am looking for', 'im looking for',
];
const MOVE = [
  'verzet', 'verzetten', 'verplaats', 'verplaatsen', 'verschuif', 'verschuiven', 'verleg', 'verleggen', 'uitstellen', 'omboeken', 'omzetten',
  'ander moment', 'andere tijd', 'ander tijdstip', 'andere dag', 'reschedule', 'move', 'postpone', 'push back', 'another time', 'different time', 'other time', 'another day',
];
const CANCEL = ['annuleer', 'annuleren', 'annuleert', 'afzeggen', 'afgelasten', 'afbellen', 'cancel', 'cancelen', 'cancellen', 'call off'];
/** Verbs that cancel only when said of a conversation ("schrap het gesprek"; "delete" alone may mean anything). */
const CANCEL_OF_CONVERSATION = ['schrap', 'schrappen', 'delete', 'verwijder', 'verwijderen'];
const NEGATION = ['niet', 'geen', 'nooit', 'not', 'dont', 'never', 'no', 'nee', 'doesnt', 'wont', 'do not', 'hoeft', 'neither'];
const WHEN = ['wanneer', 'hoe laat', 'welke dag', 'welke datum', 'op welke', 'when', 'what time', 'what day', 'which day', 'datum', 'date', 'gepland', 'ingepland', 'planned', 'scheduled', 'staat', 'coming up'];
const PREPARE = [
  'voorbereiden', 'voorbereiding', 'voorbereidingen', 'voorbereidingsvragen', 'voorbereid', 'prepare', 'preparing', 'preparation', 'prep', 'huiswerk', 'homework', 'vragenlijst', 'questionnaire', 'invullen', 'fill in', 'fill out',
];
const GOALS = ['doelen', 'doel', 'doelstelling', 'doelstellingen', 'goals', 'goal', 'objectives', 'pop', 'ontwikkelplan', 'ontwikkelingsplan', 'development plan', 'voortgang', 'progress', 'afspraken', 'agreements'];
const HELP_ALONE = ['help', 'hulp', 'helpen', 'menu', 'commands', 'commando', 'commandos', 'opties', 'options', 'info', 'uitleg', 'hallo', 'hoi', 'hi', 'hello', 'hey', 'dag', 'goedemorgen', 'goeiemorgen', 'good morning'];
const HELP = [
  'wat kan je', 'wat kan jij', 'wat kun je', 'wat kun jij', 'wat kunt u', 'wat kan u', 'wat doe je', 'wat doe jij', 'wat kan koers', 'wat doet koers', 'hoe werkt dit', 'hoe werkt het', 'hoe werkt koers',
  'what can you do', 'what can you', 'what do you do', 'what can koers', 'how does this work', 'how does it work', 'how does koers work', 'help me', 'ik snap het niet', 'i m lost', 'im lost', 'wie ben je', 'who are you',
];
/** "… met mijn leidinggevende": no name, the person's own manager. */
const MANAGER_WORDS = ['leidinggevende', 'manager', 'baas', 'boss', 'chef', 'teamleider', 'teamleader', 'coach', 'leidinggevende'];

/** Words that end a name ("… met Sanne in januari", "… met Linda plannen aub"). */
const AFTER_NAME = new Set([
  'in', 'op', 'om', 'na', 'voor', 'tegen', 'rond', 'after', 'before', 'on', 'at', 'around', 'volgende', 'komende', 'next', 'deze', 'this', 'over', 'within', 'binnen', 'begin', 'eind', 'einde', 'early', 'late', 'mid', 'medio',
  'plan', 'plannen', 'inplannen', 'boeken', 'inboeken', 'hebben', 'houden', 'voeren', 'maken', 'zetten', 'have', 'please', 'aub', 'graag', 'alsjeblieft', 'alstublieft', 'even', 'eens', 'nog', 'ervoor', 'er', 'zien', 'bekijken',
  'show', 'see', 'doing', 'naar', 'to', 'until', 'tot', 'verzetten', 'verplaatsen', 'annuleren', 'afzeggen', 'ajb', 'svp', 'thanks', 'bedankt', 'dank', 'thx', 'about', 'over', 'is', 'zijn', 'staan', 'staat', 'are', 'going', 'gaan', 'gaat', 'door', 'doen', 'af', 'uit',
]);
const BEFORE_NAME = new Set(['met', 'with', 'voor', 'for', 'bij']);
const OWNER_BEFORE_NAME = new Set(['van', 'of']);
const NAME_ARTICLES = new Set(['mijn', 'my', 'de', 'het', 'the', 'je', 'jouw', 'your', 'onze', 'our', 'mevrouw', 'meneer', 'mevr', 'dhr', 'mr', 'mrs', 'ms']);

/** Common short words that a typo rule must never turn into a keyword ("maar" is not "maart"). */
const NEVER_CORRECTED = new Set(['doen', 'does', 'done', 'doet', 'deel', 'goes', 'gaan', 'werk', 'hier', 'heel', 'wens', 'hebt', 'heb', 'door', 'hoor', 'goed', 'gaat', 'gaan', 'weet', 'data', 'want', 'what', 'that', 'then', 'them', 'they', 'mail', 'maak', 'make', 'tijd', 'time', 'take', 'fine', 'dank', 'mine', 'more', 'over', 'maar', 'waar', 'naar', 'meer', 'weer', 'wanneer', 'mogen', 'moeten', 'zullen', 'kunnen', 'hebben', 'thanks', 'ervoor', 'voortaan', 'please', 'where', 'would', 'could', 'should', 'there', 'their', 'about', 'after', 'before', 'staan', 'gaan', 'komen', 'plannen', 'eerst', 'graag', 'heeft', 'zeker', 'klaar']);

/** Each single keyword with the idea it belongs to: a typo close to two keywords of one idea is still that idea. */
function singleWords(lists: readonly (readonly string[])[]): Map<string, number> {
  const concepts = new Map<string, number>();
  lists.forEach((list, concept) => list.filter((w) => !w.includes(' ') && w.length >= 4).forEach((w) => concepts.set(w, concepts.get(w) ?? concept)));
  return concepts;
}

const CONCEPT_OF = singleWords([CONVERSATION, PLAN, MOVE, CANCEL, CANCEL_OF_CONVERSATION, WHEN, PREPARE, GOALS, HELP_ALONE, MANAGER_WORDS, MONTH_WORDS, TIME_WORDS]);
const VOCABULARY = [...CONCEPT_OF.keys()];
const KNOWN = new Set(VOCABULARY);

/** The nearest keyword within the typo tolerance of the word's length; the word itself when none or several are as near. */
function corrected(word: string): string {
  if (word.length < 4 || KNOWN.has(word) || NEVER_CORRECTED.has(word) || /\d/.test(word)) return word;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const keyword of VOCABULARY) {
    if (Math.abs(keyword.length - word.length) > 2) continue;
    const distance = damerauLevenshtein(word, keyword);
    if (distance > typoTolerance(Math.min(word.length, keyword.length))) continue;
    if (distance < bestDistance) {
      best = keyword;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance && best !== undefined && CONCEPT_OF.get(keyword) !== CONCEPT_OF.get(best)) tie = true;
  }
  return best && !tie ? best : word;
}

interface Token {
  /** As typed. */
  start: number;
  end: number;
  /** Folded and typo-corrected. */
  word: string;
  /** Where the word starts in the folded sentence. */
  at: number;
}

function tokenise(raw: string): { tokens: Token[]; sentence: string } {
  const tokens: Token[] = [];
  let sentence = '';
  for (const match of raw.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    // "don't" → "dont", "I'd" → "id": one word, as people type it without the apostrophe too.
    const word = corrected(foldName(match[0].replace(/['’]/g, '')));
    if (!word) continue;
    if (sentence) sentence += ' ';
    tokens.push({ start: match.index, end: match.index + match[0].length, word, at: sentence.length });
    sentence += word;
  }
  return { tokens, sentence };
}

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

function wordsRegex(words: readonly string[]): RegExp {
  return new RegExp(`(?:^| )(?:${alternation(words)})(?= |$)`);
}

const RE = {
  conversation: wordsRegex(CONVERSATION),
  plan: wordsRegex(PLAN),
  want: wordsRegex(WANT),
  move: wordsRegex(MOVE),
  cancel: wordsRegex(CANCEL),
  cancelOfConversation: wordsRegex(CANCEL_OF_CONVERSATION),
  when: wordsRegex(WHEN),
  prepare: wordsRegex(PREPARE),
  goals: wordsRegex(GOALS),
  helpAlone: new RegExp(`^(?:${alternation(HELP_ALONE)})(?: (?:koers|me|mij|please|aub|graag))?$`),
  help: wordsRegex(HELP),
  negation: wordsRegex(NEGATION),
  // Separable verbs: "bereid ik me voor", "zeg het af", "stel het uit", "zet … in de agenda".
  prepareSplit: /(?:^| )bereid(?: [a-z]+){0,4} voor(?= |$)/,
  /** "wat moet ik nog doen voor mijn gesprek", "what do I need to do before the meeting". */
  todoBefore: /(?:^| )(?:wat moet ik|moet ik|what do i|what should i|do i need to|do i have to)(?: [a-z]+){0,3} (?:doen|do|regelen|weten|know)(?: [a-z]+){0,2} (?:voor|before|voordat)(?= |$)/,
  cancelSplit: /(?:^| )(?:zeg|gelast)(?: [a-z0-9]+){0,4} af(?= |$)/,
  moveSplit: /(?:^| )stel(?: [a-z0-9]+){0,4} uit(?= |$)/,
  callOff: /(?:^| )call(?: [a-z]+){0,3} off(?= |$)/,
  shortWish: new RegExp(
    `^(?:(?:graag|nog|een|a|an|new|nieuw|nieuwe|another) )*(?:${alternation(CONVERSATION)})(?: (?:met|with|voor|for|bij) [a-z ]{1,40}?)?(?: (?:aub|please|graag|alsjeblieft|alstublieft|svp|ajb))?$`,
  ),
  /** "ik heb een gesprek nodig", "vraag een gesprek aan": a wish in a separable verb. */
  wantSplit: /(?:^| )(?:ik heb(?: [a-z0-9]+){0,4} nodig|vraag(?: [a-z0-9]+){0,4} aan)(?= |$)/,
  calendarPut: /(?:^| )zet(?: [a-z0-9]+){0,6} in (?:de |mijn |onze )?agenda(?= |$)/,
  whatIs: /^(?:wat is|wat zijn|wat betekent|what is|whats|what s|what are) (?:een|a|an) /,
  nextMine: /(?:^| )(?:mijn|my|ons|our)(?: [a-z]+)? (?:volgende|eerstvolgende|next|upcoming)(?= |$)|(?:^| )(?:mijn|my|ons|our) (?:volgende|eerstvolgende|next|upcoming)/,
  /** "mijn (volgende) gesprek", "my next conversation": the whole message. */
  myConversation: new RegExp(`^(?:mijn|my|ons|our|het|the)(?: (?:volgende|eerstvolgende|next|upcoming))? (?:${alternation(CONVERSATION)})$`),
};

function has(re: RegExp, sentence: string): boolean {
  return re.test(sentence);
}

/** Index of the token at a position of the folded sentence. */
function tokenAt(tokens: readonly Token[], at: number): number {
  return tokens.findIndex((t) => t.at <= at && at < t.at + t.word.length + 1);
}

/**
 * A negation close to the verb of `verb`: "niet annuleren", "annuleer het niet", "annuleer mijn
 * gesprek niet", "don't cancel", "please do not cancel my meeting".
 */
function negatedNear(tokens: readonly Token[], sentence: string, verb: RegExp, window: number): boolean {
  const negations = tokens.flatMap((t, i) => (has(RE.negation, t.word) || (t.word === 'do' && tokens[i + 1]?.word === 'not') ? [i] : []));
  if (negations.length === 0) return false;
  const verbs = tokens.flatMap((t, i) => (has(verb, t.word) ? [i] : []));
  // A verb of several words ("call off"): where its match begins.
  const found = verb.exec(sentence);
  if (found) verbs.push(tokenAt(tokens, found.index === 0 ? 0 : found.index + 1));
  return verbs.some((v) => negations.some((n) => Math.abs(n - v) <= window));
}

/**
 * The name after "met / with / voor / for / bij" (or "van / of" for whose goals), as typed, up to
 * the time hint or a word that cannot be part of it; '' when none is said or it is "my manager".
 */
function nameAfter(raw: string, tokens: readonly Token[], prepositions: ReadonlySet<string>, hintTokens: ReadonlySet<number>): string {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!prepositions.has(token.word)) continue;
    let first = i + 1;
    while (first < tokens.length && NAME_ARTICLES.has((tokens[first] as Token).word) && !hintTokens.has(first)) first++;
    let last = first - 1;
    for (let j = first; j < tokens.length; j++) {
      const next = tokens[j] as Token;
      if (hintTokens.has(j) || AFTER_NAME.has(next.word) || has(RE.conversation, next.word) || has(RE.goals, next.word)) break;
      last = j;
    }
    if (last < first) continue;
    const words = tokens.slice(first, last + 1).map((t) => t.word);
    if (words.some((w) => MANAGER_WORDS.includes(w))) return '';
    return raw.slice((tokens[first] as Token).start, (tokens[last] as Token).end).trim();
  }
  return '';
}

function hintTokensOf(tokens: readonly Token[], found: { index: number; length: number } | undefined): Set<number> {
  const covered = new Set<number>();
  if (!found) return covered;
  tokens.forEach((t, i) => {
    if (t.at >= found.index && t.at < found.index + found.length) covered.add(i);
  });
  return covered;
}

export function parseIntent(text: string | undefined): ChatIntent {
  const raw = (text ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
  if (raw === '?' || raw === '??') return { kind: 'help' };
  const { tokens, sentence } = tokenise(raw);
  if (!sentence) return { kind: 'unknown' };
  if (has(RE.helpAlone, sentence)) return { kind: 'help' };

  const time = findTimeHint(sentence);
  const hintTokens = hintTokensOf(tokens, time);
  const withHint = <T extends object>(intent: T): T & { hint?: TimeHint } => (time ? { ...intent, hint: time.hint } : intent);
  const name = () => nameAfter(raw, tokens, BEFORE_NAME, hintTokens);
  const conversation = has(RE.conversation, sentence) || has(RE.myConversation, sentence);

  // "zeg … af" and "stel … uit" count only with their separable part.
  const cancels = has(RE.cancel, sentence) || has(RE.cancelSplit, sentence) || has(RE.callOff, sentence) || (conversation && has(RE.cancelOfConversation, sentence));
  const moves = has(RE.move, sentence) || has(RE.moveSplit, sentence);
  if (cancels && (conversation || tokens.length <= 6)) {
    // Any negation in a message about cancelling keeps things as they are.
    if (has(RE.negation, sentence) || /(?:^| )do not(?= |$)/.test(sentence)) return { kind: 'keep' };
    return { kind: 'cancel', name: name() };
  }
  if (moves && (conversation || time !== undefined || tokens.length <= 6)) {
    // "stel het gesprek niet uit": the negation sits inside the separable verb.
    if (negatedNear(tokens, sentence, RE.move, 3) || (has(RE.moveSplit, sentence) && has(RE.negation, sentence))) return { kind: 'keep' };
    return withHint({ kind: 'move' as const, name: name() });
  }

  if (has(RE.prepare, sentence) || has(RE.prepareSplit, sentence) || has(RE.todoBefore, sentence)) return { kind: 'prepare' };
  // "wat is een loopbaangesprek?": what Koers is about, which the help says.
  if (has(RE.whatIs, sentence)) return { kind: 'help' };

  if (conversation && (has(RE.when, sentence) || has(RE.myConversation, sentence) || has(RE.nextMine, sentence)) && !has(RE.plan, sentence)) return { kind: 'when' };

  if (conversation) {
    if (has(RE.want, sentence) || has(RE.wantSplit, sentence)) return withHint({ kind: 'ask' as const, name: name() });
    if (has(RE.plan, sentence) || has(RE.calendarPut, sentence)) return withHint({ kind: 'plan' as const, name: name() });
    if (has(RE.when, sentence)) return { kind: 'when' };
    // "een loopbaangesprek met Linda", "loopbaangesprek (in januari) aub": a wish, said short.
    const bare = (time ? sentence.slice(0, time.index) + sentence.slice(time.index + time.length) : sentence).replace(/ +/g, ' ').trim();
    if (has(RE.shortWish, bare)) return withHint({ kind: 'ask' as const, name: name() });
  }

  if (has(RE.goals, sentence)) {
    const owner = nameAfter(raw, tokens, OWNER_BEFORE_NAME, hintTokens);
    const mentionsOwner = tokens.some((t) => OWNER_BEFORE_NAME.has(t.word)) && !/(?:^| )(?:mijn|my)(?= |$)/.test(sentence);
    return owner || mentionsOwner ? { kind: 'goals', name: owner } : { kind: 'goals' };
  }

  if (has(RE.help, sentence)) return { kind: 'help' };
  return { kind: 'unknown' };
}

/** How much each idea is present in a message nobody understood: for the three buttons it gets. */
export function likelyIntents(text: string | undefined): SuggestedIntent[] {
  const { sentence } = tokenise((text ?? '').replace(/\s+/g, ' ').trim());
  const scores: [SuggestedIntent, number][] = [
    ['ask', (has(RE.conversation, sentence) ? 2 : 0) + (has(RE.want, sentence) ? 1 : 0)],
    ['plan', (has(RE.conversation, sentence) ? 1 : 0) + (has(RE.plan, sentence) ? 2 : 0) + (findTimeHint(sentence) ? 1 : 0)],
    ['when', (has(RE.when, sentence) ? 2 : 0) + (has(RE.conversation, sentence) ? 1 : 0)],
    ['prepare', has(RE.prepare, sentence) ? 3 : 0],
    ['goals', has(RE.goals, sentence) ? 3 : 0],
    ['move', has(RE.move, sentence) || has(RE.cancel, sentence) ? 2 : 0],
    ['help', 0],
  ];
  return scores
    .filter(([, score]) => score > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([intent]) => intent);
}
