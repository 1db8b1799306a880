import {
  ConcurrencyError,
  ConflictError,
  DirectoryResyncRequiredError,
  KOERS_APP_ROLES,
  managerCycle,
  mergeDirectoryUser,
  directoryUserOf,
  NotFoundError,
  personFromDirectory,
  problemLine,
  samePerson,
  type AppRoleAssignment,
  type Clock,
  type DirectoryCursor,
  type DirectoryPort,
  type DirectoryProblem,
  type DirectorySyncState,
  type DirectoryUser,
  type DirectoryUsersPage,
  type MailboxSettings,
  type OrganisationSettings,
  type Person,
  type RoleAssignment,
  type Stored,
  type Stores,
} from '@koers/domain';
import type { RecordChange } from '../privacy/changeLog';
import { readdressAfterLeaderChange } from './readdress';

/**
 * The directory sync of one tenant: Microsoft Graph's users (through the DirectoryPort) into the
 * people Koers knows, and the Koers app-role assignments into the RoleAssignmentStore.
 *
 * A round of `/users/delta` is read page by page; each page is stored before the cursor moves
 * past it, so a run that stops anywhere (a crash, a deploy, Graph's throttling beyond the retry
 * budget) resumes at the page it was on, and applying a page twice changes nothing. Leavers keep
 * their data (the retention rule decides), marked `leftAt`: from then on no access and no
 * messages. docs/directory-sync.md has the rules for manager changes.
 */

export interface DirectorySyncDeps {
  stores: Pick<Stores, 'people' | 'organisations' | 'roleAssignments' | 'directorySync' | 'reminders' | 'conversations'>;
  directory: DirectoryPort;
  clock: Clock;
  log?: (event: string, fields: Record<string, string | number | boolean | undefined>) => void;
  /** The works council's change log: told of every Koers role given or taken away. */
  recordChange?: RecordChange;
}

export interface DirectorySyncRequest {
  /** `changed` (the hourly run): mailbox settings of the users the delta reports; `all` (nightly): everyone's. */
  mailboxes?: 'changed' | 'all';
  /** After every stored page: for a progress bar. */
  onProgress?: (progress: { pages: number; people: number }) => void;
}

export interface DirectorySyncSummary {
  tenantId: string;
  /** True when the round read the whole directory (first sync, or Graph asked for a full read). */
  full: boolean;
  pages: number;
  added: number;
  updated: number;
  left: number;
  unchanged: number;
  mailboxesRead: number;
  /** Of the people written this run. */
  withoutMailbox: number;
  withoutManager: number;
  roleAssignments: { stored: number; removed: number };
  problems: DirectoryProblem[];
  /** Readable lines, problems first: what HR sees after *Nu synchroniseren*. */
  lines: string[];
  finishedAt: string;
}

export interface DirectorySync {
  syncTenant(tenantId: string, request?: DirectorySyncRequest): Promise<DirectorySyncSummary>;
}

/** Koers' own app roles by id; assignments of the default access role only grant scope. */
const KOERS_ROLE_IDS = new Set(KOERS_APP_ROLES.map((r) => r.id.toLowerCase()));

/** Cosmos reads in parallel, a few at a time: quick without flooding the store. */
async function inChunks<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return out;
}

async function everyPage<T>(read: (token?: string) => Promise<{ items: T[]; continuationToken?: string }>): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  do {
    const page = await read(token);
    all.push(...page.items);
    token = page.continuationToken;
  } while (token);
  return all;
}

interface Assignments {
  /** Users in the app's assignment (directly or through a group, nested groups included). */
  scope: Set<string>;
  /** The Koers role records the people hold, as the store keeps them. */
  roles: RoleAssignment[];
}

export function createDirectorySync(deps: DirectorySyncDeps): DirectorySync {
  const { stores, directory, clock } = deps;
  const log = deps.log ?? (() => undefined);

  async function readAssignments(tenantId: string): Promise<Assignments> {
    const assignments: AppRoleAssignment[] = [];
    let next: string | undefined;
    do {
      const page = await directory.appRoleAssignments(tenantId, next);
      assignments.push(...page.assignments);
      next = page.nextLink;
    } while (next);

    const scope = new Set<string>();
    const roles: RoleAssignment[] = [];
    const members = new Map<string, Promise<string[]>>();
    const membersOf = (groupId: string, transitive: boolean) => {
      const key = `${groupId}|${transitive}`;
      let found = members.get(key);
      if (!found) {
        found = directory.groupMembers(tenantId, groupId, { transitive });
        members.set(key, found);
      }
      return found;
    };
    for (const a of assignments) {
      const koersRole = KOERS_ROLE_IDS.has(a.appRoleId.toLowerCase());
      if (a.principalType === 'User') {
        scope.add(a.principalId);
        if (koersRole) roles.push({ id: a.id, tenantId, principalId: a.principalId, appRoleId: a.appRoleId });
      } else if (a.principalType === 'Group') {
        for (const id of await membersOf(a.principalId, true)) scope.add(id);
        // Entra ID grants a group's app roles to its direct members only: so does Koers.
        if (koersRole) {
          for (const id of await membersOf(a.principalId, false)) {
            roles.push({ id: `${a.id}|${id}`, tenantId, principalId: id, appRoleId: a.appRoleId, viaGroupId: a.principalId });
          }
        }
      }
    }
    return { scope, roles };
  }

  async function storeRoles(tenantId: string, roles: readonly RoleAssignment[]): Promise<{ stored: number; removed: number }> {
    const stored = await everyPage((token) => stores.roleAssignments.listTenant(tenantId, { maxItems: 2_000, ...(token ? { continuationToken: token } : {}) }));
    const wanted = new Map(roles.map((r) => [r.id, r]));
    const have = new Map(stored.map((r) => [r.id, r]));
    const writes = roles.filter((r) => {
      const h = have.get(r.id);
      return !h || h.principalId !== r.principalId || h.appRoleId !== r.appRoleId || h.viaGroupId !== r.viaGroupId;
    });
    await inChunks(writes, 16, (r) => stores.roleAssignments.upsert(r));
    const stale = stored.filter((r) => !wanted.has(r.id));
    await inChunks(stale, 16, (r) => stores.roleAssignments.remove(tenantId, r.id));
    const record = deps.recordChange;
    if (record) {
      const change = (kind: 'role-granted' | 'role-revoked', r: RoleAssignment) =>
        record({
          tenantId,
          kind,
          subjectId: r.principalId,
          details: { role: KOERS_APP_ROLES.find((k) => k.id === r.appRoleId.toLowerCase())?.value ?? r.appRoleId, ...(r.viaGroupId ? { viaGroupId: r.viaGroupId } : {}) },
        });
      const granted = writes.filter((r) => have.get(r.id)?.appRoleId !== r.appRoleId || have.get(r.id)?.principalId !== r.principalId);
      await inChunks(granted, 16, (r) => change('role-granted', r));
      await inChunks(stale, 16, (r) => change('role-revoked', r));
    }
    return { stored: writes.length, removed: stale.length };
  }

  async function syncTenant(tenantId: string, request: DirectorySyncRequest = {}): Promise<DirectorySyncSummary> {
    const found = (await stores.organisations.get(tenantId))?.value;
    if (!found) throw new NotFoundError('Organisation', tenantId);
    const organisation: OrganisationSettings = found;
    const now = () => clock.now().toISOString();
    const assigned = organisation.directoryScope === 'assigned';
    const summary: DirectorySyncSummary = {
      tenantId,
      full: false,
      pages: 0,
      added: 0,
      updated: 0,
      left: 0,
      unchanged: 0,
      mailboxesRead: 0,
      withoutMailbox: 0,
      withoutManager: 0,
      roleAssignments: { stored: 0, removed: 0 },
      problems: [],
      lines: [],
      finishedAt: '',
    };

    const { scope, roles } = await readAssignments(tenantId);
    summary.roleAssignments = await storeRoles(tenantId, roles);
    const inScope = (id: string) => !assigned || scope.has(id);

    const mailboxRead = new Set<string>();
    // Names of the people this run has planned, for a circle's line before they are written.
    const namesSeen = new Map<string, string>();
    // The manager of everyone this run has seen, so a circle is found without reading them again.
    const managers = new Map<string, string | undefined>();
    const managerOf = async (id: string): Promise<string | undefined> => {
      if (!managers.has(id)) managers.set(id, (await stores.people.get(tenantId, id))?.value.managerId);
      return managers.get(id);
    };

    /** Resolves the manager Graph names: in scope, not closing a circle; or none, with the reason. */
    async function resolveManager(user: DirectoryUser, name: string): Promise<{ managerId?: string; problem?: DirectoryProblem }> {
      const managerId = user.managerId ?? undefined;
      if (!managerId) return {};
      if (!inScope(managerId)) return { problem: { kind: 'manager-outside-scope', personId: user.id, name, managerId } };
      const chain = new Set<string>([user.id]);
      for (let current: string | undefined = managerId; current && !chain.has(current) && chain.size < 1_000; current = await managerOf(current)) chain.add(current);
      const cycle = managerCycle(user.id, managerId, (id) => managers.get(id));
      if (cycle) {
        const names = await inChunks(cycle, 8, async (id) => (id === user.id ? name : (namesSeen.get(id) ?? (await stores.people.get(tenantId, id))?.value.displayName ?? id)));
        return { problem: { kind: 'manager-cycle', personId: user.id, name, cycle: names } };
      }
      return { managerId };
    }

    async function write(before: Stored<Person> | undefined, person: Person): Promise<'added' | 'updated' | 'unchanged'> {
      if (!before) {
        try {
          await stores.people.create(person);
          return 'added';
        } catch (err) {
          if (!(err instanceof ConflictError)) throw err;
          const raced = await stores.people.get(tenantId, person.id);
          if (!raced) throw err;
          return write(raced, person);
        }
      }
      if (samePerson(before.value, person)) return 'unchanged';
      try {
        await stores.people.replace(person, before.etag);
      } catch (err) {
        if (!(err instanceof ConcurrencyError)) throw err;
        // Someone changed the person meanwhile (HR set a gesprekspartner): keep theirs, apply ours on top.
        const fresh = await stores.people.get(tenantId, person.id);
        if (!fresh) throw err;
        const merged = { ...person, ...(fresh.value.gesprekspartnerId ? { gesprekspartnerId: fresh.value.gesprekspartnerId } : {}) };
        await stores.people.replace(merged, fresh.etag);
      }
      return 'updated';
    }

    function count(outcome: 'added' | 'updated' | 'unchanged', person: Person): void {
      summary[outcome] += 1;
      managers.set(person.id, person.managerId);
      if (outcome === 'unchanged' || person.leftAt) return;
      if (person.hasMailbox === false) summary.withoutMailbox += 1;
      if (!person.managerId) summary.withoutManager += 1;
    }

    async function markLeft(before: Stored<Person>): Promise<void> {
      if (before.value.leftAt) return;
      // Before the write, as on a manager change: a run that stops in between drops them next time.
      for (const leaderId of new Set([before.value.managerId, before.value.gesprekspartnerId])) {
        if (leaderId) await readdressAfterLeaderChange(deps, { tenantId, employeeId: before.value.id, fromId: leaderId, leaving: true });
      }
      const person = { ...before.value, leftAt: now() };
      await write(before, person);
      summary.left += 1;
    }

    /** Stores the users of one page (or of a scope change); idempotent. */
    async function applyUsers(users: readonly DirectoryUser[], removed: readonly string[]): Promise<void> {
      const ids = [...users.map((u) => u.id), ...removed];
      const existing = new Map<string, Stored<Person> | undefined>();
      await inChunks(ids, 16, async (id) => existing.set(id, await stores.people.get(tenantId, id)));

      for (const id of removed) {
        const before = existing.get(id);
        if (before) await markLeft(before);
      }

      const staying: { user: DirectoryUser; before?: Stored<Person> }[] = [];
      for (const change of users) {
        const before = existing.get(change.id);
        const user = mergeDirectoryUser(before ? directoryUserOf(before.value) : undefined, change);
        if (!inScope(user.id) || user.accountEnabled === false || user.userType === 'Guest') {
          if (before) await markLeft(before);
          continue;
        }
        staying.push({ user, ...(before ? { before } : {}) });
      }
      if (staying.length === 0) return;

      const mailboxes: Map<string, MailboxSettings | null> = await directory.mailboxSettings(
        tenantId,
        staying.map((s) => s.user.id),
      );
      summary.mailboxesRead += mailboxes.size;
      for (const id of mailboxes.keys()) mailboxRead.add(id);
      // Managers one by one (a circle is only seen in order), then the writes a few at a time.
      const planned: { before?: Stored<Person>; person: Person }[] = [];
      for (const { user, before } of staying) {
        const name = user.displayName ?? before?.value.displayName ?? user.id;
        const manager = await resolveManager(user, name);
        managers.set(user.id, manager.managerId);
        namesSeen.set(user.id, name);
        const made = personFromDirectory({
          user,
          existing: before?.value,
          mailbox: mailboxes.get(user.id),
          organisation,
          managerId: manager.managerId,
          leaving: false,
          now: now(),
        });
        summary.problems.push(...(manager.problem ? [manager.problem] : []), ...made.problems);
        if (made.person) planned.push({ ...(before ? { before } : {}), person: made.person });
      }
      await inChunks(planned, 16, async ({ before, person }) => {
        await readdressOnManagerChange(before?.value, person);
        count(await write(before, person), person);
      });
    }

    /**
     * A new manager who also leads (no gesprekspartner in between): what was queued for the old one
     * about this person is dropped or goes to the new one. Before the write, so a run that stops
     * in between does it again next time (it is idempotent) instead of never.
     */
    async function readdressOnManagerChange(before: Person | undefined, person: Person): Promise<void> {
      if (!before || before.gesprekspartnerId || before.managerId === person.managerId) return;
      await readdressAfterLeaderChange(deps, {
        tenantId,
        employeeId: person.id,
        ...(before.managerId ? { fromId: before.managerId } : {}),
        ...(person.managerId ? { toId: person.managerId } : {}),
      });
    }

    async function applyPage(page: DirectoryUsersPage): Promise<void> {
      const changed = page.changes.flatMap((c) => (c.kind === 'changed' ? [c.user] : []));
      const removed = page.changes.flatMap((c) => (c.kind === 'removed' ? [c.id] : []));
      await applyUsers(changed, removed);
    }

    async function saveState(state: Stored<DirectorySyncState> | undefined, next: DirectorySyncState): Promise<Stored<DirectorySyncState>> {
      return state ? stores.directorySync.replace(next, state.etag) : stores.directorySync.create(next);
    }

    // The round: from a page in progress, from the last round's delta link, or from the start.
    let state = await stores.directorySync.get(tenantId);
    const startedAt = now();
    const run = (finished: boolean): NonNullable<DirectorySyncState['lastRun']> => ({
      startedAt,
      pages: summary.pages,
      people: summary.added + summary.updated + summary.unchanged,
      ...(finished ? { finishedAt: now() } : {}),
    });
    let cursor: DirectoryCursor | undefined = state?.value.usersNextLink
      ? { kind: 'next', link: state.value.usersNextLink }
      : state?.value.usersDeltaLink
        ? { kind: 'delta', link: state.value.usersDeltaLink }
        : undefined;
    summary.full = cursor === undefined;
    // Who a full read saw, to find who is gone from the directory; only when the read began here.
    let seen = cursor === undefined ? new Set<string>() : undefined;
    for (;;) {
      let page: DirectoryUsersPage;
      try {
        page = await directory.userChanges(tenantId, cursor);
      } catch (err) {
        if (!(err instanceof DirectoryResyncRequiredError) || cursor === undefined) throw err;
        log('directory.resync', { tenantId });
        cursor = undefined;
        summary.full = true;
        seen = new Set<string>();
        continue;
      }
      await applyPage(page);
      for (const c of page.changes) seen?.add(c.kind === 'changed' ? c.user.id : c.id);
      summary.pages += 1;
      const base: DirectorySyncState = { ...(state?.value ?? {}), id: tenantId, tenantId, lastRun: run(false) };
      const next: DirectorySyncState =
        page.cursor.kind === 'next'
          ? { ...base, usersNextLink: page.cursor.link }
          : { ...withoutNextLink(base), usersDeltaLink: page.cursor.link, usersSyncedAt: now(), roleAssignmentsSyncedAt: now() };
      state = await saveState(state, next);
      request.onProgress?.({ pages: summary.pages, people: summary.added + summary.updated + summary.unchanged });
      if (page.cursor.kind === 'delta') break;
      cursor = page.cursor;
    }

    const everyone = seen || assigned || request.mailboxes === 'all' ? await everyPage((token) => stores.people.listTenant(tenantId, { maxItems: 2_000, ...(token ? { continuationToken: token } : {}) })) : [];
    const active = everyone.filter((p) => !p.leftAt);
    // Gone from a full read: deleted long enough ago that Graph no longer reports them.
    const leave = (people: readonly Person[]) =>
      inChunks(people, 8, async (p) => {
        const before = await stores.people.get(tenantId, p.id);
        if (before) await markLeft(before);
      });
    if (seen) await leave(active.filter((p) => !seen.has(p.id)));
    if (assigned) {
      // Left the assignment without changing themselves: the delta does not tell.
      await leave(active.filter((p) => !scope.has(p.id)));
      // Came into it the same way: read them now.
      const known = new Set(active.map((p) => p.id));
      const newcomers = [...scope].filter((id) => !known.has(id));
      if (newcomers.length > 0) await applyUsers(await directory.users(tenantId, newcomers), []);
    }
    if (request.mailboxes === 'all') await refreshMailboxes(active.filter((p) => inScope(p.id) && !mailboxRead.has(p.id)));

    async function refreshMailboxes(people: readonly Person[]): Promise<void> {
      const mailboxes = await directory.mailboxSettings(tenantId, people.map((p) => p.id));
      summary.mailboxesRead += mailboxes.size;
      await inChunks(people, 8, async (p) => {
        const before = await stores.people.get(tenantId, p.id);
        if (!before || before.value.leftAt) return;
        const made = personFromDirectory({
          user: directoryUserOf(before.value),
          existing: before.value,
          mailbox: mailboxes.get(p.id),
          organisation,
          managerId: before.value.managerId,
          leaving: false,
          now: now(),
        });
        summary.problems.push(...made.problems.filter((problem) => problem.kind !== 'no-mail'));
        if (made.person && !samePerson(before.value, made.person)) await write(before, made.person);
      });
    }

    if (state) state = await saveState(state, { ...state.value, lastRun: run(true) });
    summary.finishedAt = now();
    summary.lines = linesOf(summary, organisation);
    return summary;
  }

  return { syncTenant };
}

function withoutNextLink(state: DirectorySyncState): DirectorySyncState {
  const { usersNextLink: _done, ...rest } = state;
  return rest;
}

function linesOf(summary: DirectorySyncSummary, organisation: Pick<OrganisationSettings, 'name'>): string[] {
  const counts = [
    `${organisation.name}: ${summary.added} nieuw, ${summary.updated} gewijzigd, ${summary.left} vertrokken, ${summary.unchanged} ongewijzigd.`,
    summary.withoutManager > 0 ? `${summary.withoutManager} zonder leidinggevende.` : '',
    summary.withoutMailbox > 0 ? `${summary.withoutMailbox} zonder mailbox (bereikbaar via Teams-chat en het tabblad).` : '',
  ].filter((line) => line !== '');
  return [...summary.problems.map(problemLine), ...counts];
}
