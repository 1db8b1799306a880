import type { Client } from '@microsoft/microsoft-graph-client';
import {
  DirectoryResyncRequiredError,
  GRAPH_SYNC_RETRY,
  nextRetry,
  parseRetryAfter,
  type AppRoleAssignment,
  type DirectoryPort,
  type DirectoryUser,
  type DirectoryUserChange,
  type MailboxSettings,
  type RetryPolicy,
} from '@koers/domain';
import { z } from 'zod';
import { createGraphClients, GRAPH_BASE_URL, segment, type GraphClientOptions, type GraphFailure } from './graphClient';
import { realSleep } from './graphHttp';

/**
 * The directory port over Microsoft Graph, app-only: `/users/delta` with the manager, users by id
 * and their mailboxSettings through JSON batching (20 requests per `$batch`), the Koers service
 * principal's app-role assignments and the members of the groups assigned to it. Throttling (429,
 * 503, 504 with Retry-After) is retried on GRAPH_SYNC_RETRY, inside a batch per request too.
 *
 * The calls and the permission each needs are declared in graph/permissions.ts, which the tests
 * hold against the code and against aad.manifest.json. Privacy: the log gets ids and statuses only.
 */

/** The user properties Koers reads; `manager` makes `/users/delta` report `manager@delta`. */
export const USER_SELECT = [
  'id',
  'displayName',
  'mail',
  'userPrincipalName',
  'jobTitle',
  'department',
  'preferredLanguage',
  'accountEnabled',
  'employeeHireDate',
  'userType',
] as const;

/** Graph accepts at most 20 requests in one `$batch`. */
export const BATCH_SIZE = 20;

/** Microsoft Graph's own application id: its service principal defines the permissions (app roles) apps are granted. */
export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

const GraphServicePrincipal = z.object({
  id: z.string(),
  appRoles: z.array(z.object({ id: z.string(), value: z.string().nullable().transform((v) => v ?? '') })),
});

const GrantPage = z.object({
  value: z.array(z.object({ appRoleId: z.string(), resourceId: z.string() })),
  '@odata.nextLink': z.string().optional(),
});

export interface GraphDirectoryOptions extends GraphClientOptions {
  /** The Koers app registration's client id: its service principal holds the app-role assignments. */
  appId: string;
  /** `$batch` requests in flight at once (Graph allows four per app per mailbox; the batches touch different ones). */
  concurrency?: number;
}

// --- What Koers reads from Graph's answers (lenient: Graph may add properties at any time) ---

const RawUser = z.object({
  id: z.string(),
  displayName: z.string().nullish(),
  mail: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
  jobTitle: z.string().nullish(),
  department: z.string().nullish(),
  preferredLanguage: z.string().nullish(),
  accountEnabled: z.boolean().nullish(),
  employeeHireDate: z.string().nullish(),
  userType: z.string().nullish(),
  'manager@delta': z.array(z.object({ id: z.string().optional(), '@removed': z.object({ reason: z.string() }).optional() })).optional(),
  manager: z.object({ id: z.string() }).nullish(),
  '@removed': z.object({ reason: z.string() }).optional(),
});
type RawUser = z.infer<typeof RawUser>;

const DeltaPage = z.object({
  value: z.array(RawUser),
  '@odata.nextLink': z.string().optional(),
  '@odata.deltaLink': z.string().optional(),
});

const IdPage = z.object({ value: z.array(z.object({ id: z.string() })), '@odata.nextLink': z.string().optional() });

const AssignmentPage = z.object({
  value: z.array(
    z.object({
      id: z.string(),
      principalId: z.string(),
      principalType: z.string(),
      appRoleId: z.string(),
      principalDisplayName: z.string().nullish(),
    }),
  ),
  '@odata.nextLink': z.string().optional(),
});

const RawMailboxSettings = z.object({
  timeZone: z.string().nullish(),
  language: z.object({ locale: z.string().nullish() }).nullish(),
  workingHours: z
    .object({
      daysOfWeek: z.array(z.string()).nullish(),
      startTime: z.string().nullish(),
      endTime: z.string().nullish(),
      timeZone: z.object({ name: z.string().nullish() }).nullish(),
    })
    .nullish(),
});

const BatchResponse = z.object({
  responses: z.array(
    z.object({ id: z.string(), status: z.number(), headers: z.record(z.string(), z.string()).nullish(), body: z.unknown().optional() }),
  ),
});

const WEEKDAY: Readonly<Record<string, number>> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Graph's Edm.TimeOfDay ("08:00:00.0000000") as "HH:mm"; undefined when unreadable. */
function timeOfDay(value: string | null | undefined): string | undefined {
  const match = /^(\d{2}):(\d{2})/.exec(value ?? '');
  return match ? `${match[1]}:${match[2]}` : undefined;
}

export function mailboxSettingsOf(raw: unknown): MailboxSettings | undefined {
  const parsed = RawMailboxSettings.safeParse(raw);
  if (!parsed.success) return undefined;
  const m = parsed.data;
  const start = timeOfDay(m.workingHours?.startTime);
  const end = timeOfDay(m.workingHours?.endTime);
  const days = (m.workingHours?.daysOfWeek ?? []).map((d) => WEEKDAY[d.toLowerCase()]).filter((d): d is number => d !== undefined);
  return {
    ...(m.timeZone ? { timeZone: m.timeZone.slice(0, 100) } : {}),
    ...(m.language?.locale ? { language: m.language.locale.slice(0, 16) } : {}),
    ...(start && end
      ? { workingHours: { days, start, end, ...(m.workingHours?.timeZone?.name ? { timeZone: m.workingHours.timeZone.name.slice(0, 100) } : {}) } }
      : {}),
  };
}

/** A user of Graph's answer as the port's DirectoryUser; undefined for an id that is no user id. */
export function directoryUserOfGraph(raw: RawUser): DirectoryUser | undefined {
  if (!GUID.test(raw.id)) return undefined;
  let managerId: string | null | undefined;
  const delta = raw['manager@delta'];
  if (delta) {
    const current = delta.filter((m) => !m['@removed'] && m.id);
    managerId = current.length > 0 ? (current[current.length - 1]?.id ?? null) : null;
  } else if (raw.manager !== undefined) {
    managerId = raw.manager?.id ?? null;
  }
  if (managerId && !GUID.test(managerId)) managerId = null;
  const text = (value: string | null | undefined, max: number) => (value === undefined ? undefined : value === null ? null : value.slice(0, max));
  const user: DirectoryUser = {
    id: raw.id,
    ...(raw.displayName !== undefined ? { displayName: text(raw.displayName, 256) } : {}),
    ...(raw.mail !== undefined ? { mail: text(raw.mail, 320) } : {}),
    ...(raw.userPrincipalName !== undefined ? { userPrincipalName: text(raw.userPrincipalName, 320) } : {}),
    ...(raw.jobTitle !== undefined ? { jobTitle: text(raw.jobTitle, 128) } : {}),
    ...(raw.department !== undefined ? { department: text(raw.department, 64) } : {}),
    ...(raw.preferredLanguage !== undefined ? { preferredLanguage: text(raw.preferredLanguage, 16) } : {}),
    ...(raw.accountEnabled !== undefined ? { accountEnabled: raw.accountEnabled } : {}),
    ...(raw.employeeHireDate !== undefined ? { employeeHireDate: text(raw.employeeHireDate, 40) } : {}),
    ...(raw.userType !== undefined ? { userType: text(raw.userType, 32) } : {}),
    ...(managerId !== undefined ? { managerId } : {}),
  };
  return user;
}

function changeOf(raw: RawUser): DirectoryUserChange | undefined {
  if (raw['@removed']) {
    if (!GUID.test(raw.id)) return undefined;
    return { kind: 'removed', id: raw.id, reason: raw['@removed'].reason === 'deleted' ? 'deleted' : 'changed' };
  }
  const user = directoryUserOfGraph(raw);
  return user ? { kind: 'changed', user } : undefined;
}

/** Thrown to the sync for anything it cannot go on from: it stops, and the next run resumes. */
export class GraphDirectoryError extends Error {
  override readonly name = 'GraphDirectoryError';
  constructor(
    readonly op: string,
    readonly failure: GraphFailure | Error,
  ) {
    super(`Graph ${op} failed: ${'kind' in failure ? failure.kind : failure.message}`);
  }
}

export function createGraphDirectory(options: GraphDirectoryOptions): DirectoryPort & { requests(): number } {
  const policy: RetryPolicy = { ...GRAPH_SYNC_RETRY, ...options.retry };
  const clients = createGraphClients({ ...options, retry: policy });
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const servicePrincipals = new Map<string, Promise<string>>();
  const origin = new URL(options.baseUrl ?? GRAPH_BASE_URL).origin;
  let sent = 0;

  async function call<T>(tenantId: string, op: string, work: (client: Client) => Promise<T>): Promise<T> {
    sent += 1;
    try {
      return await work(clients.clientFor(tenantId, 'directory'));
    } catch (err) {
      const failure = clients.classify(err, tenantId, op);
      // An expired delta link: 400 syncStateNotFound (directory objects) or 410 Gone.
      if (!(failure instanceof Error) && failure.kind === 'refused' && (failure.status === 410 || failure.code === 'syncStateNotFound')) {
        throw new DirectoryResyncRequiredError(tenantId);
      }
      throw new GraphDirectoryError(op, failure);
    }
  }

  /** Every page of a collection of ids, following `@odata.nextLink`. */
  async function allIds(tenantId: string, op: string, first: string): Promise<string[]> {
    const ids: string[] = [];
    let link: string | undefined = first;
    while (link) {
      const url: string = link;
      const page = IdPage.parse(await call(tenantId, op, (client) => client.api(url).get()));
      ids.push(...page.value.map((v) => v.id).filter((id) => GUID.test(id)));
      link = page['@odata.nextLink'];
    }
    return ids;
  }

  /**
   * GETs through `$batch`, 20 a request, a few requests at a time. Requests Graph throttles inside
   * a batch (their own 429/503/504 with Retry-After) are sent again on the retry policy.
   */
  async function batchGet(tenantId: string, op: string, urls: ReadonlyMap<string, string>): Promise<Map<string, { status: number; body: unknown }>> {
    const results = new Map<string, { status: number; body: unknown }>();
    const keys = [...urls.keys()];
    const chunks: string[][] = [];
    for (let i = 0; i < keys.length; i += BATCH_SIZE) chunks.push(keys.slice(i, i + BATCH_SIZE));

    async function runChunk(chunk: string[]): Promise<void> {
      let pending = chunk;
      let waited = 0;
      for (let failures = 1; pending.length > 0; failures += 1) {
        const requests = pending.map((key, index) => ({ id: String(index + 1), method: 'GET', url: urls.get(key) ?? '' }));
        const answer = BatchResponse.parse(await call(tenantId, op, (client) => client.api('/$batch').post({ requests })));
        const retry: string[] = [];
        let retryAfterMs: number | undefined;
        for (const response of answer.responses) {
          const key = pending[Number(response.id) - 1];
          if (key === undefined) continue;
          if (response.status === 429 || response.status === 503 || response.status === 504) {
            retry.push(key);
            const header = Object.entries(response.headers ?? {}).find(([name]) => name.toLowerCase() === 'retry-after')?.[1];
            const after = parseRetryAfter(header, now());
            if (after !== undefined) retryAfterMs = Math.max(retryAfterMs ?? 0, after);
          } else {
            results.set(key, { status: response.status, body: response.body });
          }
        }
        if (retry.length === 0) return;
        const delay = nextRetry(policy, { failures, waitedMs: waited, random: 0, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
        if (delay === undefined) throw new GraphDirectoryError(op, { kind: 'unavailable', status: 429, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
        clients.log('graph.retry', { tenantId, op, attempt: failures, status: 429, delayMs: delay });
        await sleep(delay);
        waited += delay;
        pending = retry;
      }
    }

    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(concurrency, chunks.length) }, async () => {
        while (next < chunks.length) {
          const chunk = chunks[next++];
          if (chunk) await runChunk(chunk);
        }
      }),
    );
    return results;
  }

  function servicePrincipalId(tenantId: string): Promise<string> {
    let found = servicePrincipals.get(tenantId);
    if (!found) {
      found = call(tenantId, 'servicePrincipal', async (client) =>
        z.object({ id: z.string() }).parse(await client.api(`/servicePrincipals(appId='${segment(options.appId)}')`).select('id').get()).id,
      );
      // A failed look-up is asked again next time.
      found.catch(() => servicePrincipals.delete(tenantId));
      servicePrincipals.set(tenantId, found);
    }
    return found;
  }

  return {
    requests: () => sent,

    async userChanges(tenantId, from) {
      // A link of another Graph than this one (a local Graph that restarted on another port) is
      // useless, and the token must not go there: read in full again.
      if (from && new URL(from.link).origin !== origin) throw new DirectoryResyncRequiredError(tenantId);
      const raw: unknown = await call(tenantId, 'usersDelta', (client) =>
        from ? client.api(from.link).get() : client.api('/users/delta').select([...USER_SELECT, 'manager']).get(),
      );
      const page = DeltaPage.parse(raw);
      const changes = page.value.map(changeOf).filter((c): c is DirectoryUserChange => c !== undefined);
      const next = page['@odata.nextLink'];
      const delta = page['@odata.deltaLink'];
      if (next) return { changes, cursor: { kind: 'next', link: next } };
      if (delta) return { changes, cursor: { kind: 'delta', link: delta } };
      throw new GraphDirectoryError('usersDelta', new Error('a delta page without nextLink or deltaLink'));
    },

    async users(tenantId, userIds) {
      const query = `$select=${USER_SELECT.join(',')}&$expand=manager($select=id)`;
      const urls = new Map(userIds.map((id) => [id, `/users/${segment(id)}?${query}`]));
      const answers = await batchGet(tenantId, 'users', urls);
      const users: DirectoryUser[] = [];
      for (const id of userIds) {
        const answer = answers.get(id);
        if (answer?.status !== 200) continue;
        const parsed = RawUser.safeParse(answer.body);
        const user = parsed.success ? directoryUserOfGraph(parsed.data) : undefined;
        // Read directly, a user without a manager has no `manager` at all: that is "none".
        if (user) users.push({ managerId: null, ...user });
      }
      return users;
    },

    async mailboxSettings(tenantId, userIds) {
      const urls = new Map(userIds.map((id) => [id, `/users/${segment(id)}/mailboxSettings`]));
      const answers = await batchGet(tenantId, 'mailboxSettings', urls);
      const settings = new Map<string, MailboxSettings | null>();
      for (const id of userIds) {
        const answer = answers.get(id);
        if (!answer) continue;
        // No Exchange mailbox (MailboxNotEnabledForRESTAPI, 404): a frontline user, not a failure.
        if (answer.status === 404) settings.set(id, null);
        else if (answer.status === 200) {
          const parsed = mailboxSettingsOf(answer.body);
          if (parsed) settings.set(id, parsed);
        } else clients.log('graph.mailbox-settings-failed', { tenantId, userId: id, status: answer.status });
      }
      return settings;
    },

    async groupMembers(tenantId, groupId, { transitive }) {
      const relation = transitive ? 'transitiveMembers' : 'members';
      return allIds(tenantId, relation, `/groups/${segment(groupId)}/${relation}/microsoft.graph.user?$select=id`);
    },

    async grantedPermissions(tenantId) {
      try {
        const koers = await servicePrincipalId(tenantId);
        const graph = GraphServicePrincipal.parse(
          await call(tenantId, 'graphServicePrincipal', (client) => client.api(`/servicePrincipals(appId='${MICROSOFT_GRAPH_APP_ID}')`).select(['id', 'appRoles']).get()),
        );
        const names = new Map(graph.appRoles.map((r) => [r.id.toLowerCase(), r.value]));
        const granted = new Set<string>();
        let link: string | undefined = `/servicePrincipals/${segment(koers)}/appRoleAssignments`;
        while (link) {
          const url: string = link;
          const page = GrantPage.parse(await call(tenantId, 'appRoleAssignments', (client) => client.api(url).get()));
          for (const grant of page.value) {
            const name = grant.resourceId.toLowerCase() === graph.id.toLowerCase() ? names.get(grant.appRoleId.toLowerCase()) : undefined;
            if (name) granted.add(name);
          }
          link = page['@odata.nextLink'];
        }
        return [...granted].sort();
      } catch (error) {
        // Without Application.Read.All, Graph refuses to say what else was granted.
        if (error instanceof GraphDirectoryError && !(error.failure instanceof Error) && error.failure.kind === 'refused' && error.failure.status === 403) return undefined;
        throw error;
      }
    },

    async appRoleAssignments(tenantId, nextLink) {
      const url = nextLink ?? `/servicePrincipals/${segment(await servicePrincipalId(tenantId))}/appRoleAssignedTo`;
      const page = AssignmentPage.parse(await call(tenantId, 'appRoleAssignedTo', (client) => client.api(url).get()));
      const assignments: AppRoleAssignment[] = page.value.flatMap((a) => {
        const type = a.principalType === 'User' || a.principalType === 'Group' || a.principalType === 'ServicePrincipal' ? a.principalType : undefined;
        if (!type || !GUID.test(a.principalId) || !GUID.test(a.appRoleId)) return [];
        return [{ id: a.id, principalId: a.principalId, principalType: type, appRoleId: a.appRoleId, principalDisplayName: a.principalDisplayName ?? null }];
      });
      return { assignments, ...(page['@odata.nextLink'] ? { nextLink: page['@odata.nextLink'] } : {}) };
    },
  };
}
