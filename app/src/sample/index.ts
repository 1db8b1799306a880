/** The sample organisations of shared/SAMPLE-ORG.md: constants, calendars and the seed. */
export { OUT_OF_HOURS_SUBJECT, sampleCalendarEvents } from './calendars';
export { HENDRIKS_CATALOGUE, PEETERS_CATALOGUE } from './catalogue';
export {
  HENDRIKS_TENANT_ID,
  PEETERS_TENANT_ID,
  SAMPLE_ORGANISATIONS,
  SAMPLE_PEOPLE,
  SAMPLE_PEOPLE_LIST,
  SAMPLE_TENANTS,
  sampleActor,
  sampleOrganisationOf,
  samplePersonByEmail,
  type SampleOrganisationKey,
  type SamplePersonKey,
} from './sampleOrg';
export { seedSampleData, type SeedOptions, type SeedResult } from './seed';
export { BENCH_SIZE, closedRound, DEMO_SEED, DEMO_SIZE, demoSizeFor, DEMO_TENANT_ID, generateDemoOrganisation, type DemoOrganisation, type DemoSize } from './demoOrg';
export { seedDemoOrganisation, type DemoSeedOptions } from './demoSeed';
