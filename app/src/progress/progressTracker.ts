import {
  ConcurrencyError,
  ConflictError,
  conversationPartnerOf,
  countInCell,
  derivePersonProgress,
  emptyCell,
  NotFoundError,
  personProgressId,
  progressCellId,
  readAll,
  roundMembers,
  type Clock,
  type Person,
  type PersonProgress,
  type ProgressCell,
  type Round,
  type Stored,
  type Stores,
} from '@koers/domain';

/**
 * Keeps the progress board's summaries (rounds/progress.ts) in step with what they summarise: the
 * one place that recomputes one person's status in the running rounds and moves them between the
 * counts of their department and conversation partner. Counting on write keeps the board a read
 * of a few hundred small documents, whatever the size of the organisation.
 */
export interface ProgressTracker {
  /** Something about this person changed (a conversation, preparation, plan, exemption). */
  personChanged(tenantId: string, personId: string): Promise<void>;
  /**
   * Their directory entry was written: only a change the board shows (name, department,
   * conversation partner, membership of a round) recomputes them, so a directory sync of a whole
   * organisation stays cheap.
   */
  personWritten(tenantId: string, personId: string): Promise<void>;
  /** Recompute a whole round from its sources, the way personChanged would for each member; running it twice changes nothing. */
  rebuildRound(tenantId: string, roundId: string): Promise<{ people: number; removed: number }>;
}

/** Retries of one conditional write lost to a concurrent one (each retry reads again first). */
const WRITE_ATTEMPTS = 8;
/** How many members a rebuild recomputes at once. */
const REBUILD_CONCURRENCY = 8;

export function createProgressTracker({ stores, clock }: { stores: Stores; clock: Clock }): ProgressTracker {
  async function runningRounds(tenantId: string): Promise<Round[]> {
    const rounds = await readAll((page) => stores.rounds.list(tenantId, page), 10_000);
    return rounds.filter((r) => r.status === 'gestart');
  }

  async function timeZoneOf(tenantId: string): Promise<string> {
    return (await stores.organisations.get(tenantId))?.value.timeZone ?? 'Europe/Amsterdam';
  }

  /** What the person's document should say in this round now; undefined when they are not in it. */
  async function compute(round: Round, person: Person, timeZone: string): Promise<PersonProgress | undefined> {
    if (roundMembers(round, [person]).length === 0) return undefined;
    const { tenantId, id } = person;
    const [conversations, pops, exemptions] = await Promise.all([
      readAll((page) => stores.conversations.listForEmployee(tenantId, id, page), 10_000),
      readAll((page) => stores.pops.listForEmployee(tenantId, id, page), 10_000),
      stores.rounds.listExemptionsOfPerson(tenantId, id),
    ]);
    const preparations = await Promise.all(conversations.map((c) => stores.preparations.get(tenantId, id, c.id, 'employee')));
    const prepared = new Set(preparations.flatMap((p) => (p?.value.completedAt !== undefined ? [p.value.conversationId] : [])));
    const now = clock.now();
    const derived = derivePersonProgress({
      round,
      timeZone,
      exempt: exemptions.some((e) => e.roundId === round.id),
      conversations,
      preparedConversationIds: prepared,
      pops,
      now,
    });
    const partnerId = conversationPartnerOf(person);
    const partner = partnerId ? (await stores.people.get(tenantId, partnerId))?.value : undefined;
    return {
      id: personProgressId(round.id, id),
      tenantId,
      roundId: round.id,
      personId: id,
      displayName: person.displayName,
      ...(person.department ? { department: person.department } : {}),
      ...(partnerId ? { managerId: partnerId } : {}),
      ...(partner ? { managerName: partner.displayName } : {}),
      status: derived.status,
      ...(derived.heldFrom ? { heldFrom: derived.heldFrom } : {}),
      dates: derived.dates,
      updatedAt: now.toISOString(),
    };
  }

  function sameSummary(a: PersonProgress, b: PersonProgress): boolean {
    return canonical({ ...a, updatedAt: '' }) === canonical({ ...b, updatedAt: '' });
  }

  /** Count one document in (1) or out (-1) of its cell, retrying a lost race. */
  async function moveInCell(progress: PersonProgress, sign: 1 | -1): Promise<void> {
    const cellId = progressCellId(progress.roundId, progress);
    for (let attempt = 1; ; attempt++) {
      const current = await stores.roundProgress.getCell(progress.tenantId, cellId);
      const base: ProgressCell =
        current?.value ??
        emptyCell({
          id: cellId,
          tenantId: progress.tenantId,
          roundId: progress.roundId,
          department: progress.department,
          managerId: progress.managerId,
          managerName: progress.managerName,
          updatedAt: progress.updatedAt,
        });
      const next = { ...countInCell(base, progress, sign), updatedAt: clock.now().toISOString() };
      // The partner's name follows the newest document counted in, so a renamed manager is shown renamed.
      if (sign === 1 && progress.managerName) next.managerName = progress.managerName;
      try {
        if (current) await stores.roundProgress.replaceCell(next, current.etag);
        else await stores.roundProgress.createCell(next);
        return;
      } catch (err) {
        if (attempt >= WRITE_ATTEMPTS || !(err instanceof ConcurrencyError || err instanceof ConflictError || err instanceof NotFoundError)) throw err;
      }
    }
  }

  /** Writes the person's document for one round and moves them between cells; retries a lost race. */
  async function update(round: Round, personId: string, tenantId: string, timeZone: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const [person, stored] = await Promise.all([stores.people.get(tenantId, personId), stores.roundProgress.get(tenantId, round.id, personId)]);
      const next = person && !person.value.leftAt ? await compute(round, person.value, timeZone) : undefined;
      try {
        await write(stored, next);
        return;
      } catch (err) {
        if (attempt >= WRITE_ATTEMPTS || !(err instanceof ConcurrencyError || err instanceof ConflictError || err instanceof NotFoundError)) throw err;
      }
    }
  }

  async function write(stored: Stored<PersonProgress> | undefined, next: PersonProgress | undefined): Promise<void> {
    if (!stored && !next) return;
    if (stored && next && sameSummary(stored.value, next)) return;
    // The document first, under its etag: only the writer that moved it moves the counts.
    if (!next && stored) await stores.roundProgress.delete(stored.value.tenantId, stored.value.roundId, stored.value.personId, stored.etag);
    else if (next && stored) await stores.roundProgress.replace(next, stored.etag);
    else if (next) await stores.roundProgress.create(next);
    if (stored) await moveInCell(stored.value, -1);
    if (next) await moveInCell(next, 1);
  }

  return {
    async personChanged(tenantId, personId) {
      const rounds = await runningRounds(tenantId);
      if (rounds.length === 0) return;
      const timeZone = await timeZoneOf(tenantId);
      for (const round of rounds) await update(round, personId, tenantId, timeZone);
    },

    async personWritten(tenantId, personId) {
      const rounds = await runningRounds(tenantId);
      if (rounds.length === 0) return;
      const person = (await stores.people.get(tenantId, personId))?.value;
      let timeZone: string | undefined;
      for (const round of rounds) {
        const stored = (await stores.roundProgress.get(tenantId, round.id, personId))?.value;
        const member = person !== undefined && !person.leftAt && roundMembers(round, [person]).length > 0;
        if (!member && !stored) continue;
        if (member && stored && person && sameDirectoryFacts(stored, person)) continue;
        timeZone ??= await timeZoneOf(tenantId);
        await update(round, personId, tenantId, timeZone);
      }
    },

    async rebuildRound(tenantId, roundId) {
      const round = (await stores.rounds.get(tenantId, roundId))?.value;
      if (!round) throw new NotFoundError('Round', roundId);
      const timeZone = await timeZoneOf(tenantId);
      const everyone = await readAll((page) => stores.people.listTenant(tenantId, page), Number.MAX_SAFE_INTEGER);
      const members = round.status === 'concept' ? [] : roundMembers(round, everyone);
      const memberIds = new Set(members.map((p) => p.id));
      const existing = await stores.roundProgress.listRound(tenantId, roundId);
      const stale = existing.filter((s) => !memberIds.has(s.value.personId));
      const queue = [...members.map((p) => p.id), ...stale.map((s) => s.value.personId)];
      let removed = 0;
      const worker = async () => {
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
          if (!memberIds.has(id)) {
            const stored = await stores.roundProgress.get(tenantId, roundId, id);
            if (stored) {
              await write(stored, undefined);
              removed++;
            }
          } else await update(round, id, tenantId, timeZone);
        }
      };
      await Promise.all(Array.from({ length: REBUILD_CONCURRENCY }, worker));
      await recount(tenantId, roundId);
      return { people: members.length, removed };
    },
  };

  /**
   * Sets every cell of a round to what its people's documents count, so a count that drifted (a
   * crash between a document and its cell) is repaired by a rebuild.
   */
  async function recount(tenantId: string, roundId: string): Promise<void> {
    const [people, cells] = await Promise.all([stores.roundProgress.listRound(tenantId, roundId), stores.roundProgress.listCells(tenantId, roundId)]);
    const now = clock.now().toISOString();
    const fresh = new Map<string, ProgressCell>();
    for (const { value } of people) {
      const id = progressCellId(roundId, value);
      const base =
        fresh.get(id) ??
        emptyCell({ id, tenantId, roundId, department: value.department, managerId: value.managerId, managerName: value.managerName, updatedAt: now });
      fresh.set(id, countInCell(base, value, 1));
    }
    const byId = new Map(cells.map((c) => [c.value.id, c]));
    for (const [id, cell] of fresh) {
      const current = byId.get(id);
      if (current && canonical({ ...current.value, updatedAt: now }) === canonical(cell)) continue;
      if (current) await stores.roundProgress.replaceCell(cell, current.etag);
      else await stores.roundProgress.createCell(cell);
    }
    for (const [id, current] of byId) if (!fresh.has(id)) await stores.roundProgress.deleteCell(tenantId, id, current.etag);
  }
}

/** Whether a summary still shows what the directory says of the person (a partner's own rename waits for a rebuild). */
function sameDirectoryFacts(progress: PersonProgress, person: Person): boolean {
  return progress.displayName === person.displayName && progress.department === person.department && progress.managerId === conversationPartnerOf(person);
}

/** JSON with object keys sorted: two equal summaries compare equal whatever order their keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
