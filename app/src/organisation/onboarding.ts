import {
  ConflictError,
  ConsentMissingError,
  DEFAULT_WORKING_HOURS,
  defaultHolidaySettings,
  ForbiddenError,
  KOERS_APP_ROLES,
  leadersAmong,
  mayOnboard,
  NotFoundError,
  OrganisationProfile,
  profileOfOrganisation,
  readAll,
  rolesFromClaim,
  withOrganisationProfile,
  type Clock,
  type DirectoryPort,
  type DirectorySyncState,
  type OrganisationSettings,
  type Stores,
} from '@koers/domain';
import type { DirectorySync, DirectorySyncSummary } from '../directory/sync';
import { changedSettings, profileSettings, type RecordChange } from '../privacy/changeLog';

/**
 * Setting up an organisation in Koers, and changing it later (*Organisatie*). Who: a Koers.Admin;
 * and, while the organisation has no Koers.Admin, a Global Administrator of the tenant (domain
 * mayOnboard) — the person who can assign the app roles in the first place. The caller is known by
 * their token only: before the first sync Koers has no record of them.
 */

/** The caller as their token describes them (the tenant may be one Koers does not know yet). */
export interface TokenCaller {
  tenantId: string;
  userId: string;
  /** The token's `roles` claim (Koers.HR, Koers.Admin). */
  roles: readonly string[];
  /** The token's `wids` claim (directory role template ids). */
  wids: readonly string[];
}

export type PermissionState = 'granted' | 'missing' | 'unknown';

export interface OnboardingStatus {
  /** The organisation as set up, when it is. */
  organisation?: { name: string; onboardedAt?: string };
  /** Every Graph permission Koers needs, and whether the tenant granted it. */
  consent: { permission: string; state: PermissionState }[];
  /** The directory sync as it stands: absent before the first run. */
  sync?: NonNullable<DirectorySyncState['lastRun']>;
  /** What the wizard starts from: the stored profile, or Koers' suggestion for a new organisation. */
  profile: OrganisationProfile;
}

export interface FirstSyncSummary {
  people: number;
  managers: number;
  withoutManager: number;
  withoutMailbox: number;
  problems: number;
  lines: string[];
}

export interface OnboardingService {
  /** Whether the caller may set the organisation up and change its profile (read only when their token could say so). */
  mayAdminister(caller: TokenCaller): Promise<boolean>;
  /** ForbiddenError('admin-only') unless the caller may set the organisation up: checked before a body is read. */
  authorise(caller: TokenCaller): Promise<void>;
  status(caller: TokenCaller): Promise<OnboardingStatus>;
  /** Creates the organisation; ConflictError('organisation-exists') when there is one, ConflictError('consent-missing') without the permissions. */
  start(caller: TokenCaller, profile: OrganisationProfile): Promise<OrganisationSettings>;
  /** The first (or any) directory sync, run for the wizard; it reports progress through `status`. */
  sync(caller: TokenCaller): Promise<FirstSyncSummary>;
  /** The *Organisatie* page: the profile with the etag to save it under. */
  profile(caller: TokenCaller): Promise<{ profile: OrganisationProfile; etag: string; upcomingHolidays: string[] }>;
  saveProfile(caller: TokenCaller, profile: OrganisationProfile, ifMatch: string): Promise<{ profile: OrganisationProfile; etag: string; upcomingHolidays: string[] }>;
}

export interface OnboardingDeps {
  stores: Pick<Stores, 'organisations' | 'roleAssignments' | 'directorySync' | 'people'>;
  directory?: DirectoryPort;
  directorySync?: DirectorySync;
  clock: Clock;
  /** The Graph application permissions Koers' calls need (the edge knows its own calls). */
  requiredPermissions: readonly string[];
  /** The organisation's days off in the coming year (app/src/organisation/holidays.ts). */
  holidays(organisation: OrganisationSettings, now: Date): string[];
  /** The works council's change log: whom the sync brings in, and the profile's other settings. */
  recordChange?: RecordChange;
}

const ADMIN_APP_ROLE_ID = KOERS_APP_ROLES.find((r) => r.role === 'admin')?.id ?? '';

/** What Koers suggests to a new organisation: Dutch, Amsterdam, NL holidays, two weeks ahead, an hour, online. */
export function suggestedProfile(): OrganisationProfile {
  return {
    name: '',
    locale: 'nl-NL',
    timeZone: 'Europe/Amsterdam',
    leadTimeDays: 14,
    conversationMinutes: 60,
    conversationMode: 'online',
    defaultWorkingHours: DEFAULT_WORKING_HOURS,
    holidaySettings: defaultHolidaySettings('nl-NL'),
    directoryScope: 'tenant',
  };
}

const FALLBACK = (settings: OrganisationSettings) => ({ holidaySettings: defaultHolidaySettings(settings.locale), workingHours: DEFAULT_WORKING_HOURS });

export function createOnboardingService(deps: OnboardingDeps): OnboardingService {
  const { stores, clock } = deps;
  const recordChange = deps.recordChange ?? (async () => undefined);

  /** The log's lines for a profile saved over `before` (none at set-up: then only the scope, which the OR must know from day one). */
  async function logProfile(caller: TokenCaller, after: OrganisationProfile, before?: OrganisationProfile): Promise<void> {
    const base = { tenantId: caller.tenantId, actorId: caller.userId };
    if (before?.directoryScope !== after.directoryScope) {
      await recordChange({ ...base, kind: 'directory-scope-changed', details: { directoryScope: after.directoryScope, ...(before ? { directoryScopeWas: before.directoryScope } : {}) } });
    }
    if (!before) return;
    const changed = changedSettings(profileSettings(before), profileSettings(after));
    if (Object.keys(changed).length > 0) await recordChange({ ...base, kind: 'organisation-changed', details: changed });
  }

  async function hasKoersAdmin(tenantId: string): Promise<boolean> {
    const assignments = await readAll((page) => stores.roleAssignments.listTenant(tenantId, page));
    return assignments.some((a) => a.appRoleId.toLowerCase() === ADMIN_APP_ROLE_ID);
  }

  async function mayAdminister(caller: TokenCaller): Promise<boolean> {
    const roles = rolesFromClaim(caller.roles);
    // Whether a Koers.Admin exists matters only to a Global Administrator without the role.
    const asAdmin = mayOnboard({ roles }, { wids: caller.wids }, { hasKoersAdmin: true });
    if (asAdmin || !mayOnboard({ roles }, { wids: caller.wids }, { hasKoersAdmin: false })) return asAdmin;
    return !(await hasKoersAdmin(caller.tenantId));
  }

  async function authorise(caller: TokenCaller): Promise<void> {
    if (!(await mayAdminister(caller))) throw new ForbiddenError('admin-only');
  }

  async function consentOf(tenantId: string): Promise<OnboardingStatus['consent']> {
    const granted = deps.directory ? await deps.directory.grantedPermissions(tenantId) : undefined;
    return deps.requiredPermissions.map((permission) => ({
      permission,
      state: granted === undefined ? (permission === 'Application.Read.All' && deps.directory ? 'missing' : 'unknown') : granted.includes(permission) ? 'granted' : 'missing',
    }));
  }

  function withHolidays(stored: { value: OrganisationSettings; etag: string }) {
    return {
      profile: profileOfOrganisation(stored.value, FALLBACK(stored.value)),
      etag: stored.etag,
      upcomingHolidays: deps.holidays(stored.value, clock.now()),
    };
  }

  async function existing(tenantId: string) {
    const stored = await stores.organisations.get(tenantId);
    if (!stored) throw new NotFoundError('Organisation', tenantId);
    return stored;
  }

  return {
    mayAdminister,
    authorise,

    async status(caller) {
      await authorise(caller);
      const [stored, consent, sync] = await Promise.all([stores.organisations.get(caller.tenantId), consentOf(caller.tenantId), stores.directorySync.get(caller.tenantId)]);
      return {
        ...(stored ? { organisation: { name: stored.value.name, ...(stored.value.onboardedAt ? { onboardedAt: stored.value.onboardedAt } : {}) } } : {}),
        consent,
        ...(sync?.value.lastRun ? { sync: sync.value.lastRun } : {}),
        profile: stored ? profileOfOrganisation(stored.value, FALLBACK(stored.value)) : suggestedProfile(),
      };
    },

    async start(caller, input) {
      await authorise(caller);
      const profile = OrganisationProfile.parse(input);
      if (await stores.organisations.get(caller.tenantId)) throw new ConflictError('Organisation', caller.tenantId);
      const consent = await consentOf(caller.tenantId);
      const missing = consent.filter((c) => c.state === 'missing').map((c) => c.permission);
      if (missing.length > 0) throw new ConsentMissingError(missing);
      const now = clock.now().toISOString();
      const settings: OrganisationSettings = withOrganisationProfile(
        { id: caller.tenantId, tenantId: caller.tenantId, checkInCadenceDays: 30, onboardedAt: now, onboardedBy: caller.userId, ...profile },
        profile,
      );
      const created = (await stores.organisations.create(settings)).value;
      await logProfile(caller, profile);
      return created;
    },

    async sync(caller) {
      await authorise(caller);
      if (!deps.directorySync) throw new NotFoundError('DirectorySync', caller.tenantId);
      await existing(caller.tenantId);
      const summary: DirectorySyncSummary = await deps.directorySync.syncTenant(caller.tenantId, { mailboxes: 'all' });
      const people = (await readAll((page) => stores.people.listTenant(caller.tenantId, page))).filter((p) => !p.leftAt);
      return {
        people: people.length,
        managers: leadersAmong(people).length,
        withoutManager: people.filter((p) => !p.managerId && !p.gesprekspartnerId).length,
        withoutMailbox: people.filter((p) => p.hasMailbox === false).length,
        problems: summary.problems.length,
        lines: summary.lines,
      };
    },

    async profile(caller) {
      await authorise(caller);
      return withHolidays(await existing(caller.tenantId));
    },

    async saveProfile(caller, input, ifMatch) {
      await authorise(caller);
      const profile = OrganisationProfile.parse(input);
      const stored = await existing(caller.tenantId);
      const saved = await stores.organisations.replace(withOrganisationProfile(stored.value, profile), ifMatch);
      await logProfile(caller, profileOfOrganisation(saved.value, FALLBACK(saved.value)), profileOfOrganisation(stored.value, FALLBACK(stored.value)));
      return withHolidays(saved);
    },
  };
}
