import {
  isLeaderOf,
  buildTimeline,
  isHeld,
  ConcurrencyError,
  ConflictError,
  CreateEntryRequest,
  createEntry,
  formatDate,
  latestApprovedVersion,
  localDate,
  MAX_ENTRIES,
  NotFoundError,
  parseTimelineId,
  readAll,
  reviseEntry,
  setAutomaticVisibility,
  setEntryVisibility,
  toOwnItem,
  toPersonSummary,
  UpdateEntryRequest,
  VisibilityRequest,
  type AutomaticRef,
  type AutomaticShares,
  type Clock,
  type Conversation,
  type EntryResponse,
  type Person,
  type Pop,
  type PortfolioEntry,
  type MandatoryCertificatesView,
  heldCertificates,
  mandatoryCertificatesView,
  type PortfolioResponse,
  type PortfolioService,
  type PortfolioViewer,
  type Stored,
  type Stores,
  type TimelineItem,
  type TimelineSources,
} from '@koers/domain';
import { createAccessRecorder } from '../privacy/accessLog';
import { functionResolver } from '../catalogue/careerService';

/**
 * The portfolio use case. Reads gather the employee's own entries, POPs and
 * conversations (all in the employee's partition) and let the domain build the timeline for the
 * viewer; nothing automatic is ever copied, so an approval or a held conversation shows up on the
 * next read. Writes only ever touch the actor's own portfolio.
 */

export interface PortfolioServiceOptions {
  stores: Stores;
  clock: Clock;
}

/** A visibility switch re-reads and re-applies on a lost race: it is safe to re-apply. */
const SWITCH_ATTEMPTS = 3;

export function createPortfolioService({ stores, clock }: PortfolioServiceOptions): PortfolioService {
  const accessLog = createAccessRecorder({ stores, clock });
  async function timeZoneOf(person: Person): Promise<string> {
    return (await stores.organisations.get(person.tenantId))?.value.timeZone ?? person.timeZone;
  }

  const todayIn = (timeZone: string) => formatDate(localDate(clock.now(), timeZone));

  /** The employee, and the actor's part: the owner or their current manager. Anyone else: not found. */
  async function access(actor: Person, employeeId: string): Promise<{ employee: Person; viewer: PortfolioViewer }> {
    const stored = await stores.people.get(actor.tenantId, employeeId.toLowerCase());
    if (!stored) throw new NotFoundError('Portfolio', employeeId);
    const employee = stored.value;
    if (employee.id === actor.id) return { employee, viewer: { role: 'employee' } };
    // HR, a previous manager, a colleague: the same answer as for nobody, so nothing leaks.
    if (!isLeaderOf(employee, actor.id)) throw new NotFoundError('Portfolio', employeeId);
    return { employee, viewer: { role: 'manager', id: actor.id } };
  }

  async function namesOf(tenantId: string, ids: Iterable<string>): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const people = await Promise.all(unique.map((id) => stores.people.get(tenantId, id)));
    return new Map(people.flatMap((p) => (p ? [[p.value.id, p.value.displayName] as const] : [])));
  }

  async function sourcesFor(employee: Person, only?: { pops?: Pop[]; conversations?: Conversation[]; shares?: AutomaticShares }): Promise<TimelineSources> {
    const { tenantId, id } = employee;
    const [entries, pops, conversations, shares, timeZone] = await Promise.all([
      only ? Promise.resolve([]) : stores.portfolio.listForEmployee(tenantId, id),
      only ? Promise.resolve(only.pops ?? []) : readAll((page) => stores.pops.listForEmployee(tenantId, id, page)),
      only ? Promise.resolve(only.conversations ?? []) : readAll((page) => stores.conversations.listForEmployee(tenantId, id, page)),
      only ? Promise.resolve(only.shares) : stores.portfolio.getShares(tenantId, id).then((s) => s?.value),
      timeZoneOf(employee),
    ]);
    const names = await namesOf(tenantId, [...pops.map((p) => p.managerId), ...conversations.map((c) => c.managerId)]);
    return { employee, entries, pops, conversations, shares, timeZone, today: todayIn(timeZone), now: clock.now(), names };
  }

  async function ownResponse(actor: Person, stored: Stored<PortfolioEntry>, created?: boolean): Promise<EntryResponse> {
    const item = toOwnItem(stored, actor.managerId, todayIn(await timeZoneOf(actor)));
    return created === undefined ? item : { ...item, created };
  }

  async function ownEntry(actor: Person, id: string) {
    const stored = await stores.portfolio.get(actor.tenantId, actor.id, id);
    if (!stored) throw new NotFoundError('PortfolioEntry', id);
    return stored;
  }

  /** The POP or held conversation behind an automatic id, in the actor's own records only. */
  async function automaticSource(actor: Person, source: 'pop' | 'gesprek', sourceId: string): Promise<{ ref: AutomaticRef; pop?: Pop; conversation?: Conversation }> {
    if (source === 'pop') {
      const pop = (await stores.pops.get(actor.tenantId, actor.id, sourceId))?.value;
      if (!pop || !latestApprovedVersion(pop)) throw new NotFoundError('Pop', sourceId);
      return { ref: { source, sourceId, managerId: pop.managerId }, pop };
    }
    const conversation = (await stores.conversations.get(actor.tenantId, actor.id, sourceId))?.value;
    if (!conversation || !isHeld(conversation, clock.now())) throw new NotFoundError('Conversation', sourceId);
    return { ref: { source, sourceId, managerId: conversation.managerId }, conversation };
  }

  async function retrying<T>(attempt: () => Promise<T>): Promise<T> {
    for (let i = 1; ; i++) {
      try {
        return await attempt();
      } catch (error) {
        const lostRace = error instanceof ConcurrencyError || error instanceof ConflictError;
        if (!lostRace || i >= SWITCH_ATTEMPTS) throw error;
      }
    }
  }

  async function mandatoryOf(employee: Person, entries: readonly PortfolioEntry[], today: string): Promise<MandatoryCertificatesView | undefined> {
    const { catalogue, resolve } = await functionResolver(stores, employee.tenantId);
    const fn = resolve(employee).function;
    if (!fn || fn.mandatoryCertificateIds.length === 0) return undefined;
    return mandatoryCertificatesView(catalogue, fn, heldCertificates(entries), today);
  }

  return {
    async get(actor, employeeId) {
      const { employee, viewer } = await access(actor, employeeId);
      if (viewer.role === 'manager') await accessLog.read(actor, employee.id, 'portfolio', 'manager');
      const [sources, manager] = await Promise.all([
        sourcesFor(employee),
        employee.managerId ? stores.people.get(employee.tenantId, employee.managerId) : Promise.resolve(undefined),
      ]);
      // The required certificates come from every own entry, private ones too: only the owner sees them.
      const mandatory = viewer.role === 'employee' ? await mandatoryOf(employee, sources.entries.map((e) => e.value), sources.today) : undefined;
      const body: PortfolioResponse = {
        employee: toPersonSummary(employee),
        role: viewer.role,
        manager: manager ? toPersonSummary(manager.value) : undefined,
        items: buildTimeline(sources, viewer),
        ownEntries: viewer.role === 'employee' ? sources.entries.length : 0,
        maxEntries: MAX_ENTRIES,
        ...(mandatory ? { mandatoryCertificates: mandatory } : {}),
      };
      return body;
    },

    async create(actor, input) {
      const request = CreateEntryRequest.parse(input);
      const { requestId, visibility, ...content } = request;
      // A replay of the same add (double click, retry after a lost answer) finds the first one.
      const earlier = await stores.portfolio.get(actor.tenantId, actor.id, requestId);
      if (earlier) return ownResponse(actor, earlier, false);
      const existing = (await stores.portfolio.listForEmployee(actor.tenantId, actor.id)).length;
      const entry = createEntry({
        id: requestId,
        tenantId: actor.tenantId,
        employeeId: actor.id,
        content,
        visibility,
        managerId: actor.managerId,
        existing,
        now: clock.now().toISOString(),
      });
      try {
        return await ownResponse(actor, await stores.portfolio.create(entry), true);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        return ownResponse(actor, await ownEntry(actor, requestId), false);
      }
    },

    async update(actor, id, input, ifMatch) {
      const content = UpdateEntryRequest.parse(input);
      const stored = await ownEntry(actor, id);
      if (stored.etag !== ifMatch) throw new ConcurrencyError('PortfolioEntry', id);
      const saved = await stores.portfolio.replace(reviseEntry(stored.value, content, clock.now().toISOString()), ifMatch);
      return ownResponse(actor, saved);
    },

    async remove(actor, id, ifMatch) {
      const stored = await ownEntry(actor, id);
      if (stored.etag !== ifMatch) throw new ConcurrencyError('PortfolioEntry', id);
      await stores.portfolio.delete(actor.tenantId, actor.id, id, ifMatch);
    },

    async setVisibility(actor, id, input): Promise<TimelineItem> {
      const { visibility } = VisibilityRequest.parse(input);
      const ref = parseTimelineId(id);
      if (ref.source === 'eigen') {
        return retrying(async () => {
          const stored = await ownEntry(actor, ref.id);
          const next = setEntryVisibility(stored.value, visibility, actor.managerId, clock.now().toISOString());
          return ownResponse(actor, next === stored.value ? stored : await stores.portfolio.replace(next, stored.etag));
        });
      }
      const found = await automaticSource(actor, ref.source, ref.sourceId);
      const shares = await retrying(async () => {
        const current = await stores.portfolio.getShares(actor.tenantId, actor.id);
        const base = { tenantId: actor.tenantId, employeeId: actor.id };
        const next = setAutomaticVisibility(current?.value, base, found.ref, visibility, actor.managerId, clock.now().toISOString());
        // Nothing changed (or nothing to record): no write.
        if (current ? next === current.value : next.shares.length === 0) return next;
        return (await stores.portfolio.saveShares(next, current?.etag)).value;
      });
      const sources = await sourcesFor(actor, { pops: found.pop ? [found.pop] : [], conversations: found.conversation ? [found.conversation] : [], shares });
      const [item] = buildTimeline(sources, { role: 'employee' });
      if (!item) throw new NotFoundError('PortfolioEntry', id);
      return item;
    },
  };
}
