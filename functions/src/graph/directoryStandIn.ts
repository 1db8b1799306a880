import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { generate } from 'selfsigned';
import { z } from 'zod';
import { ActivityType } from '@koers/domain';
import { MICROSOFT_GRAPH_APP_ID } from './directory';
import { GRAPH_CALLS, graphPermissions } from './permissions';

/**
 * A local Microsoft Graph for the directory: an HTTPS server on 127.0.0.1 that answers the calls
 * of graph/directory.ts in Graph's documented shapes — `/users/delta` (pages with
 * `@odata.nextLink`, then an `@odata.deltaLink`; later rounds report only what changed, removals
 * as `@removed`, the manager as `manager@delta`), users by id with `$expand=manager`,
 * `mailboxSettings` (404 MailboxNotEnabledForRESTAPI without a mailbox), group members and
 * transitive members, the service principal's `appRoleAssignedTo`, JSON batching (`$batch`, at
 * most 20) and throttling (429 with Retry-After, also inside a batch). An unknown or forgotten
 * delta token answers 400 syncStateNotFound, as Graph does for an expired one.
 *
 * It serves a fixture (DirectoryFixture), read again whenever `load` returns a new one: `npm start`
 * keeps it in a JSON file in the data folder, so a new hire, a manager change or a leaver typed
 * there shows after *Nu synchroniseren*. Each tenant is told apart by its bearer token
 * (`standInToken(tenantId)`), as an app-only token is issued per tenant.
 */

const Guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

/** mailboxSettings as Graph answers it (the parts Koers reads). */
const FixtureMailbox = z.object({
  timeZone: z.string().optional(),
  language: z.object({ locale: z.string(), displayName: z.string().optional() }).optional(),
  workingHours: z
    .object({
      daysOfWeek: z.array(z.string()),
      startTime: z.string(),
      endTime: z.string(),
      timeZone: z.object({ name: z.string() }).optional(),
    })
    .optional(),
});

/** A user as Graph holds them, with the manager by id and the mailbox (null: none, a frontline user). */
export const FixtureUser = z.object({
  id: Guid,
  displayName: z.string().nullable().optional(),
  mail: z.string().nullable().optional(),
  userPrincipalName: z.string().nullable().optional(),
  jobTitle: z.string().nullable().optional(),
  department: z.string().nullable().optional(),
  preferredLanguage: z.string().nullable().optional(),
  accountEnabled: z.boolean().default(true),
  employeeHireDate: z.string().nullable().optional(),
  userType: z.enum(['Member', 'Guest']).optional(),
  /**
   * Template ids of the user's Entra ID directory roles (a Global Administrator's is
   * 62e90394-69f5-4237-9190-012177145e10). Koers never asks Graph for them: the local dev issuer
   * puts them in the `wids` claim of the user's token, as Entra ID does.
   */
  directoryRoleTemplateIds: z.array(Guid).optional(),
  managerId: Guid.nullable().optional(),
  mailboxSettings: FixtureMailbox.nullable().default(null),
  /** false: Koers is not installed in this person's Teams, so Graph refuses their activity notifications (403). */
  teamsAppInstalled: z.boolean().optional(),
});
export type FixtureUser = z.input<typeof FixtureUser>;

export const DirectoryFixture = z.object({
  tenants: z.array(
    z.object({
      tenantId: Guid,
      /** The organisation's name, as Graph's `/organization` gives its displayName (the local dev issuer's persona list shows it). */
      organisationName: z.string().optional(),
      /** The Koers service principal's object id in this tenant. */
      servicePrincipalId: Guid,
      users: z.array(FixtureUser),
      /**
       * The Graph application permissions the tenant's admin consented to (absent: all Koers asks
       * for). A call whose permission is missing answers 403 Authorization_RequestDenied, as Graph does.
       */
      grantedPermissions: z.array(z.string()).optional(),
      groups: z.array(z.object({ id: Guid, displayName: z.string().optional(), members: z.array(Guid) })).default([]),
      appRoleAssignments: z
        .array(
          z.object({
            id: z.string(),
            principalId: Guid,
            principalType: z.enum(['User', 'Group', 'ServicePrincipal']),
            appRoleId: Guid,
            principalDisplayName: z.string().nullable().optional(),
          }),
        )
        .default([]),
    }),
  ),
});
export type DirectoryFixture = z.input<typeof DirectoryFixture>;
type Tenant = z.output<typeof DirectoryFixture>['tenants'][number];
type User = z.output<typeof FixtureUser>;

const TOKEN_PREFIX = 'koers-graph-stand-in.';


/** A stable made-up id per permission for the stand-in's Microsoft Graph service principal. */
function appRoleIdOf(permission: string): string {
  const hex = Buffer.from(permission).toString('hex').padEnd(32, '0').slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const GRAPH_SERVICE_PRINCIPAL_ID = 'a0000000-0000-4000-8000-00000000a000';

/** The permission a request needs, as permissions.ts lists Koers' calls; reading grants needs Application.Read.All. */
function permissionFor(method: string, path: string): string | undefined {
  if (/^\/servicePrincipals/.test(path)) return 'Application.Read.All';
  return GRAPH_CALLS.find((c) => c.method === method && c.pattern.test(path))?.permission;
}

/** The bearer token the stand-in takes for a tenant (what the local token source hands out). */
export function standInToken(tenantId: string): string {
  return `${TOKEN_PREFIX}${tenantId}`;
}

export interface DirectoryStandInOptions {
  /** The fixture as it is now; called for every request (cache it: the stand-in compares it by identity). */
  load: () => DirectoryFixture;
  /** Users on one page of `/users/delta` (Graph pages by about a hundred). */
  pageSize?: number;
}

export interface DirectoryStandIn {
  /** Graph's root, like https://graph.microsoft.com/. */
  baseUrl: string;
  /** The certificate to trust (on an agent of the caller's own). */
  ca: string;
  /** Every request, in order: method and path (below /v1.0), and the inner requests of a batch. */
  requests: { method: string; path: string; inBatch?: boolean }[];
  /** The next `times` requests whose path matches answer 429 with this Retry-After (seconds). */
  throttle(path: RegExp, times: number, retryAfterSeconds: number): void;
  /** The next `times` requests inside batches answer 429 with this Retry-After. */
  throttleInBatch(times: number, retryAfterSeconds: number): void;
  /** Forgets every delta and next link handed out (as Graph does after seven days). */
  forgetDeltaTokens(): void;
  /** The activity feed notifications Graph took for a person, newest first (at most the last 50). */
  activityFeed(tenantId: string, userId: string): StandInActivity[];
  /**
   * A user of the fixture by address (mail or sign-in name), with their tenant, directory roles and
   * Koers app-role assignments: what the local dev issuer needs to mint the token Entra ID would.
   */
  userByEmail(email: string): StandInUser | undefined;
  /** Every enabled member of the fixture, with their organisation's name: the local persona list. */
  directoryUsers(): (StandInUser & { organisationName: string; jobTitle?: string })[];
  close(): Promise<void>;
}

/**
 * A `sendActivityNotification` request body as Graph documents it (userteamwork-sendactivitynotification):
 * a topic (`entityUrl`: a Graph URL; `text`: plain text, then `webUrl` is required), the activity
 * type the app manifest declares, the preview (Teams shows 150 characters) and the template's
 * parameters.
 */
export const ActivityNotificationRequest = z
  .object({
    topic: z.object({ source: z.enum(['entityUrl', 'text']), value: z.string().min(1), webUrl: z.string().url().optional() }),
    activityType: z.string().min(1),
    previewText: z.object({ content: z.string().max(150) }).optional(),
    templateParameters: z.array(z.object({ name: z.string().min(1), value: z.string() })).default([]),
    chainId: z.number().int().optional(),
    teamsAppId: z.string().optional(),
    iconId: z.string().optional(),
  })
  .refine((body) => body.topic.source !== 'text' || body.topic.webUrl !== undefined, { message: 'topic.webUrl is required for a text topic', path: ['topic', 'webUrl'] });
export type ActivityNotificationRequest = z.output<typeof ActivityNotificationRequest>;

/** One notification the stand-in took, as the person's Teams would list it. */
export interface StandInActivity extends ActivityNotificationRequest {
  receivedAt: string;
}

/** What the stand-in keeps per person: the feed shows the recent ones. */
const FEED_LENGTH = 50;

export interface StandInUser {
  tenantId: string;
  id: string;
  displayName: string;
  email: string;
  directoryRoleTemplateIds: string[];
  appRoleIds: string[];
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const JSON_TYPE = 'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8';

function graphError(status: number, code: string, message: string): Answer {
  return { status, body: { error: { code, message, innerError: { date: new Date().toISOString().slice(0, 19), 'request-id': crypto.randomUUID() } } } };
}

const throttled = (retryAfterSeconds: number): Answer => ({
  ...graphError(429, 'TooManyRequests', 'Please retry again later.'),
  headers: { 'Retry-After': String(retryAfterSeconds) },
});

/** A user as `/users/delta` or `/users/{id}` answers: the selected properties, present when set. */
function graphUser(user: User, select: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { id: user.id };
  for (const key of select) {
    if (key === 'id' || key === 'manager') continue;
    const value = (user as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Snapshot of a tenant's users as the delta compares them: id → what a change would report. */
type Snapshot = Map<string, string>;

function snapshotOf(tenant: Tenant): Snapshot {
  return new Map(tenant.users.map((u) => [u.id, JSON.stringify({ ...u, mailboxSettings: undefined })]));
}

export async function startDirectoryStandIn(options: DirectoryStandInOptions): Promise<DirectoryStandIn> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - 86_400_000),
    notAfterDate: new Date(Date.now() + 365 * 86_400_000),
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  const pageSize = options.pageSize ?? 100;
  const requests: DirectoryStandIn['requests'] = [];
  const throttles: { path: RegExp; times: number; retryAfter: number }[] = [];
  let batchThrottle = { times: 0, retryAfter: 0 };

  let lastRaw: DirectoryFixture | undefined;
  let parsed = new Map<string, Tenant>();
  function tenants(): Map<string, Tenant> {
    const raw = options.load();
    if (raw !== lastRaw) {
      parsed = new Map(DirectoryFixture.parse(raw).tenants.map((t) => [t.tenantId, t]));
      lastRaw = raw;
    }
    return parsed;
  }

  // Delta state: the snapshot each deltaLink stands for, and the pages of rounds in progress.
  const deltaSnapshots = new Map<string, { tenantId: string; snapshot: Snapshot; select: string[] }>();
  const rounds = new Map<string, { tenantId: string; items: Record<string, unknown>[]; deltaToken: string }>();
  let base = '';

  function deltaPage(tenantId: string, roundId: string, index: number): Answer {
    const round = rounds.get(roundId);
    if (!round || round.tenantId !== tenantId) return graphError(400, 'syncStateNotFound', 'The sync state generation is not found.');
    const items = round.items.slice(index * pageSize, (index + 1) * pageSize);
    const more = (index + 1) * pageSize < round.items.length;
    return {
      status: 200,
      body: {
        '@odata.context': `${base}v1.0/$metadata#users`,
        ...(more
          ? { '@odata.nextLink': `${base}v1.0/users/delta?$skiptoken=${roundId}.${index + 1}` }
          : { '@odata.deltaLink': `${base}v1.0/users/delta?$deltatoken=${round.deltaToken}` }),
        value: items,
      },
    };
  }

  function startRound(tenant: Tenant, since: Snapshot | undefined, select: string[]): Answer {
    const wantsManager = select.includes('manager');
    const items: Record<string, unknown>[] = [];
    const users = new Map(tenant.users.map((u) => [u.id, u]));
    const now = snapshotOf(tenant);
    for (const user of tenant.users) {
      const before = since?.get(user.id);
      const after = now.get(user.id);
      if (since && before === after) continue;
      const previousManager = before ? (JSON.parse(before) as { managerId?: string | null }).managerId : undefined;
      const item = graphUser(user, select);
      // The manager link: reported in a full read, and in a later round when it changed.
      if (wantsManager && (!since || previousManager !== user.managerId)) {
        if (user.managerId && users.has(user.managerId)) item['manager@delta'] = [{ '@odata.type': '#microsoft.graph.user', id: user.managerId }];
        else if (since && previousManager) item['manager@delta'] = [{ '@odata.type': '#microsoft.graph.user', id: previousManager, '@removed': { reason: 'deleted' } }];
      }
      items.push(item);
    }
    if (since) for (const id of since.keys()) if (!now.has(id)) items.push({ id, '@removed': { reason: 'changed' } });
    const deltaToken = crypto.randomUUID().replace(/-/g, '');
    deltaSnapshots.set(deltaToken, { tenantId: tenant.tenantId, snapshot: now, select });
    const roundId = crypto.randomUUID().replace(/-/g, '');
    rounds.set(roundId, { tenantId: tenant.tenantId, items, deltaToken });
    return deltaPage(tenant.tenantId, roundId, 0);
  }

  function groupMembers(tenant: Tenant, groupId: string, transitive: boolean): string[] {
    const groups = new Map(tenant.groups.map((g) => [g.id, g]));
    const userIds = new Set(tenant.users.map((u) => u.id));
    const found = new Set<string>();
    const visit = (id: string, depth: number) => {
      for (const member of groups.get(id)?.members ?? []) {
        if (userIds.has(member)) found.add(member);
        else if (transitive && groups.has(member) && depth < 10) visit(member, depth + 1);
      }
    };
    visit(groupId, 0);
    return [...found];
  }

  function grantsOf(tenant: Tenant): string[] {
    return tenant.grantedPermissions ?? graphPermissions();
  }

  /** One GET below /v1.0 (directly or inside a batch). */
  function get(tenant: Tenant, path: string, query: URLSearchParams): Answer {
    const needed = permissionFor('GET', path);
    if (needed && !grantsOf(tenant).includes(needed)) return graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
    const select = (query.get('$select') ?? '').split(',').filter(Boolean);
    if (path === '/users/delta') {
      const skip = query.get('$skiptoken');
      if (skip) {
        const [roundId = '', index = '0'] = skip.split('.');
        return deltaPage(tenant.tenantId, roundId, Number(index));
      }
      const token = query.get('$deltatoken');
      if (token) {
        const since = deltaSnapshots.get(token);
        if (!since || since.tenantId !== tenant.tenantId) return graphError(400, 'syncStateNotFound', 'The sync state generation is not found. The delta token is expired and data must be synchronized again.');
        return startRound(tenant, since.snapshot, since.select);
      }
      return startRound(tenant, undefined, select.length > 0 ? select : ['displayName', 'mail', 'userPrincipalName', 'jobTitle', 'preferredLanguage']);
    }
    let match = /^\/users\/([^/]+)\/mailboxSettings$/.exec(path);
    if (match) {
      const user = tenant.users.find((u) => u.id === decodeURIComponent(match?.[1] ?? ''));
      if (!user) return graphError(404, 'Request_ResourceNotFound', 'Resource does not exist.');
      if (!user.mailboxSettings) return graphError(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.');
      return { status: 200, body: { '@odata.context': `${base}v1.0/$metadata#users('${user.id}')/mailboxSettings`, ...user.mailboxSettings } };
    }
    match = /^\/users\/([^/]+)$/.exec(path);
    if (match) {
      const user = tenant.users.find((u) => u.id === decodeURIComponent(match?.[1] ?? ''));
      if (!user) return graphError(404, 'Request_ResourceNotFound', 'Resource does not exist.');
      const body = graphUser(user, select.length > 0 ? select : ['displayName', 'mail', 'userPrincipalName']);
      if ((query.get('$expand') ?? '').startsWith('manager') && user.managerId && tenant.users.some((u) => u.id === user.managerId)) {
        body.manager = { '@odata.type': '#microsoft.graph.user', id: user.managerId };
      }
      return { status: 200, body };
    }
    match = /^\/groups\/([^/]+)\/(members|transitiveMembers)\/microsoft\.graph\.user$/.exec(path);
    if (match) {
      const ids = groupMembers(tenant, decodeURIComponent(match[1] ?? ''), match[2] === 'transitiveMembers');
      return { status: 200, body: { '@odata.context': `${base}v1.0/$metadata#users(id)`, value: ids.map((id) => ({ '@odata.type': '#microsoft.graph.user', id })) } };
    }
    match = /^\/servicePrincipals\(appId='([^']+)'\)$/.exec(path);
    if (match?.[1] === MICROSOFT_GRAPH_APP_ID) {
      return {
        status: 200,
        body: {
          '@odata.context': `${base}v1.0/$metadata#servicePrincipals(id,appRoles)/$entity`,
          id: GRAPH_SERVICE_PRINCIPAL_ID,
          appRoles: graphPermissions().map((value) => ({ id: appRoleIdOf(value), value, allowedMemberTypes: ['Application'], isEnabled: true })),
        },
      };
    }
    if (match) return { status: 200, body: { '@odata.context': `${base}v1.0/$metadata#servicePrincipals(id)/$entity`, id: tenant.servicePrincipalId } };
    match = /^\/servicePrincipals\/([^/]+)\/appRoleAssignments$/.exec(path);
    if (match) {
      if (decodeURIComponent(match[1] ?? '') !== tenant.servicePrincipalId) return graphError(404, 'Request_ResourceNotFound', 'Resource does not exist.');
      return {
        status: 200,
        body: {
          '@odata.context': `${base}v1.0/$metadata#servicePrincipals('${tenant.servicePrincipalId}')/appRoleAssignments`,
          value: grantsOf(tenant).map((permission) => ({
            id: `grant-${permission}`,
            appRoleId: appRoleIdOf(permission),
            principalId: tenant.servicePrincipalId,
            principalType: 'ServicePrincipal',
            resourceId: GRAPH_SERVICE_PRINCIPAL_ID,
            resourceDisplayName: 'Microsoft Graph',
          })),
        },
      };
    }
    match = /^\/servicePrincipals\/([^/]+)\/appRoleAssignedTo$/.exec(path);
    if (match) {
      if (decodeURIComponent(match[1] ?? '') !== tenant.servicePrincipalId) return graphError(404, 'Request_ResourceNotFound', 'Resource does not exist.');
      return {
        status: 200,
        body: {
          '@odata.context': `${base}v1.0/$metadata#servicePrincipals('${tenant.servicePrincipalId}')/appRoleAssignedTo`,
          value: tenant.appRoleAssignments.map((a) => ({ ...a, resourceId: tenant.servicePrincipalId, resourceDisplayName: 'Koers' })),
        },
      };
    }
    return graphError(400, 'BadRequest', `Resource not found for the segment '${path.split('/')[1] ?? ''}'.`);
  }

  const BatchRequest = z.object({
    requests: z.array(z.object({ id: z.string(), method: z.string(), url: z.string(), headers: z.record(z.string(), z.string()).optional() })).min(1),
  });

  function batch(tenant: Tenant, body: unknown): Answer {
    const parsedBody = BatchRequest.safeParse(body);
    if (!parsedBody.success) return graphError(400, 'BadRequest', 'Invalid batch payload format.');
    if (parsedBody.data.requests.length > 20) return graphError(400, 'BadRequest', 'The number of batch requests exceeds 20.');
    const responses = parsedBody.data.requests.map((request) => {
      const url = new URL(request.url.startsWith('/') ? request.url : `/${request.url}`, 'https://127.0.0.1');
      requests.push({ method: request.method, path: url.pathname, inBatch: true });
      if (batchThrottle.times > 0) {
        batchThrottle.times -= 1;
        const answer = throttled(batchThrottle.retryAfter);
        return { id: request.id, status: answer.status, headers: { 'Retry-After': String(batchThrottle.retryAfter), 'Content-Type': 'application/json' }, body: answer.body };
      }
      const answer = request.method === 'GET' ? get(tenant, url.pathname, url.searchParams) : graphError(405, 'BadRequest', 'Only GET inside a batch here.');
      return { id: request.id, status: answer.status, headers: { 'Content-Type': 'application/json' }, body: answer.body };
    });
    return { status: 200, body: { responses } };
  }

  const feeds = new Map<string, StandInActivity[]>();
  const feedKey = (tenantId: string, userId: string) => `${tenantId}|${userId}`;

  /** Graph's checks in Graph's order: consent, the body, the person, Koers installed for them, the declared type. */
  function sendActivityNotification(tenant: Tenant, path: string, userId: string, body: unknown): Answer {
    const needed = permissionFor('POST', path);
    if (needed && !grantsOf(tenant).includes(needed)) return graphError(403, 'Forbidden', `Missing role permissions on the request. API requires one of ${needed}.`);
    const parsedBody = ActivityNotificationRequest.safeParse(body);
    if (!parsedBody.success) return graphError(400, 'BadRequest', `Invalid request body: ${parsedBody.error.issues.map((i) => i.path.join('.') || '(root)').join(', ')}.`);
    const user = tenant.users.find((u) => u.id === userId || u.userPrincipalName?.toLowerCase() === userId.toLowerCase());
    if (!user || user.accountEnabled === false) return graphError(404, 'NotFound', 'The requested user could not be found.');
    if (user.teamsAppInstalled === false) return graphError(403, 'Forbidden', 'The app is not installed for the recipient of the notification.');
    if (!ActivityType.safeParse(parsedBody.data.activityType).success && parsedBody.data.activityType !== 'systemDefault') {
      return graphError(400, 'BadRequest', 'The activity type is not declared in the app manifest.');
    }
    const key = feedKey(tenant.tenantId, user.id);
    feeds.set(key, [{ ...parsedBody.data, receivedAt: new Date().toISOString() }, ...(feeds.get(key) ?? [])].slice(0, FEED_LENGTH));
    return { status: 204 };
  }

  function handle(method: string, path: string, query: URLSearchParams, body: unknown, authorization: string | undefined): Answer {
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
    const tenant = token.startsWith(TOKEN_PREFIX) ? tenants().get(token.slice(TOKEN_PREFIX.length)) : undefined;
    if (!tenant) return graphError(401, 'InvalidAuthenticationToken', 'Access token validation failure.');
    const throttle = throttles.find((t) => t.times > 0 && t.path.test(path));
    if (throttle) {
      throttle.times -= 1;
      return throttled(throttle.retryAfter);
    }
    if (method === 'POST' && path === '/$batch') return batch(tenant, body);
    const activity = /^\/users\/([^/]+)\/teamwork\/sendActivityNotification$/.exec(path);
    if (method === 'POST' && activity) return sendActivityNotification(tenant, path, decodeURIComponent(activity[1] ?? ''), body);
    if (method === 'GET') return get(tenant, path, query);
    return graphError(405, 'BadRequest', 'Method not allowed.');
  }

  const sockets = new Set<Socket>();
  const server = https.createServer({ cert: pems.cert, key: pems.private }, (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'https://127.0.0.1');
      const path = url.pathname.replace(/^\/v1\.0/, '');
      const method = req.method ?? 'GET';
      requests.push({ method, path });
      let body: unknown;
      let answer: Answer;
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        body = text ? JSON.parse(text) : undefined;
        answer = handle(method, path, url.searchParams, body, req.headers.authorization);
      } catch {
        answer = graphError(400, 'BadRequest', 'Unable to read JSON request payload.');
      }
      if (answer.status === 204) {
        res.writeHead(204, { 'request-id': crypto.randomUUID(), ...answer.headers }).end();
        return;
      }
      res.writeHead(answer.status, { 'Content-Type': JSON_TYPE, 'request-id': crypto.randomUUID(), ...answer.headers }).end(JSON.stringify(answer.body ?? {}));
    });
  });
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `https://127.0.0.1:${port}/`;

  return {
    baseUrl: base,
    ca: pems.cert,
    requests,
    throttle: (path, times, retryAfterSeconds) => throttles.push({ path, times, retryAfter: retryAfterSeconds }),
    throttleInBatch: (times, retryAfterSeconds) => {
      batchThrottle = { times, retryAfter: retryAfterSeconds };
    },
    directoryUsers: () =>
      [...tenants().values()].flatMap((tenant) =>
        tenant.users
          .filter((u) => u.accountEnabled !== false && u.userType !== 'Guest' && (u.mail ?? u.userPrincipalName))
          .map((u) => ({
            tenantId: tenant.tenantId,
            organisationName: tenant.organisationName ?? tenant.tenantId,
            id: u.id,
            displayName: u.displayName ?? u.mail ?? u.userPrincipalName ?? u.id,
            email: u.mail ?? u.userPrincipalName ?? '',
            ...(u.jobTitle ? { jobTitle: u.jobTitle } : {}),
            directoryRoleTemplateIds: u.directoryRoleTemplateIds ?? [],
            appRoleIds: tenant.appRoleAssignments.filter((a) => a.principalId === u.id).map((a) => a.appRoleId),
          })),
      ),
    userByEmail: (email) => {
      const wanted = email.trim().toLowerCase();
      for (const tenant of tenants().values()) {
        const user = tenant.users.find((u) => [u.mail, u.userPrincipalName].some((a) => a?.toLowerCase() === wanted));
        if (!user || user.accountEnabled === false) continue;
        return {
          tenantId: tenant.tenantId,
          id: user.id,
          displayName: user.displayName ?? wanted,
          email: user.mail ?? user.userPrincipalName ?? wanted,
          directoryRoleTemplateIds: user.directoryRoleTemplateIds ?? [],
          appRoleIds: tenant.appRoleAssignments.filter((a) => a.principalId === user.id).map((a) => a.appRoleId),
        };
      }
      return undefined;
    },
    activityFeed: (tenantId, userId) => [...(feeds.get(feedKey(tenantId, userId)) ?? [])],
    forgetDeltaTokens: () => {
      deltaSnapshots.clear();
      rounds.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      }),
  };
}
