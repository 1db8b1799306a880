import { likelyIntents, parseIntent, type ChatIntent } from './intents';

/**
 * Real phrasings, as employees and managers in the Netherlands and Flanders type them in Teams
 * (typos included), and as English-speaking colleagues do. Each intent has its negative list:
 * sentences that look alike but must not trigger it.
 */

const kind = (text: string) => parseIntent(text).kind;

describe('asking for a conversation', () => {
  const dutch = [
    'ik wil een loopbaangesprek',
    'Ik wil een gesprek',
    'ik zou graag een loopbaangesprek hebben',
    'Mag ik een gesprek aanvragen?',
    'kan ik een gesprek met Linda plannen',
    'ik wil graag een loopbaangesprek met mijn leidinggevende',
    'ik wil een loopbaangesprk', // typo
    'Ik zou eens willen samenzitten voor een loopbaangesprek', // Flemish
    'kunnen we eens een gesprekje inplannen?',
    'ik heb een loopbaangesprek nodig',
    'vraag een loopbaangesprek aan',
    'aanvraag loopbaangesprek',
    'graag een ontwikkelgesprek na de zomer',
    'een loopbaangesprek aub',
  ];
  const english = [
    "I'd like a career conversation",
    'I want a conversation with my manager',
    'can I have a career conversation',
    'could I schedule a talk with Linda?',
    'I would like to have a career talk',
    'i need a career conversation',
    'Can we have a 1:1 about my career conversation?',
    'id like a carreer conversation', // typo
    'may I request a career conversation in January',
    'I want a meeting with my boss',
    "I'm looking for a career chat",
    'ask for a career conversation',
  ];
  it.each([...dutch, ...english])('reads %p as asking for a conversation', (text) => {
    expect(kind(text)).toBe('ask');
  });

  it('keeps the name as typed and the time hint', () => {
    expect(parseIntent('kan ik een gesprek met Linda de Wit plannen')).toEqual({ kind: 'ask', name: 'Linda de Wit' });
    expect(parseIntent('ik wil een loopbaangesprek met mijn leidinggevende')).toEqual({ kind: 'ask', name: '' });
    expect(parseIntent('Ik wil een gesprek in januari')).toEqual({ kind: 'ask', name: '', hint: { kind: 'month', month: 1 } });
  });

  it.each([
    'wanneer is mijn gesprek',
    'annuleer mijn gesprek',
    'ik wil mijn doelen zien',
    'ik wil hulp',
    'plan iets leuks',
    'I want to see my goals',
    'what is a career conversation',
    'ik heb een vraag over mijn loopbaangesprek',
    'ik heb mijn gesprek gehad',
  ])(
    'does not read %p as asking for a conversation',
    (text) => {
      expect(kind(text)).not.toBe('ask');
    },
  );
});

describe('planning a conversation, with or without a time hint', () => {
  it.each<[string, ChatIntent]>([
    ['plan een loopbaangesprek met Sanne', { kind: 'plan', name: 'Sanne' }],
    ['plan een gesprek met Sanne in januari', { kind: 'plan', name: 'Sanne', hint: { kind: 'month', month: 1 } }],
    ['Plan een gesprek met Sanne volgende week', { kind: 'plan', name: 'Sanne', hint: { kind: 'next-week' } }],
    ['plan een gesprek met Sanne na de zomer', { kind: 'plan', name: 'Sanne', hint: { kind: 'after-summer' } }],
    ['plan een loopbaangesprek in met Sanne Bakker na het zomerverlof', { kind: 'plan', name: 'Sanne Bakker', hint: { kind: 'after-summer' } }],
    ['boek een gesprek met Linda de Wit over drie weken', { kind: 'plan', name: 'Linda de Wit', hint: { kind: 'in-weeks', weeks: 3 } }],
    ['inplannen: loopbaangesprek met An in maart', { kind: 'plan', name: 'An', hint: { kind: 'month', month: 3 } }],
    ['zet een loopbaangesprek met Noor in de agenda', { kind: 'plan', name: 'Noor' }],
    ['plan gesprek met Sane begin februari', { kind: 'plan', name: 'Sane', hint: { kind: 'month', month: 2 } }],
    ['plan een loopbaangesprek met Jan', { kind: 'plan', name: 'Jan' }],
    ['plann een loopbaangesprek met Sanne komende maand', { kind: 'plan', name: 'Sanne', hint: { kind: 'next-month' } }],
    ['plan a career conversation with Sanne', { kind: 'plan', name: 'Sanne' }],
    ['schedule a conversation with Sanne next week', { kind: 'plan', name: 'Sanne', hint: { kind: 'next-week' } }],
    ['book a career conversation with Kees Jansen in January', { kind: 'plan', name: 'Kees Jansen', hint: { kind: 'month', month: 1 } }],
    ['Plan career conversation with Sanne after the summer please', { kind: 'plan', name: 'Sanne', hint: { kind: 'after-summer' } }],
    ['schedule a career conversation for Daan in two weeks', { kind: 'plan', name: 'Daan', hint: { kind: 'in-weeks', weeks: 2 } }],
    ['set up a meeting with Noor next month', { kind: 'plan', name: 'Noor', hint: { kind: 'next-month' } }],
    ['arrange a career talk with Ahmed before the summer', { kind: 'plan', name: 'Ahmed', hint: { kind: 'before-summer' } }],
    ['organise a conversation with Sanne in the autumn', { kind: 'plan', name: 'Sanne', hint: { kind: 'autumn' } }],
    ['schedual a career conversation with Sanne', { kind: 'plan', name: 'Sanne' }],
    ['book a conversation with Kees Jansen?', { kind: 'plan', name: 'Kees Jansen' }],
  ])('reads %p', (text, intent) => {
    expect(parseIntent(text)).toEqual(intent);
  });

  it.each(['plan een loopbaangesprek', 'plan a career conversation', 'boek gesprek', 'plan een loopbaangesprek met'])('reads %p as planning with nobody named yet', (text) => {
    expect(parseIntent(text)).toEqual({ kind: 'plan', name: '' });
  });

  it.each(['plan iets leuks', 'plannen', 'met Sanne', 'planning met Sanne', 'wanneer is mijn gesprek gepland', 'verplaats het gesprek met Sanne', 'plan my holiday', 'Jan is ziek'])(
    'does not read %p as planning',
    (text) => {
      expect(kind(text)).not.toBe('plan');
    },
  );
});

describe('moving a conversation', () => {
  const phrasings = [
    'verzet mijn gesprek',
    'Verplaats mijn loopbaangesprek',
    'kan mijn gesprek verzet worden?',
    'verzet het gesprek met Sanne naar volgende week',
    'ik wil mijn gesprek verplaatsen',
    'kunnen we het gesprek verschuiven?', // Flemish
    'stel het gesprek met Sanne uit',
    'mijn gesprek moet naar een ander moment',
    'verzett mijn gesprek', // typo
    'verleg het loopbaangesprek naar na de zomer',
    'reschedule my conversation',
    'move my career conversation to next week',
    'can we move the meeting with Sanne',
    'please postpone my conversation',
    'I need another time for my conversation',
    'reschedual my meeting', // typo
    'push back the career conversation with Noor',
    'move my conversation',
    'can my talk be moved to another day',
    'postpone the conversation with Sanne until after the summer',
  ];
  it.each(phrasings)('reads %p as moving a conversation', (text) => {
    expect(kind(text)).toBe('move');
  });

  it('keeps whose conversation and when to', () => {
    expect(parseIntent('verzet het gesprek met Sanne naar volgende week')).toEqual({ kind: 'move', name: 'Sanne', hint: { kind: 'next-week' } });
  });

  it.each(["don't move my conversation", 'verzet mijn gesprek niet', 'niet verplaatsen', 'please do not reschedule my meeting', 'stel het gesprek niet uit', 'I do not want to postpone my conversation'])('reads the negation %p as keeping it as it is', (text) => {
    expect(kind(text)).toBe('keep');
  });

  it.each(['wanneer is mijn gesprek', 'plan een gesprek met Sanne', 'ik wil een loopbaangesprek', 'how are my goals doing'])('does not read %p as moving', (text) => {
    expect(kind(text)).not.toBe('move');
  });
});

describe('cancelling a conversation', () => {
  const phrasings = [
    'annuleer mijn gesprek',
    'Annuleer het loopbaangesprek met Sanne',
    'ik wil mijn gesprek annuleren',
    'zeg mijn gesprek af',
    'kun je het gesprek met Sanne afzeggen?',
    'het gesprek mag geschrapt worden, schrap het gesprek',
    'annuleeer mijn loopbaangesprek', // typo
    'afgelasten: gesprek met Noor',
    'annuleren',
    'mijn gesprek annuleren aub',
    'cancel my conversation',
    'Cancel the career conversation with Sanne',
    'please cancel my meeting',
    'I want to cancel my career talk',
    'call off my conversation with Noor',
    'cancle my conversation', // typo
    'can you cancel the meeting with Ahmed',
    'cancel it',
    'cancel',
    'delete my conversation',
  ];
  it.each(phrasings)('reads %p as cancelling a conversation', (text) => {
    expect(kind(text)).toBe('cancel');
  });

  it('keeps whose conversation', () => {
    expect(parseIntent('Annuleer het loopbaangesprek met Sanne Bakker')).toEqual({ kind: 'cancel', name: 'Sanne Bakker' });
  });

  it.each([
    'niet annuleren',
    'annuleer het niet',
    'annuleer mijn gesprek niet',
    'Nee, niet annuleren!',
    'ik wil mijn gesprek niet annuleren',
    'zeg het gesprek niet af',
    "don't cancel",
    'do not cancel my conversation',
    'please dont cancel the meeting',
    'never cancel my career conversation',
    'geen annulering, annuleer niks',
  ])('never reads the negation %p as cancelling', (text) => {
    expect(kind(text)).not.toBe('cancel');
    expect(kind(text)).toBe('keep');
  });

  it.each(['wanneer is mijn gesprek', 'plan een gesprek met Sanne', 'verzet mijn gesprek', 'how are my goals doing', 'zeg eens wat je kunt'])('does not read %p as cancelling', (text) => {
    expect(kind(text)).not.toBe('cancel');
  });
});

describe('asking when one\'s conversation is', () => {
  const phrasings = [
    'wanneer is mijn gesprek',
    'Wanneer is mijn loopbaangesprek?',
    'wanneer gaat mijn gesprek door', // Flemish
    'hoe laat is mijn gesprek',
    'op welke dag is het gesprek met Linda',
    'is mijn gesprek al gepland?',
    'wanner is mijn loopbaangesprek', // typo
    'wanneer heb ik mijn loopbaangesprek',
    'mijn volgende gesprek',
    'staat mijn gesprek al ingepland?',
    'when is my conversation',
    'When is my career conversation?',
    'what time is my meeting with Linda',
    'which day is my career talk',
    'is my conversation scheduled yet',
    'when is my next meeting',
    'my next conversation',
    'whne is my conversation', // typo
    'when do I have my career conversation',
    'is my career conversation planned?',
  ];
  it.each(phrasings)('reads %p as asking when', (text) => {
    expect(kind(text)).toBe('when');
  });

  it.each(['plan een gesprek met Sanne', 'ik wil een gesprek', 'wanneer moeten mijn doelen af', 'when are my goals due', 'verzet mijn gesprek naar volgende week'])('does not read %p as asking when', (text) => {
    expect(kind(text)).not.toBe('when');
  });
});

describe('asking what to prepare', () => {
  const phrasings = [
    'wat moet ik nog voorbereiden',
    'Voorbereiden.',
    'voorbereiden',
    'mijn voorbereiding',
    'hoe bereid ik me voor op mijn gesprek?',
    'waar vind ik de voorbereidingsvragen',
    'wat moet ik nog invullen',
    'wat moet ik doen voor mijn loopbaangesprek',
    'voorbereidng', // typo
    'heb ik nog huiswerk voor het gesprek?',
    'prepare',
    'what do I need to prepare',
    'What should I prepare for my career conversation?',
    'my preparation',
    'where are the preparation questions',
    'how do I prepare',
    'what do I need to do before my conversation',
    'is there a questionnaire to fill in',
    'perpare', // typo
    'show me my prep',
  ];
  it.each(phrasings)('reads %p as asking what to prepare', (text) => {
    expect(kind(text)).toBe('prepare');
  });

  it.each(['wanneer is mijn gesprek', 'mijn pop', 'plan een gesprek met Sanne', 'my goals', 'cancel my conversation'])('does not read %p as preparing', (text) => {
    expect(kind(text)).not.toBe('prepare');
  });
});

describe("asking how one's goals are doing", () => {
  const phrasings = [
    'hoe staan mijn doelen ervoor',
    'mijn pop',
    'Mijn POP',
    'pop?',
    'mijn doelen',
    'hoe staat het met mijn doelstellingen?', // Flemish
    'wat is de voortgang van mijn doelen',
    'laat mijn ontwikkelplan zien',
    'mijn gemaakte afspraken',
    'hoe staan mijn doeln ervoor', // typo
    'my pop',
    'how are my goals doing',
    'my goals',
    'show my development plan',
    'what is the progress on my goals',
    'How am I doing on my goals?',
    'my agreements',
    'where is my POP',
    'my goasl', // typo
    'goals',
  ];
  it.each(phrasings)('reads %p as one\'s own goals', (text) => {
    expect(parseIntent(text)).toEqual({ kind: 'goals' });
  });

  it.each([
    ['pop van Sanne', 'Sanne'],
    ['POP van Sanne Bakker', 'Sanne Bakker'],
    ['de pop van Linda de Wit.', 'Linda de Wit'],
    ['toon de pop van Sane', 'Sane'],
    ['laat de pop van Kees zien', 'Kees'],
    ['hoe staan de doelen van Sanne ervoor', 'Sanne'],
    ['show the pop of Daan please', 'Daan'],
    ['development plan of Noor', 'Noor'],
    ['goals of Ahmed', 'Ahmed'],
  ])('reads %p as the goals of %p', (text, name) => {
    expect(parseIntent(text)).toEqual({ kind: 'goals', name });
  });

  it.each(['pop van', 'the pop of'])("reads %p as someone's goals without naming them yet", (text) => {
    expect(parseIntent(text)).toEqual({ kind: 'goals', name: '' });
  });

  it.each(['ik wil een gesprek over mijn doelen', 'wanneer is mijn gesprek', 'help', 'plan een gesprek met Sanne'])('does not read %p as the goals', (text) => {
    expect(kind(text)).not.toBe('goals');
  });
});

describe('asking for help', () => {
  const dutch = ['hulp', '  HULP  ', 'wat kan je allemaal?', 'wat kun jij', 'hoe werkt dit', 'hallo', 'hoi Koers', 'wat is een loopbaangesprek', 'wat doe jij eigenlijk', 'hoe werkt Koers?', 'uitleg', 'hlup'];
  const english = ['help', 'Help!', '?', 'help me', 'what can you do', 'how does this work', 'hello', 'what is a career conversation', 'who are you', 'hepl', 'options', 'commands', 'what do you do', 'menu'];
  it.each([...dutch, ...english])('reads %p as a question for help', (text) => {
    expect(kind(text)).toBe('help');
  });

  it.each(['help me plan a conversation with Sanne', 'ik heb hulp nodig bij mijn voorbereiding', 'hoe staan mijn doelen ervoor'])('does not read %p as only help', (text) => {
    expect(kind(text)).not.toBe('help');
  });
});

describe('what it does not understand', () => {
  it.each(['plan iets leuks', 'plannen', '', 'met Sanne', 'planning met Sanne', 'het weer is mooi', 'lunch?', 'asdfgh', 'Jan is ziek'])('does not guess at %p', (text) => {
    expect(kind(text)).toBe('unknown');
  });

  it('understands nothing at all as nothing', () => {
    expect(parseIntent(undefined)).toEqual({ kind: 'unknown' });
  });

  it('ranks the likely intents of a half-understood message first', () => {
    expect(likelyIntents('gesprek?? hoe dan')[0]).toBe('ask');
    expect(likelyIntents('planning')).toEqual([]);
  });
});
