import { ERASABLE_CONTAINERS } from '@koers/domain';
import { PERSONAL_DATA_COVERAGE } from './personalData';

describe('what an erasure reaches', () => {
  it('reaches every container that holds a person\'s data, so no exported section survives an erasure', () => {
    const personal = Object.entries(PERSONAL_DATA_COVERAGE)
      .filter(([, coverage]) => 'exportedAs' in coverage)
      .map(([name]) => name);
    expect(personal.filter((name) => !(ERASABLE_CONTAINERS as readonly string[]).includes(name))).toEqual([]);
  });
});
