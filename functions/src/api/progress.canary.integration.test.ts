import { randomUUID } from 'node:crypto';
import { SAMPLE_PEOPLE } from '@koers/app';
import { smartGoal } from '@koers/app/src/testing/popFixtures';
import { periodAroundToday, runningRound } from '@koers/app/src/testing/roundFixtures';
import { contracts } from '@koers/contracts';
import {
  ApplyOperationsResponse,
  CanvasView,
  koerskaart,
  ProgressBoardResponse,
  ProgressPeopleResponse,
  ProgressRoundsResponse,
  RoundProgressStatus,
  type CanvasOperation,
} from '@koers/domain';
import ExcelJS from 'exceljs';
import { sampleDirectoryFixture } from '../graph/sampleDirectory';
import { useGraphStandIn } from '../testing/graphStandIn';
import { useLocalStack } from '../testing/localStack';

/**
 * The canary test for content on HR's progress board: every content field a conversation can
 * produce — both parties' preparation answers, a Koerskaart card, the plan's goal and a progress
 * note, a portfolio entry, the employee's remarks on the held conversation and the agreed plan —
 * is filled with a unique canary through the real routes; then every progress route (from the
 * contracts, so a new one is searched the moment it exists) is called as Koers.HR and as the
 * manager, with every filter and both export formats, and the answers, the files, the host's and
 * the app's log lines and the access log are searched for any canary.
 */

const hostLines: string[] = [];
// The local Graph takes the Teams activity feed notifications the conversation's moments send.
const graph = useGraphStandIn(sampleDirectoryFixture());
const stack = useLocalStack({
  adapters: { quotas: 'off', activityFeed: graph.activityFeed, devActivityFeed: { activityFeed: (tenantId, userId) => graph.standIn().activityFeed(tenantId, userId) } },
  hostLog: (level, ...args) => hostLines.push(`${level} ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`),
  requestLog: (entry) => hostLines.push(JSON.stringify(entry)),
});
const { fatima, linda, sanne } = SAMPLE_PEOPLE;
const ROUND = 'canary-ronde';
const canary = (field: string) => `KANARIE-${field}-${randomUUID().slice(0, 8)}`;
const CANARIES = {
  employeeAnswer: canary('antwoord'),
  sharedAnswer: canary('gedeeld-antwoord'),
  managerAnswer: canary('manager-antwoord'),
  canvasCard: canary('koerskaart'),
  goalTitle: canary('doel'),
  goalAction: canary('actie'),
  progressNote: canary('notitie'),
  portfolioTitle: canary('portfolio'),
  portfolioDescription: canary('portfolio-beschrijving'),
  conversationRemark: canary('opmerking-gesprek'),
  popRemark: canary('opmerking-pop'),
};

const tokens = new Map<string, string>();
async function call(email: string, path: string, init: { method?: string; body?: unknown; ifMatch?: string } = {}): Promise<Response> {
  const token = tokens.get(email) ?? (await stack.current().tokenFor(email));
  tokens.set(email, token);
  return stack.current().api(path, {
    method: init.method ?? 'GET',
    token,
    headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...(init.ifMatch ? { 'if-match': init.ifMatch } : {}) },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
}

async function ok<T = unknown>(response: Response, status = 200): Promise<T> {
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}


/** The cells of a workbook as text: a zipped .xlsx hides its strings from a byte search. */
async function workbookText(bytes: ArrayBuffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
  return cells.join('\n');
}

describe('HR progress routes never carry content', () => {
  let conversationId = '';
  let popId = '';

  beforeAll(async () => {
    // A running round for the whole organisation, written through the app's own stores (as the round's start does).
    await stack.current().app.stores.rounds.create(runningRound({ id: ROUND, tenantId: fatima.tenantId, name: 'Canary-ronde', period: periodAroundToday(10, 90), createdBy: fatima.id }));

    // Linda books Sanne; both prepare, Sanne shares one answer and finishes.
    const proposals = await ok<{ slots: { start: string; end: string }[] }>(await call(linda.email, `/bookings/proposals?employeeId=${sanne.id}`));
    const slot = proposals.slots[0];
    if (!slot) throw new Error('no slot');
    const booked = await ok<{ conversation: { id: string } }>(
      await call(linda.email, '/conversations', { method: 'POST', body: { employeeId: sanne.id, start: slot.start, end: slot.end, requestId: randomUUID() } }),
      201,
    );
    conversationId = booked.conversation.id;
    await ok(
      await call(sanne.email, `/conversations/${conversationId}/preparation`, {
        method: 'PUT',
        body: {
          answers: [
            { questionId: 'hoe-sta-je', text: CANARIES.employeeAnswer, shared: false },
            { questionId: 'sterktes', text: CANARIES.sharedAnswer, shared: true },
          ],
          completed: true,
        },
      }),
    );
    await ok(await call(linda.email, `/conversations/${conversationId}/preparation`, { method: 'PUT', body: { answers: [{ questionId: 'paden', text: CANARIES.managerAnswer }] } }));

    // A card on the Koerskaart, typed as the tab types it.
    expect([200, 201]).toContain((await call(linda.email, '/canvases', { method: 'POST', body: { conversationId } })).status);
    const doc = koerskaart.loadTextDoc(undefined, 4242);
    const update = koerskaart.captureUpdate(doc, () => doc.getText('text').insert(0, CANARIES.canvasCard));
    if (!update) throw new Error('nothing typed');
    const operations: CanvasOperation[] = [
      { type: 'addCard', cardId: 'kanarie', kind: 'note', section: 'wensen', order: 'V' },
      { type: 'editText', cardId: 'kanarie', epoch: 0, update },
    ];
    ApplyOperationsResponse.parse(await ok(await call(linda.email, `/canvases/${conversationId}/operations`, { method: 'POST', body: { replicaId: 'kanarie', operations } })));

    // Held ("Gesprek afronden"), so the board has moved past planned.
    const conversation = await call(linda.email, `/conversations/${conversationId}`);
    await ok(await call(linda.email, `/conversations/${conversationId}/complete`, { method: 'POST', ifMatch: conversation.headers.get('etag') ?? '' }));
    // Sanne sees the held conversation differently ("Ik zie dit anders").
    await ok(await call(sanne.email, `/conversations/${conversationId}/remark`, { method: 'PUT', body: { text: CANARIES.conversationRemark } }));

    // The plan with a goal and a progress note.
    const goal = { ...smartGoal('g1', sanne.id, CANARIES.goalTitle), actions: [CANARIES.goalAction] };
    const pop = await ok<{ pop: { id: string }; current: { number: number; contentHash: string } }>(
      await call(linda.email, '/pops', { method: 'POST', body: { employeeId: sanne.id, requestId: randomUUID(), conversationId, goals: [goal] } }),
      201,
    );
    popId = pop.pop.id;
    await ok(await call(sanne.email, `/pops/${popId}/progress`, { method: 'POST', body: { goalId: 'g1', note: CANARIES.progressNote } }));
    // Both agree, and Sanne adds her own remark beside the agreed version.
    const approval = { version: pop.current.number, contentHash: pop.current.contentHash };
    for (const email of [linda.email, sanne.email]) await ok(await call(email, `/pops/${popId}/approve`, { method: 'POST', body: approval }));
    await ok(await call(sanne.email, `/pops/${popId}/remark`, { method: 'PUT', body: { text: CANARIES.popRemark } }));

    // A portfolio entry shared with the manager.
    await ok(
      await call(sanne.email, '/portfolio/entries', {
        method: 'POST',
        body: { requestId: randomUUID(), kind: 'reflectie', title: CANARIES.portfolioTitle, description: CANARIES.portfolioDescription, period: { from: periodAroundToday(1, 0).from }, visibility: 'leidinggevende' },
      }),
      201,
    );

  }, 120_000);

  it('can see a leak: the parties read back what they wrote', async () => {
    expect(await (await call(sanne.email, `/conversations/${conversationId}/preparation`)).text()).toContain(CANARIES.employeeAnswer);
    expect(await (await call(linda.email, `/conversations/${conversationId}/preparation`)).text()).toContain(CANARIES.sharedAnswer);
    const view = CanvasView.parse(await ok(await call(linda.email, `/canvases/${conversationId}`)));
    const card = view.canvas.state.cards.kanarie;
    expect(card ? koerskaart.cardTexts(card).text : undefined).toBe(CANARIES.canvasCard);
    expect(await (await call(sanne.email, `/portfolio?employeeId=${sanne.id}`)).text()).toContain(CANARIES.portfolioTitle);
    expect(await (await call(linda.email, `/conversations/${conversationId}`)).text()).toContain(CANARIES.conversationRemark);
    expect(await (await call(linda.email, `/pops/${popId}`)).text()).toContain(CANARIES.popRemark);
  });

  it('answers HR and the manager with statuses only, through every progress route, filter and export', async () => {
    const seen: string[] = [];
    const progressRoutes = Object.values(contracts).filter((c) => c.path === 'progress' || c.path.startsWith('progress/'));
    expect(progressRoutes.map((c) => c.name).sort()).toEqual(['progressBoard', 'progressExport', 'progressPeople', 'progressRebuild', 'progressRounds']);

    for (const email of [fatima.email, linda.email]) {
      const rounds = ProgressRoundsResponse.parse(await ok(await call(email, '/progress')));
      expect(rounds.rounds.map((r) => r.id)).toContain(ROUND);
      seen.push(JSON.stringify(rounds));

      const board = ProgressBoardResponse.parse(await ok(await call(email, `/progress/${ROUND}`)));
      // The plan is agreed (so Sanne could remark on it): she stands at pop-akkoord.
      expect(board.total['pop-akkoord']).toBe(1);
      seen.push(JSON.stringify(board));

      for (const status of [undefined, ...RoundProgressStatus.options]) {
        const page = ProgressPeopleResponse.parse(await ok(await call(email, `/progress/${ROUND}/people${status ? `?status=${status}` : ''}`)));
        if (status === 'pop-akkoord') expect(page.items.map((p) => p.displayName)).toEqual(['Sanne Bakker']);
        seen.push(JSON.stringify(page));
      }
      for (const format of ['csv', 'xlsx'] as const) {
        for (const lang of ['nl-NL', 'en-GB'] as const) {
          const file = await call(email, `/progress/${ROUND}/export?format=${format}&lang=${lang}`);
          expect(file.status).toBe(200);
          const bytes = await file.arrayBuffer();
          const text = format === 'csv' ? new TextDecoder().decode(bytes) : await workbookText(bytes);
          expect(text).toContain('Sanne Bakker');
          seen.push(text);
        }
      }
    }
    seen.push(JSON.stringify(await ok(await call(fatima.email, `/progress/${ROUND}/rebuild`, { method: 'POST' }))));

    const accessLog = await stack.current().stores.accessLog.listForSubject(sanne.tenantId, sanne.id, { maxItems: 100 });
    expect(accessLog.items.some((line) => line.readerId === fatima.id && line.what === 'status')).toBe(true);
    seen.push(JSON.stringify(accessLog.items), ...hostLines, ...stack.current().appLog.map((line) => JSON.stringify(line.args)));
    expect(hostLines.length).toBeGreaterThan(0);

    const found = Object.entries(CANARIES).filter(([, value]) => seen.some((text) => text.includes(value) || text.includes('KANARIE')));
    expect(found.map(([field]) => field)).toEqual([]);
  }, 120_000);

  it('sends activity feed notifications with names and kinds of moment only, never content', async () => {
    // Both approved the plan above (Linda first, so it was Sanne's turn); now Sanne asks for help with a canary note.
    await ok(await call(sanne.email, `/pops/${popId}/progress`, { method: 'POST', body: { goalId: 'g1', status: 'hulp-nodig', note: CANARIES.progressNote } }));

    const feeds = [sanne, linda].flatMap((person) => graph.standIn().activityFeed(person.tenantId, person.id));
    expect(feeds.map((n) => n.activityType).sort()).toEqual(['approvePop', 'conversationPlanned', 'helpAsked']);
    const bells = await Promise.all([sanne, linda].map(async (person) => JSON.stringify(await ok(await call(person.email, '/dev/notifications')))));
    expect(bells.join('')).toContain('Sanne Bakker');

    const seen = [JSON.stringify(feeds), ...bells];
    const found = Object.entries(CANARIES).filter(([, value]) => seen.some((text) => text.includes(value) || text.includes('KANARIE')));
    expect(found.map(([field]) => field)).toEqual([]);
  }, 60_000);

  it('keeps a colleague without a role off every progress route', async () => {
    for (const path of ['/progress', `/progress/${ROUND}`, `/progress/${ROUND}/people`, `/progress/${ROUND}/export?format=csv`]) {
      expect((await call(sanne.email, path)).status).toBe(403);
    }
    expect((await call(linda.email, `/progress/${ROUND}/rebuild`, { method: 'POST' })).status).toBe(403);
  });
});
