import { damerauLevenshtein, foldName, matchName, nameKeys, typoTolerance } from './nameMatch';

const lindasTeam = [
  { id: 'sanne', displayName: 'Sanne Bakker' },
  { id: 'kees', displayName: 'Kees Jansen' },
  { id: 'daan', displayName: 'Daan Mulder' },
];
const jeroensTeam = [
  { id: 'fatima', displayName: 'Fatima El Amrani' },
  { id: 'linda', displayName: 'Linda de Wit' },
  { id: 'ahmed', displayName: 'Ahmed Yilmaz' },
  { id: 'noor', displayName: 'Noor Visser' },
];
const twoSannes = [...lindasTeam, { id: 'sanne2', displayName: 'Sanne de Vries' }, { id: 'rene', displayName: 'René Çelik' }];

function ids(people: { id: string }[]): string[] {
  return people.map((p) => p.id);
}

describe('folding a name for comparison', () => {
  it.each([
    ['Sanne Bakker', 'sanne bakker'],
    ['  RENÉ   Çelik ', 'rene celik'],
    ["d'Hondt", 'd hondt'],
    ['Visser-Jansen', 'visser jansen'],
    ['Zoë', 'zoe'],
  ])('folds %p to %p', (name, folded) => expect(foldName(name)).toBe(folded));

  it('knows a surname with and without its tussenvoegsel', () => {
    expect(nameKeys('Linda de Wit')).toEqual(expect.arrayContaining(['linda de wit', 'linda', 'de wit', 'wit', 'linda wit']));
  });
});

describe('counting typos', () => {
  it.each([
    ['sanne', 'sanne', 0],
    ['sane', 'sanne', 1],
    ['snane', 'sanne', 1],
    ['kees', 'kes', 1],
    ['linda', 'lidna', 1],
    ['', 'daan', 4],
    ['ahmed', 'achmed', 1],
  ])('%p to %p costs %p', (a, b, expected) => expect(damerauLevenshtein(a, b)).toBe(expected));

  it('forgives more typos in longer names, none in very short ones', () => {
    expect([3, 4, 7, 8, 15].map(typoTolerance)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('finding the person a manager means', () => {
  it.each([
    ['Sanne', 'sanne'],
    ['sanne bakker', 'sanne'],
    ['SANNE', 'sanne'],
    ['Sane', 'sanne'],
    ['Snane', 'sanne'],
    ['Bakker', 'sanne'],
    ['daan mulder', 'daan'],
    ['San', 'sanne'],
  ])('in Linda\'s team, %p means %p', (typed, expected) => {
    expect(matchName(typed, lindasTeam)).toMatchObject({ kind: 'one', person: { id: expected } });
  });

  it.each([
    ['Linda', 'linda'],
    ['de Wit', 'linda'],
    ['Wit', 'linda'],
    ['linda wit', 'linda'],
    ['Lidna de Wit', 'linda'],
    ['fatima el amrani', 'fatima'],
    ['Amrani', 'fatima'],
    ['Fatíma', 'fatima'],
    ['Achmed', 'ahmed'],
    ['noor', 'noor'],
  ])('in Jeroen\'s team, %p means %p', (typed, expected) => {
    expect(matchName(typed, jeroensTeam)).toMatchObject({ kind: 'one', person: { id: expected } });
  });

  it('asks which Sanne when two people share the first name', () => {
    const result = matchName('Sanne', twoSannes);
    expect(result.kind).toBe('ambiguous');
    expect(result.kind === 'ambiguous' && ids(result.candidates)).toEqual(['sanne', 'sanne2']);
  });

  it('needs no question when the surname tells two Sannes apart', () => {
    expect(matchName('Sanne B', twoSannes)).toMatchObject({ kind: 'one', person: { id: 'sanne' } });
    expect(matchName('sanne de vries', twoSannes)).toMatchObject({ kind: 'one', person: { id: 'sanne2' } });
  });

  it('matches René when typed without the accent, and Çelik as Celik', () => {
    expect(matchName('rene', twoSannes)).toMatchObject({ kind: 'one', person: { id: 'rene' } });
    expect(matchName('celik', twoSannes)).toMatchObject({ kind: 'one', person: { id: 'rene' } });
  });

  it('does not guess a short name from a typo', () => {
    const result = matchName('Kes', lindasTeam);
    expect(result.kind).toBe('none');
    expect(result.kind === 'none' && result.suggestions[0]?.id).toBe('kees');
  });

  it('suggests the three closest colleagues for a name nobody has', () => {
    const result = matchName('Piet', jeroensTeam);
    expect(result.kind).toBe('none');
    expect(result.kind === 'none' && result.suggestions).toHaveLength(3);
  });

  it('says nobody for someone outside the list, even with the exact name', () => {
    expect(matchName('Sanne Bakker', jeroensTeam).kind).toBe('none');
  });

  it('suggests nobody for an empty name or an empty team', () => {
    expect(matchName('  ', lindasTeam)).toEqual({ kind: 'none', suggestions: [] });
    expect(matchName('Sanne', [])).toEqual({ kind: 'none', suggestions: [] });
  });
});
