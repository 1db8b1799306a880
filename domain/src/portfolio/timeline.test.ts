import type { Conversation } from '../conversation';
import { approvePop, createPop, currentVersion, revisePop } from '../pop/versions';
import { EMPLOYEE, MANAGER, OTHER_MANAGER, TENANT } from '../pop/testKit';
import type { Pop } from '../records';
import { createEntry, setAutomaticVisibility } from './entries';
import type { EntryContentInput, PortfolioEntry } from './schema';
import { buildTimeline, type TimelineSources } from './timeline';

const PREVIOUS_MANAGER = OTHER_MANAGER;
const NEXT_MANAGER = '00000000-0000-4000-8000-000000000033';
const HR = '00000000-0000-4000-8000-000000000041';
const TODAY = '2026-12-01';

let n = 0;
function own(content: EntryContentInput, visibility: 'prive' | 'leidinggevende' = 'prive', managerId = MANAGER) {
  n += 1;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const value: PortfolioEntry = createEntry({ id, tenantId: TENANT, employeeId: EMPLOYEE, content, visibility, managerId, existing: 0, now: '2026-11-01T10:00:00Z' });
  return { value, etag: `"e${n}"` };
}

function approved(id: string, managerId: string, at: string, titles: string[]): Pop {
  const goals = titles.map((title, i) => ({ id: `g${i}`, title, kind: 'verdiepen' as const, route: 'opleiding' as const }));
  const pop = createPop({ id, tenantId: TENANT, employeeId: EMPLOYEE, managerId }, goals, EMPLOYEE, at);
  const { number, contentHash } = currentVersion(pop);
  const once = approvePop(pop, { version: number, contentHash, by: EMPLOYEE, now: at });
  return approvePop(once, { version: number, contentHash, by: managerId, now: at });
}

function held(id: string, managerId: string, start: string, status: Conversation['status'] = 'gehouden'): Conversation {
  return { id, tenantId: TENANT, employeeId: EMPLOYEE, managerId, kind: 'loopbaangesprek', status, start, createdAt: start, updatedAt: start };
}

function sources(overrides: Partial<TimelineSources> = {}): TimelineSources {
  return {
    employee: { id: EMPLOYEE, managerId: MANAGER },
    entries: [],
    pops: [],
    conversations: [],
    shares: undefined,
    timeZone: 'Europe/Amsterdam',
    today: TODAY,
    now: new Date(`${TODAY}T12:00:00Z`),
    ...overrides,
  };
}

const job = own({ kind: 'werkervaring', title: 'Werkvoorbereider', period: { from: '2022-04-01' } });
const oldJob = own({ kind: 'werkervaring', title: 'Monteur', period: { from: '2015-08-01', to: '2022-03-31' } });
const training = own({ kind: 'opleiding', title: 'Cursus planning', period: { from: '2026-03-01', to: '2026-06-30' } }, 'leidinggevende');
const reflection = own({ kind: 'reflectie', title: 'Wat de storing me leerde', period: { from: '2026-11-20' } });

describe('the timeline', () => {
  it('puts ongoing entries on top, then the rest newest first, automatic entries in between', () => {
    const items = buildTimeline(
      sources({
        entries: [oldJob, training, job, reflection],
        pops: [approved('pop-1', MANAGER, '2026-09-15T14:00:00Z', ['Zelfstandig plannen'])],
        conversations: [held('g-1', MANAGER, '2026-09-01T08:00:00Z')],
      }),
      { role: 'employee' },
    );
    expect(items.map((i) => (i.source === 'eigen' ? i.content.title : i.id))).toEqual([
      'Werkvoorbereider',
      'Wat de storing me leerde',
      'pop:pop-1',
      'gesprek:g-1',
      'Cursus planning',
      'Monteur',
    ]);
    expect(items[0]).toMatchObject({ source: 'eigen', ongoing: true, etag: job.etag });
    // A reflection is one day, never "ongoing", even without an end date.
    expect(items[1]).toMatchObject({ source: 'eigen', ongoing: false });
  });

  it('shows each POP once, as its latest approved version with its number, approval date and goal titles', () => {
    const first = approved('pop-1', MANAGER, '2026-06-30T22:30:00Z', ['Offertes schrijven']);
    const v = currentVersion(first);
    // Version 2 is a draft nobody approved yet: the timeline keeps showing version 1.
    const revised = revisePop(first, { baseVersion: v.number, goals: [{ id: 'g0', title: 'Nieuw doel', kind: 'verbreden', route: 'meelopen' }], by: EMPLOYEE, now: '2026-10-01T09:00:00Z' });
    const draftOnly = createPop({ id: 'pop-2', tenantId: TENANT, employeeId: EMPLOYEE, managerId: MANAGER }, [], EMPLOYEE, '2026-11-01T09:00:00Z');
    const [item, ...rest] = buildTimeline(sources({ pops: [revised, draftOnly] }), { role: 'employee' });
    expect(rest).toEqual([]);
    // 22:30 UTC on 30 June is 1 July in Amsterdam: the day people saw it happen.
    expect(item).toMatchObject({ source: 'pop', version: 1, approvedAt: '2026-06-30T22:30:00Z', goalTitles: ['Offertes schrijven'], period: { from: '2026-07-01', to: '2026-07-01' } });
  });

  it('shows held conversations only, not planned or cancelled ones', () => {
    const items = buildTimeline(
      sources({ conversations: [held('g-1', MANAGER, '2026-05-01T08:00:00Z'), held('g-2', MANAGER, '2026-12-20T08:00:00Z', 'gepland'), held('g-3', MANAGER, '2026-04-01T08:00:00Z', 'geannuleerd')] }),
      { role: 'employee' },
    );
    expect(items.map((i) => i.id)).toEqual(['gesprek:g-1']);
    expect(items[0]).toMatchObject({ conversationKind: 'loopbaangesprek', heldAt: '2026-05-01T08:00:00Z', sharedByNature: true });
  });

  it('keeps where a conversation held in person took place, and says nothing of place for an online one', () => {
    const inPerson = { ...held('g-1', MANAGER, '2026-05-01T08:00:00Z'), location: 'Kamer 2.14, Utrecht' };
    const items = buildTimeline(sources({ conversations: [inPerson, held('g-2', MANAGER, '2026-04-01T08:00:00Z')] }), { role: 'employee' });
    expect(items.map((i) => (i.source === 'gesprek' ? (i.location ?? 'online') : ''))).toEqual(['Kamer 2.14, Utrecht', 'online']);
  });

  it('shows the manager only what is shared with them: their own POPs and conversations, and the entries switched on', () => {
    const all = sources({
      entries: [job, training, reflection],
      pops: [approved('pop-1', MANAGER, '2026-09-15T14:00:00Z', ['Plannen']), approved('pop-0', PREVIOUS_MANAGER, '2025-09-15T14:00:00Z', ['Oud'])],
      conversations: [held('g-1', MANAGER, '2026-09-01T08:00:00Z'), held('g-0', PREVIOUS_MANAGER, '2025-09-01T08:00:00Z')],
    });
    expect(buildTimeline(all, { role: 'manager', id: MANAGER }).map((i) => i.id)).toEqual(['pop:pop-1', 'gesprek:g-1', training.value.id]);
    expect(buildTimeline(all, { role: 'employee' })).toHaveLength(7);
  });

  it('shows a new manager nothing of the previous one until the employee shares it', () => {
    const entries = [training];
    const pops = [approved('pop-0', PREVIOUS_MANAGER, '2025-09-15T14:00:00Z', ['Oud'])];
    const conversations = [held('g-0', PREVIOUS_MANAGER, '2025-09-01T08:00:00Z')];
    // The employee came from PREVIOUS_MANAGER's team to MANAGER's; the training was shared with MANAGER.
    const before = sources({ employee: { id: EMPLOYEE, managerId: MANAGER }, entries, pops, conversations });
    expect(buildTimeline(before, { role: 'manager', id: MANAGER }).map((i) => i.id)).toEqual([training.value.id]);
    const employeeView = buildTimeline(before, { role: 'employee' });
    expect(employeeView.find((i) => i.id === 'pop:pop-0')).toMatchObject({ visibility: 'prive', sharedByNature: false });

    const shares = setAutomaticVisibility(undefined, { tenantId: TENANT, employeeId: EMPLOYEE }, { source: 'pop', sourceId: 'pop-0', managerId: PREVIOUS_MANAGER }, 'leidinggevende', MANAGER, '2026-12-01T09:00:00Z');
    expect(buildTimeline({ ...before, shares }, { role: 'manager', id: MANAGER }).map((i) => i.id)).toEqual([training.value.id, 'pop:pop-0']);

    // And on: what was shared with MANAGER is private again for the next manager.
    const moved = sources({ employee: { id: EMPLOYEE, managerId: NEXT_MANAGER }, entries, pops, conversations, shares });
    expect(buildTimeline(moved, { role: 'manager', id: NEXT_MANAGER })).toEqual([]);
    expect(buildTimeline(moved, { role: 'employee' }).find((i) => i.id === training.value.id)?.visibility).toBe('prive');
  });

  it('shows anyone but the employee and their current manager nothing', () => {
    const all = sources({ entries: [training], pops: [approved('pop-1', MANAGER, '2026-09-15T14:00:00Z', ['Plannen'])] });
    expect(buildTimeline(all, { role: 'manager', id: HR })).toEqual([]);
    expect(buildTimeline(all, { role: 'manager', id: PREVIOUS_MANAGER })).toEqual([]);
  });

  it('shows a conversation once it is held: marked so, or planned and over — never cancelled, never one still to come', () => {
    const planned = (id: string, start: string, end: string, status: Conversation['status'] = 'gepland'): Conversation => ({ ...held(id, MANAGER, start, status), end });
    const canvasOnly: Conversation = { ...held('g-canvas', MANAGER, '', 'gehouden'), start: undefined, completedAt: '2026-11-20T10:00:00Z' };
    const items = buildTimeline(
      sources({
        conversations: [
          planned('g-over', '2026-11-24T09:00:00Z', '2026-11-24T10:00:00Z'),
          planned('g-soon', '2026-12-08T09:00:00Z', '2026-12-08T10:00:00Z'),
          planned('g-off', '2026-11-10T09:00:00Z', '2026-11-10T10:00:00Z', 'geannuleerd'),
          { ...held('g-concept', MANAGER, '', 'concept'), start: undefined },
          canvasOnly,
        ],
      }),
      { role: 'employee' },
    );
    expect(items.map((i) => i.id)).toEqual(['gesprek:g-over', 'gesprek:g-canvas']);
    expect(items[1]).toMatchObject({ heldAt: '2026-11-20T10:00:00Z', period: { from: '2026-11-20', to: '2026-11-20' } });
  });

  it('dates a conversation held early on the day it was held, below the plan made afterwards', () => {
    // Planned for 22 December, held on 20 November instead, its plan agreed on 25 November.
    const early: Conversation = { ...held('g-early', MANAGER, '2026-12-22T09:00:00Z'), end: '2026-12-22T10:00:00Z', completedAt: '2026-11-20T15:00:00Z' };
    const items = buildTimeline(sources({ conversations: [early], pops: [approved('pop-1', MANAGER, '2026-11-25T10:00:00Z', ['Plannen'])] }), { role: 'employee' });
    expect(items.map((i) => i.id)).toEqual(['pop:pop-1', 'gesprek:g-early']);
    expect(items[1]).toMatchObject({ heldAt: '2026-11-20T15:00:00Z', period: { from: '2026-11-20', to: '2026-11-20' } });
  });

  it('never mixes in another employee’s records', () => {
    const someoneElse = { ...held('g-9', MANAGER, '2026-05-01T08:00:00Z'), employeeId: PREVIOUS_MANAGER };
    expect(buildTimeline(sources({ conversations: [someoneElse] }), { role: 'employee' })).toEqual([]);
  });
});
