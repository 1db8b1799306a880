import { contracts, pathParameterNames, type RouteContract } from './index';

const all: RouteContract[] = Object.values(contracts);

describe('the route contracts', () => {
  it('name every path parameter in params, and nothing else there', () => {
    const mismatched = all
      .filter((c) => pathParameterNames(c.path).sort().join() !== Object.keys(c.params?.shape ?? {}).sort().join())
      .map((c) => c.name);
    expect(mismatched).toEqual([]);
  });

  it('give each route its own operationId, and each method and path one route', () => {
    expect(Object.entries(contracts).filter(([key, c]) => key !== c.name)).toEqual([]);
    const operations = all.map((c) => `${c.method} ${c.path}`);
    expect(operations.filter((o, i) => operations.indexOf(o) !== i)).toEqual([]);
  });

  it('read a body only on methods that carry one', () => {
    expect(all.filter((c) => c.body && (c.method === 'GET' || c.method === 'DELETE')).map((c) => c.name)).toEqual([]);
  });
});
