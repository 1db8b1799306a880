import { randomUUID } from 'node:crypto';
import { InvocationContext, type Timer } from '@azure/functions';
import { SAMPLE_PEOPLE } from '@koers/app';
import { smartGoal } from '../pop/__tests__/popKit';
import { conversationWithAgreements } from '@koers/app/src/testing/popFixtures';
import { periodAroundToday, runningRound } from '@koers/app/src/testing/roundFixtures';
import { CanvasView, ChangeLogResponse, ConversationResponse, ErasureCandidatesResponse, ErasureReport, koerskaart, MyTalentResponse, PersonalDataExport, PopResponse, SlotProposalsResponse } from '@koers/domain';
import { CONTAINER_NAMES, CONTAINERS } from '../cosmos/containers';
import { useLocalStack } from '../testing/localStack';

const { jeroen, ahmed, fatima, noor, kees, linda, sanne } = SAMPLE_PEOPLE;
const stack = useLocalStack();

/** A text no other test writes, so finding it anywhere after the erasure is a leftover. */
const CANARY = `kanarie${randomUUID().slice(0, 8)}`;

/**
 * Containers whose documents may still name the person after the erasure, and why. Only the local
 * stand-in of the other party's Outlook calendar: in Azure the meeting lives in Microsoft 365.
 */
const NOT_KOERS_DATA = new Set(['calendarEvents']);
/**
 * Texts others wrote that mention the person by name stay theirs (docs/privacy.md): the sample
 * learning offer, HR's text, names a colleague as the host of a "meelopen" day.
 */
const OTHERS_TEXTS = new Set(['catalogue']);

async function call(who: { email: string }, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
  return stack.current().api(path, {
    method: init.method ?? 'GET',
    token: await stack.current().tokenFor(who.email),
    headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
}

async function ok(response: Response, status = 200): Promise<unknown> {
  const body: unknown = await response.json();
  if (response.status !== status) throw new Error(`${response.url} answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

/** Every stored text, with the Yjs updates of the Koerskaart (base64) decoded so typed text shows. */
function readable(document: unknown): string {
  const texts: string[] = [JSON.stringify(document)];
  const visit = (value: unknown) => {
    if (typeof value === 'string' && value.length >= 16 && /^[A-Za-z0-9+/]+=*$/.test(value)) texts.push(Buffer.from(value, 'base64').toString('latin1'));
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(document);
  return texts.join('\n').toLowerCase();
}

async function leftovers(needles: readonly string[], name?: string): Promise<string[]> {
  const found: string[] = [];
  for (const container of CONTAINER_NAMES) {
    if (NOT_KOERS_DATA.has(container)) continue;
    const { resources } = await stack.current().database.container(CONTAINERS[container].id).items.query<Record<string, unknown>>('SELECT * FROM c').fetchAll();
    for (const document of resources) {
      const text = readable(document);
      for (const needle of needles) {
        if (needle === name && OTHERS_TEXTS.has(container)) continue;
        if (text.includes(needle.toLowerCase())) found.push(`${container}/${String(document.id)}: ${needle}`);
      }
    }
  }
  return found;
}

/** The nightly retention timer, run now. */
async function runTimer(): Promise<void> {
  const timer = stack.current().app.table.timers.find((t) => t.name === 'retention');
  if (!timer) throw new Error('no retention timer');
  await timer.handler({ isPastDue: false } as unknown as Timer, new InvocationContext({ functionName: timer.name }));
}

describe('erasing a person, checked with a canary', () => {
  it('leaves no trace of what the person wrote, nor their name, address or id, in any container or in the other party\'s export', async () => {
    // The person uses every feature, writing the canary into every field they can fill.
    await ok(await call(ahmed, '/me/language', { method: 'PUT', body: { locale: 'en-GB' } }));
    const proposals = SlotProposalsResponse.parse(await ok(await call(jeroen, `/bookings/proposals?employeeId=${ahmed.id}`)));
    const slot = proposals.slots[0]!;
    const booked = ConversationResponse.parse(
      await ok(await call(jeroen, '/conversations', { method: 'POST', body: { employeeId: ahmed.id, start: slot.start, end: slot.end, requestId: randomUUID() } }), 201),
    );
    const conversationId = booked.conversation.id;
    await ok(
      await call(ahmed, `/conversations/${conversationId}/preparation`, {
        method: 'PUT',
        body: { answers: [{ questionId: 'sterktes', text: `${CANARY} sterktes`, shared: true }, { questionId: 'valkuil', text: `${CANARY} valkuil` }] },
      }),
    );
    await ok(await call(jeroen, `/conversations/${conversationId}/preparation`, { method: 'PUT', body: { answers: [{ questionId: 'paden', text: `${CANARY} over Ahmed` }] } }));

    const canvas = CanvasView.parse(await ok(await call(ahmed, '/canvases', { method: 'POST', body: { conversationId } }), 201));
    const doc = koerskaart.loadTextDoc(undefined, 4242);
    const update = koerskaart.captureUpdate(doc, () => doc.getText('text').insert(0, `${CANARY} kaart`));
    await ok(
      await call(ahmed, `/canvases/${canvas.conversation.id}/operations`, {
        method: 'POST',
        body: { replicaId: randomUUID(), operations: [{ type: 'addCard', cardId: 'kanarie', kind: 'note', section: 'wensen', order: 'V' }, { type: 'editText', cardId: 'kanarie', epoch: 0, update }] },
      }),
    );

    const plan = PopResponse.parse(await ok(await call(ahmed, '/pops', { method: 'POST', body: { employeeId: ahmed.id, conversationId, requestId: randomUUID() } }), 201));
    const revised = PopResponse.parse(
      await ok(
        await call(ahmed, `/pops/${plan.pop.id}/goals`, {
          method: 'PUT',
          body: { baseVersion: 1, goals: [smartGoal('g1', ahmed.id, `${CANARY} doel`)] },
          headers: { 'if-match': plan.etag },
        }),
      ),
    );
    await ok(await call(ahmed, `/pops/${revised.pop.id}/progress`, { method: 'POST', body: { goalId: 'g1', note: `${CANARY} voortgang` } }));
    // Both agree; the conversation is held; Ahmed remarks on both ("Ik zie dit anders").
    const approval = { version: revised.current.number, contentHash: revised.current.contentHash };
    for (const who of [ahmed, jeroen]) await ok(await call(who, `/pops/${revised.pop.id}/approve`, { method: 'POST', body: approval }));
    await ok(await call(ahmed, `/pops/${revised.pop.id}/remark`, { method: 'PUT', body: { text: `${CANARY} opmerking plan` } }));
    const held = await call(jeroen, `/conversations/${conversationId}`);
    await ok(await call(jeroen, `/conversations/${conversationId}/complete`, { method: 'POST', headers: { 'if-match': held.headers.get('etag') ?? '' } }));
    await ok(await call(ahmed, `/conversations/${conversationId}/remark`, { method: 'PUT', body: { text: `${CANARY} opmerking gesprek` } }));
    await ok(
      await call(ahmed, '/portfolio/entries', {
        method: 'POST',
        body: { requestId: randomUUID(), kind: 'reflectie', title: `${CANARY} portfolio`, period: { from: '2026-11-20' }, visibility: 'leidinggevende' },
      }),
      201,
    );
    // The manager reads what was shared: lines on the person's access log.
    await ok(await call(jeroen, `/pops/${plan.pop.id}`));
    await ok(await call(jeroen, `/portfolio?employeeId=${ahmed.id}`));
    await ok(await call(jeroen, `/conversations/${conversationId}/preparation`));
    // Their Teams chat address, as the bot stores it on first contact.
    await stack.current().stores.conversationReferences.upsert({ id: ahmed.id, tenantId: ahmed.tenantId, reference: { user: { name: `${CANARY} chat` } }, updatedAt: new Date().toISOString() });
    // Their wishes in the talent pool, and HR marking them exempt from a running round.
    const talent = MyTalentResponse.parse(await ok(await call(ahmed, '/me/talent')));
    const functionId = talent.functions[0]?.id ?? '';
    await ok(await call(ahmed, '/me/talent', { method: 'PUT', body: { interests: [{ functionId, wish: 'doorgroeien' }], showName: true } }));
    const round = await stack.current().stores.rounds.create(runningRound({ id: 'kanarie-ronde', tenantId: ahmed.tenantId, name: 'Kanarieronde', period: periodAroundToday(5, 60), createdBy: fatima.id }));
    await ok(await call(fatima, `/rounds/${round.value.id}/exemptions/${ahmed.id}`, { method: 'PUT', body: { reason: 'afwezig-verlof' } }));

    const needles = [CANARY, ahmed.id, ahmed.email, ahmed.displayName];
    const before = await leftovers(needles, ahmed.displayName);
    expect((await leftovers([CANARY])).length).toBeGreaterThanOrEqual(6);
    expect(before.some((line) => line.startsWith('talentPool'))).toBe(true);
    expect(before.some((line) => line.startsWith('roundExemptions'))).toBe(true);

    // HR erases them; a second request (a retry) finds nothing left to do.
    const report = ErasureReport.parse(await ok(await call(fatima, `/people/${ahmed.id}/erasure`, { method: 'POST', body: { reason: 'request' } })));
    expect(report.deleted).toBeGreaterThan(0);
    const again = ErasureReport.parse(await ok(await call(fatima, `/people/${ahmed.id}/erasure`, { method: 'POST', body: { reason: 'request' } })));
    expect([again.deleted, again.anonymised]).toEqual([0, 0]);

    const after = await leftovers(needles, ahmed.displayName);
    process.stdout.write(`erasure canary: ${before.length} traces of the person in ${new Set(before.map((l) => l.split('/')[0])).size} containers before, ${after.length} after\n`);
    expect(after).toEqual([]);
    const managers = PersonalDataExport.parse(await ok(await call(jeroen, '/me/data')));
    expect(needles.filter((needle) => readable(managers).includes(needle.toLowerCase()))).toEqual([]);
    expect(managers.preparations).toEqual([]);
  });

  it('is refused to anyone who is not HR or an administrator', async () => {
    const refused = await call(jeroen, `/people/${fatima.id}/erasure`, { method: 'POST', body: { reason: 'request' } });
    expect(refused.status).toBe(403);
  });

  it('lists leavers for HR with the day the retention rule erases them, and the daily timer erases those whose period is over', async () => {
    const { stores } = stack.current();
    const monthsAgo = (months: number) => {
      const at = new Date();
      at.setUTCMonth(at.getUTCMonth() - months);
      return at.toISOString();
    };
    for (const [person, leftAt] of [
      [noor, monthsAgo(13)],
      [kees, monthsAgo(11)],
    ] as const) {
      const stored = await stores.people.get(person.tenantId, person.id);
      await stores.people.replace({ ...stored!.value, leftAt }, stored!.etag);
    }

    const listed = ErasureCandidatesResponse.parse(await ok(await call(fatima, '/privacy/erasure-candidates')));
    expect(listed.retentionMonths).toBe(12);
    expect(listed.items.map((p) => p.displayName)).toEqual(expect.arrayContaining([noor.displayName, kees.displayName]));
    expect(listed.items.find((p) => p.id === noor.id)?.erasureDueAt).toBeDefined();

    await runTimer();
    expect(await stores.people.get(noor.tenantId, noor.id)).toBeUndefined();
    expect(await stores.people.get(kees.tenantId, kees.id)).toBeDefined();

    // HR shortens the period: the next run takes the leaver of eleven months too.
    expect(await ok(await call(fatima, '/organisation/retention', { method: 'PUT', body: { leaverRetentionMonths: 6 } }))).toEqual({ retentionMonths: 6 });
    expect((await call(jeroen, '/organisation/retention', { method: 'PUT', body: { leaverRetentionMonths: 1 } })).status).toBe(403);
    await runTimer();
    expect(await stores.people.get(kees.tenantId, kees.id)).toBeUndefined();
    expect(ErasureCandidatesResponse.parse(await ok(await call(fatima, '/privacy/erasure-candidates'))).items).toEqual([]);

    // The works council sees the change of period and every erasure, without whom they erased.
    const log = ChangeLogResponse.parse(await ok(await call(fatima, '/organisation/change-log')));
    expect(log.items).toContainEqual(expect.objectContaining({ kind: 'retention-changed', actorId: fatima.id, actorName: fatima.displayName, details: { fromMonths: 12, toMonths: 6 } }));
    const erasures = log.items.filter((e) => e.kind === 'erasure');
    expect(erasures.map((e) => e.details.reason).sort()).toEqual(['request', 'retention', 'retention']);
    expect(JSON.stringify(erasures)).not.toMatch(new RegExp([ahmed.id, noor.id, kees.id].join('|')));
    expect((await call(jeroen, '/organisation/change-log')).status).toBe(403);
  });

  it("empties held conversations' content once the organisation's period is over, keeping that they took place", async () => {
    const { stores } = stack.current();
    const yearsAgo = (years: number) => {
      const at = new Date();
      at.setUTCFullYear(at.getUTCFullYear() - years);
      return at.toISOString();
    };
    const old = await conversationWithAgreements(stores, sanne, linda, ['Oude afspraak'], yearsAgo(3));
    const recent = await conversationWithAgreements(stores, sanne, linda, ['Nieuwe afspraak'], yearsAgo(1));
    const cards = async (id: string) => Object.keys((await stores.canvases.get(sanne.tenantId, sanne.id, id))?.value.state.cards ?? {}).length;

    // Off by default: the timer keeps everything.
    await runTimer();
    expect(await cards(old.id)).toBeGreaterThan(0);

    const path = '/organisation/retention/held-conversations';
    expect((await call(jeroen, path, { method: 'PUT', body: { heldConversationRetentionYears: 2 } })).status).toBe(403);
    expect(await ok(await call(fatima, path, { method: 'PUT', body: { heldConversationRetentionYears: 2 } }))).toEqual({ heldConversationRetentionYears: 2 });
    expect(ErasureCandidatesResponse.parse(await ok(await call(fatima, '/privacy/erasure-candidates'))).heldConversationRetentionYears).toBe(2);
    await runTimer();

    expect(await cards(old.id)).toBe(0);
    const kept = (await stores.conversations.get(sanne.tenantId, sanne.id, old.id))?.value;
    expect(kept).toMatchObject({ status: 'gehouden', managerId: linda.id });
    expect(kept?.contentRemovedAt).toBeDefined();
    expect(await cards(recent.id)).toBeGreaterThan(0);
    const log = ChangeLogResponse.parse(await ok(await call(fatima, '/organisation/change-log')));
    expect(log.items).toContainEqual(expect.objectContaining({ kind: 'retention-changed', actorId: fatima.id, details: { fromYears: 0, toYears: 2 } }));
  });
});
