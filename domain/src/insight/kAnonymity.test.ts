import { discloseGroups, isShown, type CountedGroup } from './kAnonymity';

const cellOf = (groups: ReturnType<typeof discloseGroups>, id: string, attribute: string) => groups.find((g) => g.id === id)?.cells[attribute];

describe('k-anonymity of insight figures', () => {
  it('shows neither half of a department of 7 split into 4 and 3', () => {
    const groups: CountedGroup[] = [
      { id: 'org', parentId: null, size: 40, counts: { a: 20 } },
      { id: 'dept', parentId: 'org', size: 7, counts: { a: 3 } },
      { id: 'four', parentId: 'dept', size: 4, counts: { a: 2 } },
      { id: 'three', parentId: 'dept', size: 3, counts: { a: 1 } },
    ];
    const disclosed = discloseGroups(groups, ['a']);
    expect(cellOf(disclosed, 'four', 'a')).toEqual({ hidden: 'groep-te-klein' });
    expect(cellOf(disclosed, 'three', 'a')).toEqual({ hidden: 'groep-te-klein' });
  });

  it('hides a group whose parent holds fewer than 5 others, saying so', () => {
    const groups: CountedGroup[] = [
      { id: 'org', parentId: null, size: 30, counts: { a: 10 } },
      { id: 'big', parentId: 'org', size: 27, counts: { a: 9 } },
      { id: 'small', parentId: 'org', size: 3, counts: { a: 1 } },
    ];
    expect(cellOf(discloseGroups(groups, ['a']), 'big', 'a')).toEqual({ hidden: 'rest-te-klein' });
  });

  it('does not show "5 of 5 want mobiliteit"', () => {
    const groups: CountedGroup[] = [
      { id: 'org', parentId: null, size: 25, counts: { mobiliteit: 12 } },
      { id: 'team', parentId: 'org', size: 5, counts: { mobiliteit: 5 } },
      { id: 'rest', parentId: 'org', size: 20, counts: { mobiliteit: 7 } },
    ];
    const disclosed = discloseGroups(groups, ['mobiliteit']);
    expect(cellOf(disclosed, 'team', 'mobiliteit')).toEqual({ hidden: 'herleidbaar' });
    // The rest shown beside the organisation would give the team's figure by subtraction.
    expect(isShown(cellOf(disclosed, 'rest', 'mobiliteit') ?? { hidden: 'herleidbaar' }) && isShown(cellOf(disclosed, 'org', 'mobiliteit') ?? { hidden: 'herleidbaar' })).toBe(false);
  });

  it('shows the figures of groups large enough in both directions', () => {
    const groups: CountedGroup[] = [
      { id: 'org', parentId: null, size: 40, counts: { a: 20 } },
      { id: 'x', parentId: 'org', size: 20, counts: { a: 10 } },
      { id: 'y', parentId: 'org', size: 20, counts: { a: 10 } },
    ];
    const disclosed = discloseGroups(groups, ['a']);
    expect(disclosed.map((g) => g.cells.a)).toEqual([{ count: 20 }, { count: 10 }, { count: 10 }]);
  });
});
