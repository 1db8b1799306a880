import { botMessages, prepQuestionsFor } from '@koers/domain';
import { answerInputId, shareInputId, VERBS } from './cards/actions';
import { cardOf, cardText, click, execute, from, inputIds, replacedCard, say, setupChat, toast } from './testing/chat';
import { HENDRIKS, oid, TEST_LINKS } from './testing/fakes';
import { noticeReplies } from './notices';

const prep = botMessages.prep.nl;

/** Sanne has chatted with Koers before (so Koers can reach her); Linda books her. */
async function sanneIsBooked() {
  const chat = setupChat();
  await say(chat.adapter, from('sanne'), 'hulp');
  const proposals = cardOf((await say(chat.adapter, from('linda'), 'plan een loopbaangesprek met Sanne'))[0]);
  replacedCard(await click(chat.adapter, from('linda'), proposals, 'di 8 dec 10:00–11:00'));
  // The outbox sends the booking notice (functions' dispatcher); here it is written as it would be sent.
  const conversation = [...chat.booking.conversations.values()].map((s) => s.value).find((c) => c.employeeId === oid.sanne);
  const [sanne, linda] = await Promise.all([chat.people.get(HENDRIKS, oid.sanne), chat.people.get(HENDRIKS, oid.linda)]);
  if (!conversation || !sanne || !linda) throw new Error('no booking was made');
  const notice = { event: 'booked', conversationId: conversation.id, employeeId: oid.sanne, revision: 1, at: conversation.createdAt } as const;
  const replies = noticeReplies(notice, { conversation, employee: sanne.value, manager: linda.value }, sanne.value, TEST_LINKS);
  const message = { replies };
  const prepReply = replies.find((r) => r.kind === 'card');
  if (prepReply?.kind !== 'card') throw new Error('no preparation card was sent');
  return { ...chat, message, prepCard: prepReply.card };
}

function answers(values: Record<string, string>, shared: string[] = []): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const question of prepQuestionsFor('employee')) {
    inputs[answerInputId(question.id)] = values[question.id] ?? '';
    inputs[shareInputId(question.id)] = shared.includes(question.id) ? 'true' : 'false';
  }
  return inputs;
}

describe('the employee prepares in chat', () => {
  it('hears right after the booking when it is, that it looks ahead and is no appraisal, and gets the questions', async () => {
    const { message, prepCard } = await sanneIsBooked();
    const intro = message?.replies[0];
    expect(intro?.kind === 'text' && intro.text).toContain('Linda de Wit heeft een loopbaangesprek met je gepland: **di 8 dec 10:00–11:00**');
    expect(intro?.kind === 'text' && intro.text).toContain('geen beoordeling');
    const text = cardText(prepCard);
    for (const question of prepQuestionsFor('employee')) expect(text).toContain(question.text.nl);
    expect(text).toContain('Kernkwadrant');
    expect(inputIds(prepCard)).toContain(shareInputId('kernkwaliteit'));
  });

  it('keeps every answer private until the employee switches on sharing', async () => {
    const { prepCard } = await sanneIsBooked();
    const toggles = JSON.stringify(prepCard).match(/"type":"Input\.Toggle"[^}]*"value":"(true|false)"/g) ?? [];
    expect(toggles).toHaveLength(prepQuestionsFor('employee').length);
    expect(toggles.every((t) => t.endsWith('"value":"false"'))).toBe(true);
    expect(cardText(prepCard)).toContain('Delen met mijn leidinggevende');
  });

  it('saves a partial preparation and shows what was saved, and that she can finish later', async () => {
    const { adapter, prepCard, booking } = await sanneIsBooked();
    const inputs = answers({ 'hoe-sta-je': 'Goed, maar ik wil meer variatie.', sterktes: 'Storingen zoeken' }, ['sterktes']);
    const saved = replacedCard(await click(adapter, from('sanne'), prepCard, prep.savePartial, inputs));
    const text = cardText(saved);
    expect(text).toContain(prep.savedPartial);
    expect(text).toContain('Goed, maar ik wil meer variatie.');
    expect(text).toContain('Voorbereiden');
    const stored = booking.preparations.get('conv-1|employee');
    expect(stored?.answers.map((a) => [a.questionId, a.shared])).toEqual([
      ['hoe-sta-je', false],
      ['sterktes', true],
    ]);
    expect(stored?.completedAt).toBeUndefined();
  });

  it('marks the preparation done with "Klaar", and the manager sees only the shared answers', async () => {
    const { adapter, prepCard, booking, people } = await sanneIsBooked();
    const inputs = answers({ 'hoe-sta-je': 'Prima', sterktes: 'Storingen zoeken', loopbaanwensen: 'Ooit werkvoorbereider' }, ['sterktes', 'loopbaanwensen']);
    const done = replacedCard(await click(adapter, from('sanne'), prepCard, prep.done, inputs));
    expect(cardText(done)).toContain(prep.savedDone);
    expect(booking.preparations.get('conv-1|employee')?.completedAt).toBeDefined();
    const linda = (await people.get(HENDRIKS, oid.linda))?.value;
    if (!linda) throw new Error('Linda is missing from the directory');
    const managerView = await booking.preparation.get(linda, 'conv-1');
    expect(managerView.sharedByEmployee?.answers.map((a) => a.text)).toEqual(['Storingen zoeken', 'Ooit werkvoorbereider']);
  });

  it('opens the questions again with her saved answers filled in', async () => {
    const { adapter, prepCard } = await sanneIsBooked();
    const saved = replacedCard(await click(adapter, from('sanne'), prepCard, prep.savePartial, answers({ energie: 'Klanten helpen' }, ['energie'])));
    const again = replacedCard(await click(adapter, from('sanne'), saved, prep.edit));
    expect(JSON.stringify(again)).toContain('"value":"Klanten helpen"');
    expect(JSON.stringify(again)).toMatch(/"id":"share-energie","title":"[^"]+","value":"true"/);
  });

  it('answers in the language the card was written in, even when the client reports another', async () => {
    const { adapter, prepCard } = await sanneIsBooked();
    const saved = replacedCard(await click(adapter, from('sanne', 'en-US'), prepCard, prep.savePartial, answers({ energie: 'Klanten helpen' })));
    expect(cardText(saved)).toContain(prep.savedPartial);
  });

  it('refuses a preparation card someone else clicks, and saves nothing', async () => {
    const { adapter, prepCard, booking } = await sanneIsBooked();
    const answer = toast(await click(adapter, from('kees'), prepCard, prep.savePartial, answers({ energie: 'Niet van mij' })));
    expect(answer).toBe(botMessages.booking.nl.refusals['not-a-party']);
    expect(booking.preparations.size).toBe(0);
  });

  it('refuses an answer that is not text, and saves nothing', async () => {
    const { adapter, booking } = await sanneIsBooked();
    const answer = toast(
      await execute(adapter, from('sanne'), { verb: VERBS.prepSave, data: { conversationId: 'conv-1', completed: true, [answerInputId('energie')]: 42 } }),
    );
    expect(answer).toBe(botMessages.booking.nl.refusals['stale-card']);
    expect(booking.preparations.size).toBe(0);
  });

  it('points to the preparation when the employee types "voorbereiden"', async () => {
    const { adapter } = setupChat();
    const [reply] = await say(adapter, from('sanne'), 'voorbereiden');
    expect(reply?.text).toBe(prep.whereToPrepare);
  });
});
