import { z } from 'zod';
import { Guid, IsoWeekday, TimeOfDay } from './people';

/**
 * The organisation as Microsoft Graph describes it, in the shapes the directory sync reads
 * (ports.ts DirectoryPort) and the records it keeps (RoleAssignmentStore, DirectorySyncStore).
 * Field names follow Graph's, so a reader can hold them against Microsoft's documentation:
 * `GET /users/delta`, `GET /users/{id}/mailboxSettings`,
 * `GET /servicePrincipals/{id}/appRoleAssignedTo`.
 */

/**
 * One user of a `/users/delta` page, with the properties the sync selects. Graph sends a property
 * as it stands (null when cleared) and leaves out one it has never had, so `undefined` means
 * "not said" and `null` "cleared". The manager comes from the `manager@delta` annotation:
 * its id, null when it was removed, undefined when the page does not mention it.
 */
export const DirectoryUser = z.object({
  id: Guid,
  displayName: z.string().max(256).nullable().optional(),
  mail: z.string().max(320).nullable().optional(),
  /** The sign-in name: the address Koers uses for someone without `mail` (no mailbox). */
  userPrincipalName: z.string().max(320).nullable().optional(),
  jobTitle: z.string().max(128).nullable().optional(),
  department: z.string().max(64).nullable().optional(),
  /** ISO 639-1 code with region, e.g. "nl-NL", "nl-BE", "en-US". */
  preferredLanguage: z.string().max(16).nullable().optional(),
  accountEnabled: z.boolean().nullable().optional(),
  /** "Member" or "Guest": guests (people of other organisations) are never Koers people. */
  userType: z.string().max(32).nullable().optional(),
  /** Graph's DateTimeOffset, e.g. "2022-10-03T00:00:00Z". */
  employeeHireDate: z.string().max(40).nullable().optional(),
  managerId: Guid.nullable().optional(),
});
export type DirectoryUser = z.infer<typeof DirectoryUser>;

/**
 * A change of one user: new or changed (only the properties the page names), or removed — an
 * `@removed` annotation whose reason is "changed" (deleted, restorable for 30 days) or "deleted"
 * (gone for good). Graph may repeat a change in a later page or round; applying one twice must
 * change nothing.
 */
export const DirectoryUserChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('changed'), user: DirectoryUser }),
  z.object({ kind: z.literal('removed'), id: Guid, reason: z.enum(['changed', 'deleted']) }),
]);
export type DirectoryUserChange = z.infer<typeof DirectoryUserChange>;

/**
 * Where a delta round stands, as Graph hands it out: an `@odata.nextLink` (more pages of this
 * round follow) or an `@odata.deltaLink` (the round is done; the next round starts from it).
 * Both are opaque URLs, replayed exactly as received; Koers never builds or parses them.
 */
export const DirectoryCursor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('next'), link: z.string().url().max(8192) }),
  z.object({ kind: z.literal('delta'), link: z.string().url().max(8192) }),
]);
export type DirectoryCursor = z.infer<typeof DirectoryCursor>;

export const DirectoryUsersPage = z.object({
  changes: z.array(DirectoryUserChange),
  cursor: DirectoryCursor,
});
export type DirectoryUsersPage = z.infer<typeof DirectoryUsersPage>;

/**
 * A person's mailbox settings (Graph mailboxSettings): working hours, time zone and language.
 * `timeZone` is what the mailbox says (a Windows or an IANA name); `workingHours.timeZone` the
 * zone the hours are in, which may differ. Times are "HH:mm" (Graph's "08:00:00.0000000" cut).
 */
export const MailboxSettings = z.object({
  timeZone: z.string().max(100).optional(),
  /** localeInfo.locale, e.g. "nl-NL". */
  language: z.string().max(16).optional(),
  workingHours: z
    .object({
      /** Graph's daysOfWeek ("monday" …) as ISO weekdays. */
      days: z.array(IsoWeekday).max(7),
      start: TimeOfDay,
      end: TimeOfDay,
      timeZone: z.string().max(100).optional(),
    })
    .optional(),
});
export type MailboxSettings = z.infer<typeof MailboxSettings>;

/**
 * One app-role assignment of the Koers service principal, as `appRoleAssignedTo` lists it: who
 * (a user, a group, or another app's service principal) holds which app role (appRoleId, one of
 * aad.manifest.json's appRoles ids).
 */
export const AppRoleAssignment = z.object({
  id: z.string().min(1).max(200),
  principalId: Guid,
  principalType: z.enum(['User', 'Group', 'ServicePrincipal']),
  appRoleId: Guid,
  principalDisplayName: z.string().max(256).nullable().optional(),
});
export type AppRoleAssignment = z.infer<typeof AppRoleAssignment>;

/** Cosmos ids may not hold "/", "\", "?" or "#"; Graph's assignment ids are base64url. */
const AssignmentId = z.string().min(1).max(250).regex(/^[A-Za-z0-9_\-.:|]+$/, 'geen geldige toewijzings-id');

/**
 * A stored app-role assignment of one person, as the directory sync writes it: a direct
 * assignment keeps Graph's id; one through a group (Entra ID grants a group's app roles to its
 * direct members) is written once per member, id `{assignment id}|{member oid}`, naming the group.
 * Only users' assignments are stored: an app holding a Koers role grants no person anything.
 */
export const RoleAssignment = z.object({
  id: AssignmentId,
  tenantId: Guid,
  /** The person's oid. */
  principalId: Guid,
  appRoleId: Guid,
  viaGroupId: Guid.optional(),
});
export type RoleAssignment = z.infer<typeof RoleAssignment>;

const Instant = z.string().datetime({ offset: true });

/**
 * Where the directory sync of one tenant stands (one document per tenant, id = tenantId),
 * replaced under its etag so two sync runs never both advance it.
 */
export const DirectorySyncState = z.object({
  id: Guid,
  tenantId: Guid,
  /** The `@odata.deltaLink` of the last completed round of `/users/delta`; absent: none yet (a full read next). */
  usersDeltaLink: z.string().url().max(8192).optional(),
  /** The `@odata.nextLink` of a round in progress: a run that stopped half-way resumes here. */
  usersNextLink: z.string().url().max(8192).optional(),
  /** When the last round completed. */
  usersSyncedAt: Instant.optional(),
  /** When the app-role assignments were last read in full (they have no delta). */
  roleAssignmentsSyncedAt: Instant.optional(),
  /**
   * The last run, or the one running now (no `finishedAt`): how far it got, for the onboarding's
   * progress bar, which asks from another request than the one running the sync.
   */
  lastRun: z
    .object({
      startedAt: Instant,
      pages: z.number().int().min(0),
      people: z.number().int().min(0),
      finishedAt: Instant.optional(),
    })
    .optional(),
});
export type DirectorySyncState = z.infer<typeof DirectorySyncState>;
