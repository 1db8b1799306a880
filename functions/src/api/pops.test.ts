import { randomUUID } from 'node:crypto';
import { SAMPLE_PEOPLE } from '@koers/app';
import { Problem } from '@koers/contracts';
import { PopListResponse, PopResponse } from '@koers/domain';
import { conversationWithAgreements, jsonRenderer, renderedInput, smartGoal, outboxNotice } from '../pop/__tests__/popKit';
import { useLocalStack } from '../testing/localStack';
import { agreementsFilename, asciiSlug } from './pops';

const { jeroen, linda, ahmed, noor, fatima, an } = SAMPLE_PEOPLE;
const stack = useLocalStack({ adapters: { agreementsPdf: jsonRenderer } });

const tokens = new Map<string, string>();
async function tokenOf(email: string): Promise<string> {
  const known = tokens.get(email) ?? (await stack.current().tokenFor(email));
  tokens.set(email, known);
  return known;
}

async function call(who: { email: string }, path: string, init: { method?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  const hasBody = init.body !== undefined || init.raw !== undefined;
  return stack.current().api(path, {
    method: init.method ?? 'GET',
    token: await tokenOf(who.email),
    headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...init.headers },
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
}

async function problemOf(response: Response): Promise<Problem> {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return Problem.parse(await response.json());
}

async function planOf(response: Response, status = 200): Promise<PopResponse> {
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${await response.text()}`);
  const plan = PopResponse.parse(await response.json());
  expect(response.headers.get('etag')).toBe(plan.etag);
  return plan;
}

/** A fresh plan for Ahmed with one SMART goal, started by Jeroen. */
async function ahmedsPlan(): Promise<PopResponse> {
  return planOf(await call(jeroen, '/pops', { method: 'POST', body: { employeeId: ahmed.id, requestId: randomUUID(), goals: [smartGoal('g1', ahmed.id)] } }), 201);
}

async function approve(who: { email: string }, plan: PopResponse): Promise<Response> {
  return call(who, `/pops/${plan.pop.id}/approve`, { method: 'POST', body: { version: plan.current.number, contentHash: plan.current.contentHash } });
}

async function approvedByBoth(): Promise<PopResponse> {
  const plan = await ahmedsPlan();
  await planOf(await approve(ahmed, plan));
  return planOf(await approve(jeroen, plan));
}

async function storedEtag(plan: PopResponse): Promise<string | undefined> {
  return (await stack.current().stores.pops.get(plan.pop.tenantId, plan.pop.employeeId, plan.pop.id))?.etag;
}

describe('the POP over HTTP', () => {
  it('starts a plan from a conversation (201, then 200 on a replay), drafted from its Koerskaart, and lists it', async () => {
    const conversation = await conversationWithAgreements(stack.current().stores, ahmed, jeroen, ['Scrum-certificaat halen']);
    const body = { employeeId: ahmed.id, conversationId: conversation.id, requestId: randomUUID() };

    const created = await planOf(await call(ahmed, '/pops', { method: 'POST', body }), 201);
    const replay = await planOf(await call(jeroen, '/pops', { method: 'POST', body: { ...body, requestId: randomUUID() } }));

    expect(created.created).toBe(true);
    expect(replay).toMatchObject({ created: false, role: 'manager' });
    expect(replay.pop.id).toBe(created.pop.id);
    expect(created.current.goals.map((g) => g.title)).toEqual(['Scrum-certificaat halen']);

    const listed = await call(jeroen, `/pops?employeeId=${ahmed.id}`);
    expect(listed.status).toBe(200);
    expect(PopListResponse.parse(await listed.json()).pops.map((p) => p.id)).toContain(created.pop.id);
    const got = await planOf(await call(ahmed, `/pops/${created.pop.id}`));
    expect(got.manager.displayName).toBe('Jeroen Hendriks');
  });

  it("drafts a goal from a card made from Sanne's path and a course, and refuses a goal with the same course twice (400, naming the field)", async () => {
    const { sanne } = SAMPLE_PEOPLE;
    const conversation = await conversationWithAgreements(stack.current().stores, sanne, linda, [
      { text: 'Werkvoorbereider E&W — op weg naar Werkvoorbereider', link: { targetFunctionId: 'werkvoorbereider', learningItemId: 'werkvoorbereiding-ew' } },
    ]);
    const plan = await planOf(await call(linda, '/pops', { method: 'POST', body: { employeeId: sanne.id, conversationId: conversation.id, requestId: randomUUID() } }), 201);
    const [goal] = plan.current.goals;
    expect(goal).toMatchObject({ kind: 'doorgroeien', targetFunctionName: 'Werkvoorbereider', learning: [{ id: 'werkvoorbereiding-ew', hours: 80, costEuro: 1200 }] });

    const twice = { ...goal!, learning: [...goal!.learning!, ...goal!.learning!] };
    const bad = await call(sanne, `/pops/${plan.pop.id}/goals`, { method: 'PUT', body: { baseVersion: 1, goals: [twice] }, headers: { 'if-match': plan.etag } });
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).errors?.map((e) => e.path)).toEqual(['goals.0.learning']);
  });

  it('answers 404 to HR, another manager, a colleague and another tenant on every POP route, and changes nothing', async () => {
    const plan = await approvedByBoth();
    const etag = await storedEtag(plan);
    for (const outsider of [fatima, linda, noor, an]) {
      const answers = [
        await call(outsider, `/pops/${plan.pop.id}`),
        await call(outsider, `/pops?employeeId=${ahmed.id}`),
        await call(outsider, `/pops/${plan.pop.id}/goals`, { method: 'PUT', body: { baseVersion: 1, goals: [] }, headers: { 'if-match': plan.etag } }),
        await approve(outsider, plan),
        await call(outsider, `/pops/${plan.pop.id}/progress`, { method: 'POST', body: { goalId: 'g1', note: 'Gezien' } }),
        await call(outsider, `/pops/${plan.pop.id}/versions/1/pdf`),
        await call(outsider, '/pops', { method: 'POST', body: { employeeId: ahmed.id, requestId: randomUUID() } }),
      ];
      expect([outsider.displayName, answers.map((r) => r.status)]).toEqual([outsider.displayName, [404, 404, 404, 404, 404, 404, 404]]);
      expect((await problemOf(answers[0]!)).code).toBe('not-found');
    }
    expect(await storedEtag(plan)).toBe(etag);
  });

  it('refuses a plan with a bad goal or requestId (400, naming the field) or without a manager (422), and stores nothing', async () => {
    const before = PopListResponse.parse(await (await call(noor, `/pops?employeeId=${noor.id}`)).json()).pops.length;
    const requestId = randomUUID();
    const bad = await call(noor, '/pops', { method: 'POST', body: { employeeId: noor.id, requestId, goals: [{ ...smartGoal('g1', noor.id), route: 'promotie' }] } });
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).errors?.map((e) => e.path)).toEqual(['goals.0.route']);
    const noUuid = await call(noor, '/pops', { method: 'POST', body: { employeeId: noor.id, requestId: 'dubbelklik' } });
    expect((await problemOf(noUuid)).errors?.map((e) => e.path)).toEqual(['requestId']);
    expect(PopListResponse.parse(await (await call(noor, `/pops?employeeId=${noor.id}`)).json()).pops).toHaveLength(before);
    // Without a manager there is nobody to agree a plan with: 422 with the reason.
    const alone = await call(jeroen, '/pops', { method: 'POST', body: { employeeId: jeroen.id, requestId } });
    expect(alone.status).toBe(422);
    expect((await problemOf(alone)).code).toBe('no-manager');
  });

  it('revises with If-Match only: 428 without, 412 on a stale one, and a bad goal is a 400 naming the field', async () => {
    const plan = await ahmedsPlan();
    const path = `/pops/${plan.pop.id}/goals`;
    const goals = [smartGoal('g1', ahmed.id, 'Drie offertes zelfstandig opstellen')];

    const blind = await call(ahmed, path, { method: 'PUT', body: { baseVersion: 1, goals } });
    expect(blind.status).toBe(428);
    expect((await problemOf(blind)).code).toBe('precondition-required');

    const emptyTitle = await call(ahmed, path, { method: 'PUT', body: { baseVersion: 1, goals: [{ ...smartGoal('g1', ahmed.id), title: '  ' }] }, headers: { 'if-match': plan.etag } });
    expect(emptyTitle.status).toBe(400);
    expect((await problemOf(emptyTitle)).errors?.map((e) => e.path)).toContain('goals.0.title');
    const twice = await call(ahmed, path, { method: 'PUT', body: { baseVersion: 1, goals: [smartGoal('g1', ahmed.id), smartGoal('g1', ahmed.id)] }, headers: { 'if-match': plan.etag } });
    expect(twice.status).toBe(400);
    const badDate = await call(ahmed, path, { method: 'PUT', body: { baseVersion: 1, goals: [{ ...smartGoal('g1', ahmed.id), deadline: '2027-02-30' }] }, headers: { 'if-match': plan.etag } });
    expect((await problemOf(badDate)).errors?.map((e) => e.path)).toContain('goals.0.deadline');
    const notJson = await call(ahmed, path, { method: 'PUT', raw: '{"baseVersion":', headers: { 'if-match': plan.etag } });
    expect((await problemOf(notJson)).code).toBe('bad-json');
    expect(await storedEtag(plan)).toBe(plan.etag);

    const saved = await planOf(await call(ahmed, path, { method: 'PUT', body: { baseVersion: 1, goals }, headers: { 'if-match': plan.etag } }));
    expect(saved.current.goals[0]?.title).toBe('Drie offertes zelfstandig opstellen');

    const stale = await call(jeroen, path, { method: 'PUT', body: { baseVersion: 1, goals: [] }, headers: { 'if-match': plan.etag } });
    expect(stale.status).toBe(412);
    expect((await problemOf(stale)).code).toBe('stale-write');
    expect(await storedEtag(plan)).toBe(saved.etag);
  });

  it('voids one approval with an edit (version 2 needs both again), and approving what was shown before is 412', async () => {
    const plan = await ahmedsPlan();
    const byAhmed = await planOf(await approve(ahmed, plan));
    expect(byAhmed.status).toBe('concept');

    const edited = await planOf(
      await call(jeroen, `/pops/${plan.pop.id}/goals`, { method: 'PUT', body: { baseVersion: 1, goals: [smartGoal('g1', ahmed.id, 'Vier offertes')] }, headers: { 'if-match': byAhmed.etag } }),
    );
    expect(edited.current).toMatchObject({ number: 2, approvals: {} });

    const stale = await approve(jeroen, plan);
    expect(stale.status).toBe(412);
    const problem = await problemOf(stale);
    expect(problem.code).toBe('stale-version');
    expect(problem.detail).toContain('oudere versie');

    await planOf(await approve(ahmed, edited));
    const both = await planOf(await approve(jeroen, edited));
    expect(both).toMatchObject({ status: 'goedgekeurd', latestApprovedVersion: 2 });
    expect(both.pop.versions[0]?.approvals.manager).toBeUndefined();
  });

  it('counts two parallel approvals of the same version once and tells the other party once, through the outbox', async () => {
    const plan = await ahmedsPlan();

    const answers = await Promise.all([approve(jeroen, plan), approve(jeroen, plan)]);

    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    const after = await planOf(await call(ahmed, `/pops/${plan.pop.id}`));
    const approval = after.current.approvals.manager;
    expect(approval?.by).toBe(jeroen.id);
    const base = { popId: plan.pop.id, employeeId: ahmed.id, version: 1, at: approval?.at ?? '' };
    const turn = await outboxNotice(stack.current().stores, { tenantId: ahmed.tenantId, recipientId: ahmed.id, notice: { event: 'pop-approved', by: 'manager', ...base } });
    expect(turn).toMatchObject({ kind: 'notice', recipientId: ahmed.id });
    const agreed = await outboxNotice(stack.current().stores, { tenantId: ahmed.tenantId, recipientId: ahmed.id, notice: { event: 'pop-agreed', ...base } });
    expect(agreed).toBeUndefined();
  });

  it('refuses a bad approval body with 400 and an unknown plan with 404', async () => {
    const plan = await ahmedsPlan();
    const bad = await call(ahmed, `/pops/${plan.pop.id}/approve`, { method: 'POST', body: { version: 0 } });
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).errors?.map((e) => e.path).sort()).toEqual(['contentHash', 'version']);
    expect((await approve(ahmed, { ...plan, pop: { ...plan.pop, id: 'pop-bestaat-niet' } })).status).toBe(404);
    expect(await storedEtag(plan)).toBe(plan.etag);
  });

  it('stores all 50 notes sent at once without If-Match, and answers none of them with 412', async () => {
    const plan = await ahmedsPlan();
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => call(i % 2 === 0 ? ahmed : jeroen, `/pops/${plan.pop.id}/progress`, { method: 'POST', body: { goalId: 'g1', note: `Notitie ${i + 1}` } })),
    );
    expect(answers.map((a) => a.status).filter((status) => status !== 200)).toEqual([]);
    const after = await planOf(await call(ahmed, `/pops/${plan.pop.id}`));
    expect(after.progress[0]?.notes).toHaveLength(50);
  }, 120_000);

  it('records progress, and refuses it for a goal changed since the version seen (409), an unknown goal (422) or an empty update (400)', async () => {
    const plan = await approvedByBoth();
    const progress = `/pops/${plan.pop.id}/progress`;

    const noted = await planOf(await call(ahmed, progress, { method: 'POST', body: { goalId: 'g1', status: 'hulp-nodig', note: 'Ik loop vast', seenVersion: 1 } }));
    expect(noted.progress[0]).toMatchObject({ status: 'hulp-nodig', notes: [{ text: 'Ik loop vast' }] });
    expect(noted.status).toBe('goedgekeurd');
    const askedAt = noted.progress[0]?.updatedAt ?? '';
    const help = await outboxNotice(stack.current().stores, { tenantId: ahmed.tenantId, recipientId: jeroen.id, notice: { event: 'help-needed', popId: plan.pop.id, employeeId: ahmed.id, goalId: 'g1', at: askedAt } });
    expect(help).toMatchObject({ kind: 'notice', recipientId: jeroen.id });

    await planOf(await call(jeroen, `/pops/${plan.pop.id}/goals`, { method: 'PUT', body: { baseVersion: 1, goals: [smartGoal('g1', ahmed.id, 'Vier offertes')] }, headers: { 'if-match': noted.etag } }));
    const changed = await call(ahmed, progress, { method: 'POST', body: { goalId: 'g1', status: 'afgerond', seenVersion: 1 } });
    expect(changed.status).toBe(409);
    expect((await problemOf(changed)).code).toBe('goal-changed');

    const unknown = await call(ahmed, progress, { method: 'POST', body: { goalId: 'nope', status: 'bezig' } });
    expect(unknown.status).toBe(422);
    expect((await problemOf(unknown)).code).toBe('unknown-goal');
    const empty = await call(ahmed, progress, { method: 'POST', body: { goalId: 'g1' } });
    expect(empty.status).toBe(400);
    const after = await planOf(await call(ahmed, `/pops/${plan.pop.id}`));
    expect(after.progress[0]?.status).toBe('hulp-nodig');
  });

  it('gives the agreements PDF of an approved version as an attachment, and 409/404/400 otherwise', async () => {
    const plan = await approvedByBoth();

    const pdf = await call(jeroen, `/pops/${plan.pop.id}/versions/1/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe('attachment; filename="gemaakte-afspraken-ahmed-yilmaz-v1.pdf"');
    const input = renderedInput(new Uint8Array(await pdf.arrayBuffer()));
    expect(input).toMatchObject({ organisationName: 'Installatiebedrijf Hendriks B.V.', locale: 'nl-NL', version: { number: 1 }, manager: { displayName: 'Jeroen Hendriks' } });

    const draft = await ahmedsPlan();
    const notApproved = await call(ahmed, `/pops/${draft.pop.id}/versions/1/pdf`);
    expect(notApproved.status).toBe(409);
    expect((await problemOf(notApproved)).code).toBe('not-approved');
    expect((await call(ahmed, `/pops/${plan.pop.id}/versions/9/pdf`)).status).toBe(404);
    expect((await call(ahmed, `/pops/${plan.pop.id}/versions/een/pdf`)).status).toBe(400);
  });

  it('agrees a follow-up rhythm with the plan: a bad one is a 400 naming the field, the agreed one lists its dates', async () => {
    const plan = await ahmedsPlan();
    const path = `/pops/${plan.pop.id}/goals`;
    const goals = [smartGoal('g1', ahmed.id)];
    const put = (rhythm: unknown) => call(jeroen, path, { method: 'PUT', body: { baseVersion: 1, goals, rhythm }, headers: { 'if-match': plan.etag } });

    const tooMany = await put({ count: 7, intervalMonths: 3 });
    expect(tooMany.status).toBe(400);
    expect((await problemOf(tooMany)).errors?.map((e) => e.path)).toContain('rhythm.count');
    const noMonth = await put({ count: 2, intervalMonths: 0 });
    expect((await problemOf(noMonth)).errors?.map((e) => e.path)).toContain('rhythm.intervalMonths');
    const badDate = await put({ count: 2, intervalMonths: 3, firstDate: '2027-02-30' });
    expect((await problemOf(badDate)).errors?.map((e) => e.path)).toContain('rhythm.firstDate');
    expect(await storedEtag(plan)).toBe(plan.etag);

    const saved = await planOf(await put({ count: 2, intervalMonths: 3, firstDate: '2027-03-31' }));
    expect(saved.current.rhythm).toEqual({ count: 2, intervalMonths: 3, firstDate: '2027-03-31' });
    const before = await call(ahmed, `/pops/${plan.pop.id}/follow-ups`);
    expect(await before.json()).toEqual({ followUps: [] });
    await planOf(await approve(ahmed, saved));
    await planOf(await approve(jeroen, saved));
    const agreed = await call(ahmed, `/pops/${plan.pop.id}/follow-ups`);
    expect(agreed.status).toBe(200);
    const body = (await agreed.json()) as { followUps: { due: string; state: string }[] };
    expect(body.followUps).toEqual([
      { number: 1, due: '2027-03-31', state: 'open' },
      { number: 2, due: '2027-06-30', state: 'open' },
    ]);
    expect((await call(noor, `/pops/${plan.pop.id}/follow-ups`)).status).toBe(404);
  });

  it('describes every POP route in the OpenAPI document', async () => {
    const doc = (await (await stack.current().api('/openapi.json')).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(Object.keys(doc.paths['/pops'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(doc.paths['/pops/{id}']?.get).toBeDefined();
    expect(doc.paths['/pops/{id}/goals']?.put?.responses['428']).toBeDefined();
    expect(doc.paths['/pops/{id}/approve']?.post?.responses['412']).toBeDefined();
    expect(doc.paths['/pops/{id}/progress']?.post?.responses['409']).toBeDefined();
    expect(Object.keys(doc.paths['/pops/{id}/versions/{n}/pdf']?.get?.responses['200'] as object)).toContain('content');
  });
});

describe('the PDF filename', () => {
  it.each([
    ['Ahmed Yilmaz', 1, 'nl', 'gemaakte-afspraken-ahmed-yilmaz-v1.pdf'],
    ['Noor Visser-Çelik', 3, 'nl', 'gemaakte-afspraken-noor-visser-celik-v3.pdf'],
    ["Wout D'Hondt", 2, 'en', 'agreements-wout-d-hondt-v2.pdf'],
  ] as const)('names the file for %s v%i in ASCII', (name, version, language, expected) => expect(agreementsFilename(name, version, language)).toBe(expected));

  it('falls back to a plain name when nothing of the name is ASCII', () => expect(asciiSlug('李雷')).toBe('pop'));
});
