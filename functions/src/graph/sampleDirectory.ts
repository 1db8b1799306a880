import { existsSync, promises as fs, readFileSync, statSync } from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { SAMPLE_TENANTS } from '@koers/app';
import { GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID, type Person, type TimeZone } from '@koers/domain';
import { createGraphActivityFeed } from './activityFeed';
import { createGraphDirectory } from './directory';
import { DirectoryFixture, standInToken, startDirectoryStandIn, type DirectoryStandIn, type FixtureUser } from './directoryStandIn';
import type { GraphLog } from './graphClient';

/**
 * The sample organisations as Microsoft Graph would hold them: their people as Entra ID users
 * with manager, language and hire date, a mailbox with working hours, and the Koers.HR
 * assignments. `npm start` serves this fixture from the local Graph stand-in and loads the
 * organisations through the directory sync, the path a real tenant takes.
 */

const WINDOWS_ZONE: Readonly<Record<TimeZone, string>> = {
  'Europe/Amsterdam': 'W. Europe Standard Time',
  'Europe/Brussels': 'Romance Standard Time',
};

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The Koers service principal of each sample tenant: invented, fixed. */
const SERVICE_PRINCIPAL = (tenantIndex: number) => `5e000000-0000-4000-8000-00000000000${tenantIndex + 1}`;

export function sampleFixtureUser(person: Person): FixtureUser {
  const zone = WINDOWS_ZONE[person.timeZone];
  return {
    id: person.id,
    displayName: person.displayName,
    mail: person.email,
    userPrincipalName: person.email,
    ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
    ...(person.department ? { department: person.department } : {}),
    preferredLanguage: person.locale,
    accountEnabled: true,
    ...(person.joinedOn ? { employeeHireDate: `${person.joinedOn}T00:00:00Z` } : {}),
    ...(person.managerId ? { managerId: person.managerId } : {}),
    mailboxSettings: {
      timeZone: zone,
      language: { locale: person.locale },
      workingHours: {
        daysOfWeek: person.workingHours.days.map((d) => DAY_NAMES[d - 1] ?? 'monday'),
        startTime: `${person.workingHours.start}:00.0000000`,
        endTime: `${person.workingHours.end}:00.0000000`,
        timeZone: { name: zone },
      },
    },
  };
}

type FixtureTenant = DirectoryFixture['tenants'][number];

/** One invented organisation as its Entra ID tenant would hold it. */
export function sampleDirectoryTenant(
  tenant: { organisation: { tenantId: string; name?: string }; people: readonly Person[]; roleAssignments: readonly { id: string; principalId: string; appRoleId: string }[] },
  servicePrincipalId: string,
): FixtureTenant {
  return {
    tenantId: tenant.organisation.tenantId,
    ...(tenant.organisation.name ? { organisationName: tenant.organisation.name } : {}),
    servicePrincipalId,
    // The head of each organisation runs its Microsoft 365 too, as in most small firms: a Global
    // Administrator, who may set Koers up while nobody holds Koers.Admin.
    users: tenant.people.map((person) => ({
      ...sampleFixtureUser(person),
      ...(person.managerId ? {} : { directoryRoleTemplateIds: [GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID] }),
    })),
    groups: [],
    appRoleAssignments: tenant.roleAssignments.map((a) => ({
      id: a.id,
      principalId: a.principalId,
      principalType: 'User' as const,
      appRoleId: a.appRoleId,
      principalDisplayName: tenant.people.find((p) => p.id === a.principalId)?.displayName ?? null,
    })),
  };
}

/** The fixture of both sample organisations. */
export function sampleDirectoryFixture(): DirectoryFixture {
  return { tenants: SAMPLE_TENANTS.map((tenant, index) => sampleDirectoryTenant(tenant, SERVICE_PRINCIPAL(index))) };
}

export const SAMPLE_DIRECTORY_FILE = 'graph-directory.json';

/**
 * The local Graph stand-in over the fixture file in `dataDir` (written from the sample when
 * absent). The file is read again when it changes; a file that does not parse keeps the last good
 * fixture and says why on the console, so a typo never stops the local stack.
 */
export async function startSampleDirectory(
  dataDir: string,
  log: (message: string) => void = console.warn,
  /** Generated organisations served beside the file's (the demo organisation): not written to the file. */
  extraTenants: readonly FixtureTenant[] = [],
): Promise<{ standIn: DirectoryStandIn; file: string }> {
  const file = path.join(dataDir, SAMPLE_DIRECTORY_FILE);
  if (!existsSync(file)) {
    await fs.mkdir(dataDir, { recursive: true });
    await fs.writeFile(file, `${JSON.stringify(sampleDirectoryFixture(), null, 2)}\n`);
  }
  let fixture: DirectoryFixture = sampleDirectoryFixture();
  let readAt = -1;
  const load = () => {
    const modified = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? readAt;
    if (modified === readAt) return fixture;
    readAt = modified;
    try {
      fixture = DirectoryFixture.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch (err) {
      log(`${file} is geen geldige directory (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); de vorige versie blijft gelden.`);
    }
    return fixture;
  };
  const extraIds = new Set(extraTenants.map((t) => t.tenantId));
  const withExtras = (): DirectoryFixture => {
    const current = load();
    return extraTenants.length === 0 ? current : { tenants: [...current.tenants.filter((t) => !extraIds.has(t.tenantId)), ...extraTenants] };
  };
  return { standIn: await startDirectoryStandIn({ load: withExtras }), file };
}

/** The directory port over the stand-in: the production Graph adapter, trusting the stand-in's certificate. */
export function standInDirectory(standIn: Pick<DirectoryStandIn, 'baseUrl' | 'ca'>, options: { appId: string; log?: GraphLog }): ReturnType<typeof createGraphDirectory> {
  return createGraphDirectory({
    getToken: async (tenantId) => standInToken(tenantId),
    baseUrl: standIn.baseUrl,
    agent: new https.Agent({ ca: standIn.ca, keepAlive: true }),
    appId: options.appId,
    ...(options.log ? { log: options.log } : {}),
  });
}

/** The activity feed port over the stand-in: the production Graph adapter, trusting the stand-in's certificate. */
export function standInActivityFeed(standIn: Pick<DirectoryStandIn, 'baseUrl' | 'ca'>, options: { log?: GraphLog } = {}): ReturnType<typeof createGraphActivityFeed> {
  return createGraphActivityFeed({
    getToken: async (tenantId) => standInToken(tenantId),
    baseUrl: standIn.baseUrl,
    agent: new https.Agent({ ca: standIn.ca, keepAlive: true }),
    ...(options.log ? { log: options.log } : {}),
  });
}
