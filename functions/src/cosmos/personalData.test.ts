import { ACCESS_LOG_TTL_SECONDS, PERSONAL_DATA_SECTIONS } from '@koers/domain';
import { CONTAINER_NAMES, CONTAINERS } from './containers';
import { PERSONAL_DATA_COVERAGE } from './personalData';

describe('export completeness: every container is in "Mijn gegevens" or says why not', () => {
  it.each(CONTAINER_NAMES)('container %s is exported or listed as exempt with a reason', (name) => {
    const coverage = PERSONAL_DATA_COVERAGE[name];
    expect(coverage).toBeDefined();
    if (coverage && 'exportedAs' in coverage) for (const section of [coverage.exportedAs, ...(coverage.alsoExportedAs ?? [])]) expect(PERSONAL_DATA_SECTIONS).toContain(section);
    else expect(coverage?.exempt.length).toBeGreaterThanOrEqual(40);
  });

  it('lists no container that does not exist', () => {
    expect(Object.keys(PERSONAL_DATA_COVERAGE).filter((name) => !(CONTAINER_NAMES as string[]).includes(name))).toEqual([]);
  });

  it('fills every section of the export from some container', () => {
    const filled = Object.values(PERSONAL_DATA_COVERAGE).flatMap((c) => ('exportedAs' in c ? [c.exportedAs, ...(c.alsoExportedAs ?? [])] : []));
    expect([...PERSONAL_DATA_SECTIONS].sort()).toEqual([...new Set(filled)].sort());
  });
});

describe('the access log container', () => {
  it('forgets a line two years after it was written', () => {
    expect(CONTAINERS.accessLog.defaultTtlSeconds).toBe(ACCESS_LOG_TTL_SECONDS);
  });
});
