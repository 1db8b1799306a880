import { randomUUID } from 'node:crypto';
import {
  addDays,
  bundleId,
  ConcurrencyError,
  ConflictError,
  conversationReminderRelevance,
  DIGEST_KIND,
  FOLLOW_UP_KIND,
  followUpRelevance,
  GOAL_REMINDER_KIND,
  goalReminderRelevance,
  goalReminderSettings,
  popLink,
  type GoalReminderSettings,
  type Pop,
  formatDate,
  inRunDelayMs,
  IN_RUN_RETRIES,
  isPreparationDone,
  isReminderKind,
  isRetryable,
  MAX_ATTEMPTS,
  nextSendMoment,
  parseDate,
  planBundle,
  plannedStartOf,
  recipientDay,
  retryDelayMs,
  type Clock,
  type Person,
  type RecipientCalendar,
  type Reminder,
  type SendFailure,
  type Stored,
  type Stores,
  type LinkTarget,
  NOTICE_GRACE_MS,
  NOTICE_KIND,
  noticeBundleId,
  noticeVerdict,
  isRoundNotice,
  type RoundNotice,
  type StoredConversationReference,
  type OutboxDispatcher,
  ACTIVITY_DELIVERY,
  type ActivityFeedPort,
  type ActivityNotification,
  type ActivityResult,
  employeeOfReminder,
  setAsideAtSendTime,
  type SetAsideReason,
} from '@koers/domain';
import { certificateReminderFacts, conversationTemplate, followUpPlan, organisationHolidays, roundNoticeFacts } from '@koers/app';
import { noticeReplies, repliesActivity, roundNoticeReplies } from '@koers/bot';
import { bundleDay, CERTIFICATE_EXPIRY_KIND, type DispatchStore, type ReminderBundle } from '@koers/domain';
import { MAX_PAGE_SIZE, personLocale, utcDay } from '@koers/domain';
import { noticeActivity } from './activityNotice';
import { reminderActivity, type BundleLine } from './card';
import { managerDigest } from './managerDigest';
import { acquireLease, type Lease } from './lease';
import { CONVERSATION_WINDOWS, RateLimiter, TENANT_WINDOWS } from './rateLimiter';
import { ProactiveReference, TransportError, type ReminderActivity, type ReminderTransport } from './transport';

/**
 * The reminder dispatcher: a timer run picks up what is ready in each tenant's due index,
 * bundles it per person (one chat message per person per local day, inside their working hours),
 * and sends it through the transport under Teams' rate limits.
 *
 * Exactly-once, as far as the Bot Connector allows. Every step is an ETag-conditional write:
 *   1. tenant lease (two overlapping runs: one works the tenant, the other skips it);
 *   2. the bundle record `bundle|recipient|day` is created or taken over (state claimed);
 *   3. each reminder is claimed (due → sending, with run id, expiry and bundle id);
 *   4. the activity is POSTed (the bundle's reminder list is corrected first if a claim was lost);
 *   5. the bundle is marked `sent` (the sent marker), then each reminder `sent`.
 * A crash before 4's POST leaves claims that expire; the next run takes the bundle over and sends
 * it, nothing was delivered before. A crash after 5's bundle write leaves `sending` reminders whose
 * bundle says `sent`: the next run marks them sent without sending.
 * The residual window: the Bot Connector has no idempotent send (a client-chosen activity id is
 * ignored, and nothing lists a chat's past bot messages), so a crash between the connector
 * accepting the POST and the `sent` write (one Cosmos point write, a few ms) — or a connection
 * dropped after the connector took the message — is resent: at-least-once in that window only.
 * The window is kept that small by writing nothing else between the POST and the marker, by
 * sending with a client that never retries on its own (botConnector/connectorClient.ts), and by self-fencing: a run
 * whose claim is about to expire does not POST.
 */

export type DispatchStep = 'bundle-claimed' | 'reminders-claimed' | 'about-to-post' | 'posted' | 'bundle-sent' | 'reminder-sent';

/** Ids and counts only: never names, addresses or message text. */
export interface DispatchLog {
  info(message: string, fields: Record<string, string | number>): void;
  warn(message: string, fields: Record<string, string | number>): void;
}

export interface DispatchSummary {
  tenants: number;
  leaseBusy: number;
  bundles: number;
  sent: number;
  skipped: number;
  deferred: number;
  failed: number;
  dead: number;
  recovered: number;
}

export interface ReminderDispatcherOptions {
  stores: Stores;
  dispatch: DispatchStore;
  transport: ReminderTransport;
  clock: Clock;
  /** Where the card's links point (see domain/src/links.ts). */
  links: LinkTarget;
  log?: DispatchLog;
  limiter?: RateLimiter;
  /** Recipients worked on in parallel; the rate limiter, not this, sets the pace. */
  concurrency?: number;
  /** How long a claim (bundle and reminders) holds before another run may take it over. */
  claimMs?: number;
  leaseMs?: number;
  /** Earlier UTC day buckets read per run (retries and deferrals of past days live there). */
  lookbackDays?: number;
  /** Bound on reminders read per tenant per run; the rest waits for the next run. */
  maxPerRun?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * Installs Koers for someone without a chat with it yet (Graph in Azure), so they still hear what
   * concerns them; without it such messages wait for the person to open Koers.
   */
  installer?: { installFor(tenantId: string, userId: string): Promise<'installed' | 'not-configured' | 'failed'> };
  /**
   * The people's Teams activity feed (Graph in Azure, the local Graph stand-in locally): the
   * moments that wait for someone go there too, or there instead of the chat (ACTIVITY_DELIVERY).
   * Without it every notice is a chat message only.
   */
  activityFeed?: ActivityFeedPort;
  /** Test hook: called after each step; a throw there is a crash (no clean-up happens). */
  faults?: (step: DispatchStep, context: { bundleId: string; reminderId?: string }) => void;
}

export interface ReminderDispatcher extends OutboxDispatcher {
  run(): Promise<DispatchSummary>;
}

/** Raised by the fault hook: propagates like a crash, skipping every clean-up on the way out. */
export class InjectedCrash extends Error {
  constructor(readonly step: DispatchStep) {
    super(`injected crash after ${step}`);
    this.name = 'InjectedCrash';
  }
}

export const LEASE_ID = 'lease|reminders';
/** A run does not POST with less than this left on its claim (self-fencing against a takeover). */
const FENCE_MS = 30_000;
/** An in-run wait longer than this (a long Retry-After) is left to a later run instead. */
const MAX_IN_RUN_WAIT_MS = 10_000;
const OCCURRENCE_SEPARATOR = '~';


type Entry = Stored<Reminder>;

function emptySummary(): DispatchSummary {
  return { tenants: 0, leaseBusy: 0, bundles: 0, sent: 0, skipped: 0, deferred: 0, failed: 0, dead: 0, recovered: 0 };
}

/** Runs `work` over `items` with at most `limit` in flight. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The id of the occurrence that continues `id` in a later bucket: deterministic, so a retry finds it. */
export function carriedId(id: string): string {
  const [root = id, generation] = id.split(OCCURRENCE_SEPARATOR);
  return `${root}${OCCURRENCE_SEPARATOR}${Number(generation ?? 0) + 1}`;
}

export function createReminderDispatcher(options: ReminderDispatcherOptions): ReminderDispatcher {
  const { stores, dispatch, transport, clock } = options;
  const log: DispatchLog = options.log ?? { info: () => undefined, warn: () => undefined };
  const limiter = options.limiter ?? new RateLimiter();
  const concurrency = options.concurrency ?? 16;
  const claimMs = options.claimMs ?? 120_000;
  const leaseMs = options.leaseMs ?? 120_000;
  const lookbackDays = options.lookbackDays ?? 7;
  const maxPerRun = options.maxPerRun ?? 5_000;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = () => clock.now().getTime();
  const iso = (ms: number) => new Date(ms).toISOString();

  function step(name: DispatchStep, context: { bundleId: string; reminderId?: string }): void {
    if (!options.faults) return;
    try {
      options.faults(name, context);
    } catch {
      throw new InjectedCrash(name);
    }
  }

  /** An ETag-conditional write that lost means another run moved the reminder on: not ours any more. */
  async function write(entry: Entry, next: Reminder): Promise<Entry | undefined> {
    try {
      return await stores.reminders.replace(next, entry.etag);
    } catch (error) {
      if (error instanceof ConcurrencyError) return undefined;
      throw error;
    }
  }

  async function markDead(entry: Entry, reason: string, summary: DispatchSummary): Promise<void> {
    const r = entry.value;
    const { claim: _claim, ...rest } = r;
    if (await write(entry, { ...rest, state: 'dead', lastError: reason.slice(0, 20) })) {
      summary.dead++;
      log.warn('reminder dead-lettered', { tenantId: r.tenantId, reminderId: r.id, recipientId: r.recipientId, reason, attempts: r.attempts });
    }
  }

  /**
   * Puts a reminder back until `until`. If that is beyond the days a run looks back from the
   * reminder's own bucket, it is carried into the bucket of `until` as a new occurrence (created
   * first, then this one closed: a crash in between re-creates the same id and gets a 409).
   */
  async function putBack(entry: Entry, until: string, extra: Partial<Reminder>): Promise<void> {
    const { claim: _claim, ...r } = entry.value;
    const reach = formatDate(addDays(parseDate(utcDay(r.dueAt)), lookbackDays));
    const state = r.state === 'sending' ? 'due' : r.state;
    if (utcDay(until) <= reach) {
      await write(entry, { ...r, ...extra, state: extra.state ?? state, notBefore: until });
      return;
    }
    const { notBefore: _nb, bundleId: _b, ...base } = r;
    const next: Reminder = { ...base, ...extra, id: carriedId(r.id), dueAt: until, state: extra.state ?? state };
    try {
      await stores.reminders.create(next);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
    await write(entry, { ...r, state: 'moved', carriedTo: next.id });
  }

  async function send(tenantId: string, reference: ProactiveReference, activity: ReminderActivity, claimUntil: number) {
    const keys = [
      { key: `tenant|${tenantId}`, windows: TENANT_WINDOWS },
      { key: `conversation|${reference.conversation.id}`, windows: CONVERSATION_WINDOWS },
    ];
    for (let attempt = 0; ; attempt++) {
      const settle = await limiter.acquire(keys);
      try {
        const { activityId } = await transport.send(reference, activity);
        settle();
        return { ok: true as const, activityId };
      } catch (error) {
        settle();
        const failure = error instanceof TransportError ? error : new TransportError('network');
        // Teams does not say which limit a 429 was for: hold back both the chat and the tenant.
        if (failure.failure === 429) for (const k of keys) limiter.pause(k.key, k.windows, failure.retryAfterMs ?? 1_000);
        const wait = inRunDelayMs(attempt, failure.retryAfterMs);
        const lastChance = attempt >= IN_RUN_RETRIES || wait > MAX_IN_RUN_WAIT_MS || now() + wait > claimUntil - FENCE_MS;
        if (!isRetryable(failure.failure) || lastChance) {
          return { ok: false as const, failure: failure.failure, retryAfterMs: failure.retryAfterMs };
        }
        await sleep(wait);
      }
    }
  }

  async function failAll(claimed: Entry[], failure: SendFailure | 'no-reference', retryAfterMs: number | undefined, calendar: RecipientCalendar, summary: DispatchSummary) {
    for (const entry of claimed) {
      const attempts = entry.value.attempts + 1;
      const retryable = failure === 'no-reference' || isRetryable(failure);
      if (!retryable || attempts >= MAX_ATTEMPTS) {
        await markDead({ ...entry, value: { ...entry.value, attempts } }, String(failure), summary);
        continue;
      }
      const at = nextSendMoment(now() + retryDelayMs(attempts, random(), retryAfterMs), calendar);
      if (at === undefined) {
        await markDead({ ...entry, value: { ...entry.value, attempts } }, 'unreachable', summary);
        continue;
      }
      await putBack(entry, iso(at), { state: 'failed', attempts, lastError: String(failure) });
      summary.failed++;
    }
  }

  interface Line {
    entry: Entry;
    line: BundleLine;
  }

  interface RecipientContext {
    tenantId: string;
    person: Person;
    settings: GoalReminderSettings;
    /** Plans read in this recipient's run, by employee and id (several goal reminders share one). */
    pops: Map<string, Promise<Pop | undefined>>;
  }

  /** Drops what is no longer relevant (state `skipped`); returns the lines that still are. */
  async function relevant(ctx: RecipientContext, entries: Entry[], summary: DispatchSummary): Promise<Line[]> {
    const out: (Line | undefined)[] = await Promise.all(entries.map((entry) => relevance(ctx, entry, summary)));
    return out.filter((l): l is Line => l !== undefined);
  }

  async function skip(entry: Entry, summary: DispatchSummary, reason?: SetAsideReason): Promise<undefined> {
    const { claim: _claim, ...rest } = entry.value;
    if (await write(entry, { ...rest, state: 'skipped', ...(reason ? { lastError: reason } : {}) })) summary.skipped++;
    return undefined;
  }

  /**
   * For a record addressed to someone about another person: whether the recipient still leads
   * them, read now. The re-addressing after a leader change or a leaver leaves claimed records to
   * the dispatcher; this is where they stop.
   */
  async function setAsideReason(ctx: RecipientContext, employeeId: string | undefined): Promise<SetAsideReason | undefined> {
    if (!employeeId || employeeId === ctx.person.id) return undefined;
    return setAsideAtSendTime(ctx.person.id, (await stores.people.get(ctx.tenantId, employeeId))?.value);
  }

  async function relevance(ctx: RecipientContext, entry: Entry, summary: DispatchSummary): Promise<Line | undefined> {
    const r = entry.value;
    const { tenantId } = ctx;
    const reason = await setAsideReason(ctx, employeeOfReminder(r));
    if (reason) return skip(entry, summary, reason);
    if (r.kind === GOAL_REMINDER_KIND || r.kind === FOLLOW_UP_KIND || r.kind === DIGEST_KIND) {
      const line = await popLine(ctx, r);
      if (line === 'unknown') {
        await markDead(entry, 'unknown-kind', summary);
        return undefined;
      }
      return line ? { entry, line } : skip(entry, summary);
    }
    if (r.kind === NOTICE_KIND) return noticeLine(ctx, entry, summary);
    if (r.kind === CERTIFICATE_EXPIRY_KIND) {
      if (r.about?.type !== 'certificate') {
        await markDead(entry, 'unknown-kind', summary);
        return undefined;
      }
      const facts = await certificateReminderFacts(stores, tenantId, r.about, new Date(now()));
      if (!facts) return skip(entry, summary);
      const role = r.recipientId === facts.employee.id ? 'employee' : 'manager';
      return { entry, line: { kind: 'certificate', line: { role, employeeName: facts.employee.displayName, certificateName: facts.certificateName, expiresOn: facts.expiresOn, ...(facts.course ? { course: facts.course } : {}) } } };
    }
    if (!isReminderKind(r.kind)) {
      await markDead(entry, 'unknown-kind', summary);
      return undefined;
    }
    // The employee's own reminders (most of them) are a point read; the manager's need the lookup by id.
    const conversation = ((await stores.conversations.get(tenantId, r.recipientId, r.subjectId)) ?? (await stores.conversations.findById(tenantId, r.subjectId)))?.value;
    const changed = await setAsideReason(ctx, conversation?.employeeId);
    if (changed) return skip(entry, summary, changed);
    const prep = conversation ? await stores.preparations.get(tenantId, conversation.employeeId, conversation.id, 'employee') : undefined;
    const verdict = conversationReminderRelevance(r, conversation, isPreparationDone(prep?.value), new Date(now()));
    const start = plannedStartOf(r);
    if (verdict === 'skip' || start === undefined) return skip(entry, summary);
    return { entry, line: { kind: r.kind, conversationId: r.subjectId, start: iso(start) } };
  }

  /**
   * A notice against the stored state: sent when what it tells happened, put back while that may
   * still be on its way (the record is written first), skipped when it did not happen.
   */
  async function noticeLine(ctx: RecipientContext, entry: Entry, summary: DispatchSummary): Promise<Line | undefined> {
    const r = entry.value;
    if (r.about?.type !== 'notice') {
      await markDead(entry, 'unknown-kind', summary);
      return undefined;
    }
    const notice = r.about.notice;
    const { tenantId } = ctx;
    if (isRoundNotice(notice)) return roundNoticeLine(ctx, entry, notice, summary);
    const facts =
      notice.event === 'conversation-requested'
        ? {}
        : 'conversationId' in notice
          ? { conversation: (await stores.conversations.get(tenantId, notice.employeeId, notice.conversationId))?.value }
          : { pop: (await stores.pops.get(tenantId, notice.employeeId, notice.popId))?.value };
    const since = r.armedAt ?? r.dueAt;
    const verdict = noticeVerdict(notice, facts, { createdAt: since, now: new Date(now()) });
    if (verdict === 'wait') {
      await putBack(entry, iso(Date.parse(since) + NOTICE_GRACE_MS), {});
      summary.deferred++;
      return undefined;
    }
    const subject = notice.event === 'conversation-requested' ? notice : (facts.conversation ?? facts.pop);
    if (verdict === 'skip' || !subject) return skip(entry, summary);
    const [employee, manager] = await Promise.all([stores.people.get(tenantId, subject.employeeId), stores.people.get(tenantId, subject.managerId)]);
    if (!employee || !manager) return skip(entry, summary);
    // The booked notice carries the preparation card: the questions of the template the conversation pinned.
    const prepQuestions = notice.event === 'booked' && facts.conversation ? (await conversationTemplate(stores, facts.conversation)).content.questions : undefined;
    // A booked vervolggesprek is prepared from where the plan it follows up stands.
    const followedUp = notice.event === 'booked' && facts.conversation ? await followUpPlan(stores, facts.conversation) : undefined;
    const replies = noticeReplies(
      notice,
      { ...facts, employee: employee.value, manager: manager.value, ...(prepQuestions ? { prepQuestions } : {}), ...(followedUp ? { pop: followedUp } : {}) },
      { locale: personLocale(ctx.person), timeZone: ctx.person.timeZone },
      options.links,
    );
    if (replies.length === 0) return skip(entry, summary);
    const activity = repliesActivity(replies);
    const feed = options.activityFeed ? noticeActivity(notice, { employee: employee.value, manager: manager.value }, { locale: personLocale(ctx.person) }, options.links) : undefined;
    return { entry, line: { kind: 'notice', activity: { ...activity, summary: activity.text?.split('\n')[0]?.slice(0, 200) }, ...(feed ? { feed } : {}) } };
  }

  /**
   * A round's card against the stored round: skipped once the round closed, or when the manager
   * has nobody left to plan (all exempt, or, for a nudge, all planned meanwhile).
   */
  async function roundNoticeLine(ctx: RecipientContext, entry: Entry, notice: RoundNotice, summary: DispatchSummary): Promise<Line | undefined> {
    const facts = await roundNoticeFacts(stores, ctx.tenantId, ctx.person.id, notice);
    if (!facts) return skip(entry, summary);
    const replies = roundNoticeReplies(notice, facts, { locale: personLocale(ctx.person) }, options.links);
    if (replies.length === 0) return skip(entry, summary);
    const activity = repliesActivity(replies);
    return { entry, line: { kind: 'notice', activity: { ...activity, summary: activity.text?.split('\n')[0]?.slice(0, 200) } } };
  }

  /** A POP reminder's line against the current plan (read once per recipient run); undefined = skip. */
  async function popLine(ctx: RecipientContext, r: Reminder): Promise<BundleLine | undefined | 'unknown'> {
    const about = r.about;
    const pop = (employeeId: string, popId: string) => {
      const key = `${employeeId}|${popId}`;
      let read = ctx.pops.get(key);
      if (!read) {
        read = stores.pops.get(ctx.tenantId, employeeId, popId).then((p) => p?.value);
        ctx.pops.set(key, read);
      }
      return read;
    };
    if (r.kind === GOAL_REMINDER_KIND && about?.type === 'goal') {
      const line = goalReminderRelevance(about, await pop(about.employeeId, about.popId), ctx.settings);
      return line === 'skip' ? undefined : { kind: 'goal', line };
    }
    if (r.kind === FOLLOW_UP_KIND && about?.type === 'follow-up') {
      if (followUpRelevance(about, await pop(about.employeeId, about.popId)) === 'skip') return undefined;
      const role = r.recipientId === about.managerId ? 'manager' : 'employee';
      const other = (await stores.people.get(ctx.tenantId, role === 'manager' ? about.employeeId : about.managerId))?.value;
      if (!other) return undefined;
      return { kind: 'follow-up', line: { role, employeeId: about.employeeId, otherName: other.displayName, popUrl: popLink(options.links, about.popId) } };
    }
    if (r.kind === DIGEST_KIND && about?.type === 'digest') {
      const lines = await managerDigest(stores, { tenantId: ctx.tenantId, managerId: r.recipientId, timeZone: ctx.person.timeZone, now: iso(now()), settings: ctx.settings, links: options.links });
      return lines.length > 0 ? { kind: 'digest', lines } : undefined;
    }
    return 'unknown';
  }

  interface RecipientRun {
    tenantId: string;
    runId: string;
    recipientId: string;
    person: Person;
    calendar: RecipientCalendar;
    storedReference: Stored<StoredConversationReference> | undefined;
    summary: DispatchSummary;
  }

  /** The recipient's chat, installing Koers for them first where that can be done (Azure). */
  async function referenceOf(run: RecipientRun): Promise<ProactiveReference | undefined> {
    let stored = run.storedReference;
    if (!stored && options.installer && (await options.installer.installFor(run.tenantId, run.recipientId)) === 'installed') {
      stored = await stores.conversationReferences.get(run.tenantId, run.recipientId);
    }
    const parsed = ProactiveReference.safeParse(stored?.value.reference);
    return parsed.success ? parsed.data : undefined;
  }

  /**
   * Steps 2–5 for one message: the bundle record (the sent marker) created or taken over, each
   * item claimed, the POST, the marker, each item sent. A bundle is the day's reminders of one
   * person; a notice is a bundle of one, with an id of its own.
   */
  async function deliver(
    run: RecipientRun,
    id: string,
    takeover: Stored<ReminderBundle> | undefined,
    items: readonly Line[],
    render: (lines: BundleLine[]) => ReminderActivity,
    feed?: ActivityNotification,
  ): Promise<void> {
    const { tenantId, runId, recipientId, calendar, summary } = run;
    const claimUntil = now() + claimMs;
    const record: ReminderBundle = {
      id,
      tenantId,
      recipientId,
      day: bundleDay(id),
      state: 'claimed',
      reminderIds: items.map((l) => l.entry.value.id),
      items: items.map((l) => ({ id: l.entry.value.id, dueAt: l.entry.value.dueAt })),
      runId,
      claimUntil: iso(claimUntil),
      attempts: (takeover?.value.attempts ?? 0) + 1,
    };
    let bundle: Stored<ReminderBundle>;
    try {
      bundle = takeover ? await dispatch.replaceBundle(record, takeover.etag) : await dispatch.createBundle(record);
    } catch (error) {
      if (error instanceof ConflictError || error instanceof ConcurrencyError) return; // another run won the bundle
      throw error;
    }
    step('bundle-claimed', { bundleId: id });

    // 3. Claim each item for this bundle.
    const claims = await Promise.all(
      items.map(async (l) => {
        const won = await write(l.entry, { ...l.entry.value, state: 'sending', claim: { runId, until: iso(claimUntil) }, bundleId: id });
        return won ? { entry: won, line: l.line } : undefined;
      }),
    );
    const claimed = claims.filter((c): c is { entry: Entry; line: BundleLine } => c !== undefined);
    step('reminders-claimed', { bundleId: id });
    const release = async (b: Stored<ReminderBundle>) => {
      await dispatch.replaceBundle({ ...b.value, state: 'failed', claimUntil: iso(now()) }, b.etag).catch(() => undefined);
    };
    if (claimed.length === 0) return release(bundle);

    if (feed && ACTIVITY_DELIVERY[feed.activityType] === 'instead-of-chat') {
      // "Your turn to approve": the feed notification is the message; the chat only when it cannot be.
      if (now() > claimUntil - FENCE_MS) return;
      step('about-to-post', { bundleId: id });
      if ((await sendToFeed(run, feed)).ok) {
        step('posted', { bundleId: id });
        return markSent(run, id, bundle, claimed, undefined);
      }
    } else if (feed && !takeover && claimed.every((c) => c.entry.value.attempts === 0)) {
      // Beside the chat card, on the first try only: a chat that has to wait for the person's
      // chat or working hours does not ring their feed again on every retry.
      await sendToFeed(run, feed);
    }

    const reference = await referenceOf(run);
    if (!reference) {
      // Nobody has opened a chat with the bot yet (or the reference is broken): try again later.
      await failAll(claimed.map((c) => c.entry), 'no-reference', undefined, calendar, summary);
      return release(bundle);
    }
    const activity = render(claimed.map((c) => c.line));
    if (now() > claimUntil - FENCE_MS) return; // too late to send safely: the claims run out, the next run sends

    // 4. The POST. A bundle still `claimed` after a crash may or may not have gone out: a restart
    // resends it (no separate "posting" marker: it would not change that decision, only cost a write).
    // From the POST's acceptance to step 5 is the residual window.
    const ids = claimed.map((c) => c.entry.value.id);
    if (ids.length !== bundle.value.reminderIds.length) {
      const kept = claimed.map((c) => ({ id: c.entry.value.id, dueAt: c.entry.value.dueAt }));
      bundle = await dispatch.replaceBundle({ ...bundle.value, reminderIds: ids, items: kept }, bundle.etag);
    }
    step('about-to-post', { bundleId: id });
    const result = await send(tenantId, reference, activity, claimUntil);
    if (!result.ok) {
      await failAll(claimed.map((c) => c.entry), result.failure, result.retryAfterMs, calendar, summary);
      return release(bundle);
    }
    step('posted', { bundleId: id });
    await markSent(run, id, bundle, claimed, result.activityId);
  }

  /** 5. The sent marker first (it alone decides a restart), then each item. */
  async function markSent(run: RecipientRun, id: string, bundle: Stored<ReminderBundle>, claimed: readonly { entry: Entry }[], activityId: string | undefined): Promise<void> {
    const sentAt = iso(now());
    await dispatch.replaceBundle({ ...bundle.value, state: 'sent', sentAt, ...(activityId ? { activityId: activityId.slice(0, 500) } : {}) }, bundle.etag);
    run.summary.bundles++;
    step('bundle-sent', { bundleId: id });
    for (const c of claimed) {
      const { claim: _claim, ...rest } = c.entry.value;
      if (await write(c.entry, { ...rest, state: 'sent', sentAt, attempts: rest.attempts + 1 })) run.summary.sent++;
      step('reminder-sent', { bundleId: id, reminderId: c.entry.value.id });
    }
  }

  /** One feed notification; whatever goes wrong is a failed result (the chat is the fallback), never a throw. */
  async function sendToFeed(run: RecipientRun, feed: ActivityNotification): Promise<ActivityResult> {
    if (!options.activityFeed) return { ok: false, failure: 'refused' };
    try {
      const result = await options.activityFeed.send(run.tenantId, run.recipientId, feed);
      if (!result.ok) log.warn('activity feed notification not sent', { tenantId: run.tenantId, recipientId: run.recipientId, activityType: feed.activityType, failure: result.failure });
      return result;
    } catch (error) {
      log.warn('activity feed notification failed', { tenantId: run.tenantId, recipientId: run.recipientId, activityType: feed.activityType, error: error instanceof Error ? error.name : 'error' });
      return { ok: false, failure: 'unavailable' };
    }
  }

  /**
   * A notice goes out at once, whatever the hour (someone just did something that concerns the
   * recipient), as a message of its own: it is not held for the day's bundle and does not use it up.
   */
  async function deliverNotice(run: RecipientRun, line: Line): Promise<void> {
    const id = noticeBundleId(run.recipientId, line.entry.value.id, recipientDay(now(), run.calendar));
    const existing = await dispatch.getBundle(run.tenantId, id);
    if (existing) {
      const live = Date.parse(existing.value.claimUntil) > now() && existing.value.state === 'claimed';
      if (live && existing.value.runId !== run.runId) return;
      if (existing.value.state === 'sent') {
        // Delivered before; only the notice's own marker is missing.
        const { claim: _claim, ...rest } = line.entry.value;
        if (await write(line.entry, { ...rest, state: 'sent', sentAt: existing.value.sentAt ?? iso(now()) })) run.summary.recovered++;
        return;
      }
    }
    await deliver(
      run,
      id,
      existing,
      [line],
      (lines) => {
        const notice = lines[0];
        if (notice?.kind !== 'notice') throw new Error('a notice bundle holds one notice');
        return notice.activity;
      },
      line.line.kind === 'notice' ? line.line.feed : undefined,
    );
  }

  async function recipient(ctx: { tenantId: string; runId: string; holidays: readonly string[]; settings: GoalReminderSettings }, recipientId: string, items: Reminder[], summary: DispatchSummary): Promise<void> {
    const { tenantId, runId } = ctx;
    const at = now();
    // Fresh copies with their etags: the query result may be a moment old.
    const fresh = await Promise.all(items.map((r) => stores.reminders.get(tenantId, r.dueAt, r.id)));
    let entries: Entry[] = [];
    for (const entry of fresh) {
      if (!entry) continue;
      const r = entry.value;
      if (r.state === 'sending') {
        if (r.claim && Date.parse(r.claim.until) > at) continue; // a live claim of another run
        const bundle = r.bundleId ? await dispatch.getBundle(tenantId, r.bundleId) : undefined;
        if (bundle?.value.state === 'sent' && bundle.value.reminderIds.includes(r.id)) {
          // Delivered before a crash; only the reminder's own marker was missing.
          const { claim: _claim, ...rest } = r;
          if (await write(entry, { ...rest, state: 'sent', sentAt: bundle.value.sentAt ?? iso(at) })) summary.recovered++;
          continue;
        }
      } else if (Date.parse(r.notBefore ?? r.dueAt) > at || (r.state !== 'due' && r.state !== 'failed')) {
        continue;
      }
      entries.push(entry);
    }
    if (entries.length === 0) return;

    const [personDoc, storedReference] = await Promise.all([stores.people.get(tenantId, recipientId), stores.conversationReferences.get(tenantId, recipientId)]);
    const person: Person | undefined = personDoc?.value;
    // Nothing goes to someone who left; their records wait for the retention rule like the rest.
    if (!person || person.leftAt) {
      for (const entry of entries) await markDead(entry, 'no-recipient', summary);
      return;
    }
    const calendar: RecipientCalendar = { timeZone: person.timeZone, workingHours: person.workingHours, holidays: ctx.holidays };
    const run: RecipientRun = { tenantId, runId, recipientId, person, calendar, storedReference, summary };
    const lines = await relevant({ tenantId, person, settings: ctx.settings, pops: new Map() }, entries, summary);
    for (const line of lines) if (line.line.kind === 'notice') await deliverNotice(run, line);
    const bundled = lines.filter((l) => l.line.kind !== 'notice');
    entries = bundled.map((l) => l.entry);
    if (entries.length === 0) return;

    const id = bundleId(recipientId, recipientDay(at, calendar));
    const existing = await dispatch.getBundle(tenantId, id);
    let takeover: Stored<ReminderBundle> | undefined;
    if (existing) {
      const live = Date.parse(existing.value.claimUntil) > at && existing.value.state !== 'sent' && existing.value.state !== 'failed';
      if (live && existing.value.runId !== runId) return; // another run is sending today's bundle
      if (existing.value.state !== 'sent') takeover = existing;
    }
    const plan = planBundle({ now: at, calendar, items: entries.map((e) => e.value), bundledToday: existing?.value.state === 'sent' });
    const byId = new Map(bundled.map((l) => [l.entry.value.id, l]));
    if (plan.action === 'unreachable') {
      for (const entry of entries) await markDead(entry, 'unreachable', summary);
      return;
    }
    if (plan.action === 'defer') {
      for (const entry of entries) await putBack(entry, plan.until, {});
      summary.deferred += entries.length;
      return;
    }
    if (plan.deferUntil) {
      for (const r of plan.deferred) {
        const l = byId.get(r.id);
        if (l) await putBack(l.entry, plan.deferUntil, {});
      }
      summary.deferred += plan.deferred.length;
    }
    const planned = plan.items.map((r) => byId.get(r.id)).filter((l): l is Line => l !== undefined);
    await deliver(run, id, takeover, planned, (claimedLines) =>
      reminderActivity(claimedLines, { locale: personLocale(person), timeZone: person.timeZone, links: options.links, bundleId: id }),
    );
  }

  async function tenant(tenantId: string, runId: string, lease: Lease, summary: DispatchSummary): Promise<void> {
    const at = now();
    const ctx = await tenantContext(tenantId, runId);
    const ready: Reminder[] = [];
    const today = parseDate(utcDay(iso(at)));
    // Oldest bucket first, so a backlog drains in due order.
    for (let back = lookbackDays; back >= 0 && ready.length < maxPerRun; back--) {
      const day = formatDate(addDays(today, -back));
      let token: string | undefined;
      do {
        // Pages as large as the repository gives: every page is a round trip (on the embedded
        // server a scan of the container), and nothing is sent before the backlog is read, so
        // that one person's items always end up in one bundle.
        const page = await stores.reminders.listReady(tenantId, day, iso(at), { maxItems: MAX_PAGE_SIZE, ...(token ? { continuationToken: token } : {}) });
        ready.push(...page.items);
        token = page.continuationToken;
      } while (token && ready.length < maxPerRun);
    }
    const byRecipient = new Map<string, Reminder[]>();
    for (const r of ready.slice(0, maxPerRun)) byRecipient.set(r.recipientId, [...(byRecipient.get(r.recipientId) ?? []), r]);
    let lost = false;
    await pool([...byRecipient.entries()], concurrency, async ([recipientId, items]) => {
      if (lost || !(await lease.keep(now()))) {
        lost = true;
        return;
      }
      try {
        await recipient(ctx, recipientId, items, summary);
      } catch (error) {
        if (error instanceof InjectedCrash) throw error;
        // One person's failure (a Cosmos hiccup) must not stop everybody else's reminders.
        log.warn('reminder dispatch failed for a recipient', { tenantId, recipientId, error: error instanceof Error ? error.name : 'error' });
      }
    });
    if (lost) log.warn('reminder lease lost mid-run', { tenantId });
  }

  async function tenantContext(tenantId: string, runId: string) {
    const org = await stores.organisations.get(tenantId);
    return { tenantId, runId, holidays: organisationHolidays(org?.value, clock.now()), settings: goalReminderSettings(org?.value) };
  }

  return {
    /**
     * Sends these records now, as a run would (the outbox calls it right after a change): each
     * recipient's ready ones, under the same claims, limits and retries. No tenant lease: the
     * bundle records already keep two senders apart, and a timer run must not delay a notice.
     */
    async deliverNow(tenantId, records) {
      const summary = emptySummary();
      const ctx = await tenantContext(tenantId, randomUUID());
      const byRecipient = new Map<string, Reminder[]>();
      for (const r of records) if (r.tenantId === tenantId) byRecipient.set(r.recipientId, [...(byRecipient.get(r.recipientId) ?? []), r]);
      for (const [recipientId, items] of byRecipient) await recipient(ctx, recipientId, items, summary);
    },

    async run() {
      const summary = emptySummary();
      const runId = randomUUID();
      for (const tenantId of await stores.organisations.listTenantIds()) {
        const lease = await acquireLease(dispatch, tenantId, { id: LEASE_ID, holder: runId, now: now(), termMs: leaseMs });
        if (!lease) {
          summary.leaseBusy++;
          continue;
        }
        summary.tenants++;
        try {
          await tenant(tenantId, runId, lease, summary);
        } catch (error) {
          if (error instanceof InjectedCrash) throw error; // a crash releases nothing
          log.warn('reminder dispatch failed for a tenant', { tenantId, error: error instanceof Error ? error.name : 'error' });
        }
        await lease.release();
      }
      if (summary.bundles + summary.failed + summary.dead > 0) log.info('reminder run', { ...summary });
      return summary;
    },
  };
}
