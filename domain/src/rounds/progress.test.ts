import type { Conversation } from '../conversation';
import type { Pop } from '../records';
import {
  cellCounts,
  countInCell,
  derivePersonProgress,
  effectiveStatus,
  emptyCell,
  matchesClause,
  statusClauses,
  type PersonProgress,
  type ProgressFacts,
} from './progress';

const tenantId = '11111111-1111-4111-8111-111111111111';
const employee = '00000000-0000-4000-8000-000000000002';
const manager = '00000000-0000-4000-8000-000000000001';
const round = { period: { from: '2027-02-01', to: '2027-03-31' }, conversationType: 'loopbaangesprek' as const, nudgeWeeksBeforeEnd: 3 };
const zone = 'Europe/Amsterdam';

const conversation = (id: string, overrides: Partial<Conversation> = {}): Conversation => ({
  id,
  tenantId,
  employeeId: employee,
  managerId: manager,
  kind: 'loopbaangesprek',
  status: 'gepland',
  start: '2027-02-15T09:00:00.000Z',
  end: '2027-02-15T10:00:00.000Z',
  createdAt: '2027-02-01T08:00:00.000Z',
  updatedAt: '2027-02-01T08:00:00.000Z',
  ...overrides,
});

const approvedPop = (at: string, conversationId?: string): Pop =>
  ({
    id: 'pop-1',
    tenantId,
    employeeId: employee,
    managerId: manager,
    ...(conversationId ? { conversationId } : {}),
    versions: [
      {
        version: 1,
        contentHash: 'h',
        goals: [],
        approvals: { employee: { by: employee, at, contentHash: 'h' }, manager: { by: manager, at, contentHash: 'h' } },
      },
    ],
    progress: [],
    updatedAt: at,
  }) as unknown as Pop;

const facts = (overrides: Partial<ProgressFacts> = {}): ProgressFacts => ({
  round,
  timeZone: zone,
  exempt: false,
  conversations: [],
  preparedConversationIds: new Set(),
  pops: [],
  now: new Date('2027-02-10T12:00:00.000Z'),
  ...overrides,
});

describe('where a person stands in a round', () => {
  it('is invited while nothing is planned in the period', () => {
    expect(derivePersonProgress(facts()).status).toBe('uitgenodigd');
    const lastYear = conversation('c0', { start: '2026-10-01T09:00:00.000Z', end: '2026-10-01T10:00:00.000Z' });
    expect(derivePersonProgress(facts({ conversations: [lastYear] })).status).toBe('uitgenodigd');
  });

  it('is planned once a conversation in the period is booked, and prepared once the employee finished their preparation', () => {
    const c = conversation('c1');
    expect(derivePersonProgress(facts({ conversations: [c] }))).toEqual({ status: 'gepland', heldFrom: c.end, dates: { plannedFor: c.start } });
    expect(derivePersonProgress(facts({ conversations: [c], preparedConversationIds: new Set(['c1']) })).status).toBe('voorbereid');
  });

  it('counts a cancelled conversation and an appraisal-type follow-up as nothing planned', () => {
    const cancelled = conversation('c1', { status: 'geannuleerd' });
    const followUp = conversation('c2', { kind: 'vervolggesprek' });
    expect(derivePersonProgress(facts({ conversations: [cancelled, followUp] })).status).toBe('uitgenodigd');
  });

  it('is held once marked held, then POP akkoord once both approved the plan, then follow-up planned', () => {
    const held = conversation('c1', { status: 'gehouden', completedAt: '2027-02-15T10:05:00.000Z' });
    const now = new Date('2027-02-20T12:00:00.000Z');
    expect(derivePersonProgress(facts({ conversations: [held], now })).status).toBe('gehouden');
    const pop = approvedPop('2027-02-18T09:00:00.000Z', 'c1');
    expect(derivePersonProgress(facts({ conversations: [held], pops: [pop], now }))).toMatchObject({ status: 'pop-akkoord', dates: { popAgreedOn: '2027-02-18T09:00:00.000Z' } });
    const next = conversation('c2', { kind: 'vervolggesprek', start: '2027-05-15T09:00:00.000Z', end: '2027-05-15T10:00:00.000Z' });
    expect(derivePersonProgress(facts({ conversations: [held, next], pops: [pop], now }))).toMatchObject({
      status: 'vervolg-gepland',
      dates: { heldOn: held.start, followUpOn: next.start },
    });
  });

  it('is exempt whatever was planned, and an exempt person is never overdue', () => {
    const progress = derivePersonProgress(facts({ exempt: true, conversations: [conversation('c1')] }));
    expect(progress).toEqual({ status: 'vrijgesteld', dates: {} });
    expect(effectiveStatus(progress, round, zone, new Date('2027-03-30T12:00:00.000Z'))).toBe('vrijgesteld');
  });

  it('turns a planned conversation into held when its meeting is over, without a write', () => {
    const stored = { status: 'voorbereid' as const, heldFrom: '2027-02-15T10:00:00.000Z' };
    expect(effectiveStatus(stored, round, zone, new Date('2027-02-15T09:59:00.000Z'))).toBe('voorbereid');
    expect(effectiveStatus(stored, round, zone, new Date('2027-02-15T10:00:00.000Z'))).toBe('gehouden');
  });

  it('is overdue from three weeks before the end of the period with nothing planned, at Amsterdam midnight', () => {
    const invited = { status: 'uitgenodigd' as const };
    // The period ends with 31 March; three weeks before 1 April 00:00 is 11 March 00:00 in Amsterdam (23:00 UTC the day before).
    expect(effectiveStatus(invited, round, zone, new Date('2027-03-10T22:59:00.000Z'))).toBe('uitgenodigd');
    expect(effectiveStatus(invited, round, zone, new Date('2027-03-10T23:00:00.000Z'))).toBe('achterstand');
    expect(effectiveStatus(invited, { ...round, nudgeWeeksBeforeEnd: 0 }, zone, new Date('2027-03-31T12:00:00.000Z'))).toBe('uitgenodigd');
  });

  it('filters on the status HR sees now: overdue, and held including meetings that are over', () => {
    const now = new Date('2027-03-25T12:00:00.000Z');
    const docs: Pick<PersonProgress, 'status' | 'heldFrom'>[] = [
      { status: 'uitgenodigd' },
      { status: 'gepland', heldFrom: '2027-03-01T10:00:00.000Z' },
      { status: 'gepland', heldFrom: '2027-03-29T10:00:00.000Z' },
      { status: 'gehouden' },
    ];
    const select = (wanted: Parameters<typeof statusClauses>[0]) => {
      const clauses = statusClauses(wanted, round, zone, now);
      return docs.filter((d) => clauses.some((c) => matchesClause(d, c)));
    };
    expect(select(['achterstand'])).toEqual([docs[0]]);
    expect(select(['uitgenodigd'])).toEqual([]);
    expect(select(['gehouden'])).toEqual([docs[1], docs[3]]);
    expect(select(['gepland'])).toEqual([docs[2]]);
    for (const d of docs) expect(select([effectiveStatus(d, round, zone, now)])).toContainEqual(d);
  });

  it('counts a cell the way the people in it read, and counting someone out again leaves nothing', () => {
    const base = emptyCell({ id: 'r:1', tenantId, roundId: 'r', department: 'Techniek', managerId: manager, managerName: 'Linda', updatedAt: '2027-02-01T00:00:00.000Z' });
    const people = [{ status: 'uitgenodigd' as const }, { status: 'gepland' as const, heldFrom: '2027-02-15T10:00:00.000Z' }, { status: 'vrijgesteld' as const }];
    const cell = people.reduce((c, p) => countInCell(c, p, 1), base);
    expect(cellCounts(cell, round, zone, new Date('2027-02-20T00:00:00.000Z'))).toMatchObject({ uitgenodigd: 1, gehouden: 1, gepland: 0, vrijgesteld: 1 });
    expect(cellCounts(cell, round, zone, new Date('2027-03-25T00:00:00.000Z'))).toMatchObject({ uitgenodigd: 0, achterstand: 1 });
    const emptied = people.reduce((c, p) => countInCell(c, p, -1), cell);
    expect(emptied).toMatchObject({ counts: {}, pending: {} });
  });
});
