import { preparationId, prepQuestionsFor, readAll, type Conversation, type PrepRole } from '@koers/domain';
import { HENDRIKS_TENANT_ID, SAMPLE_PEOPLE } from '@koers/app';
import { createTranslator } from '@koers/texts';
import { answerInputId, shareInputId, VERBS } from './cards/actions';
import { buttons, cardOf, cardText, click, execute, from, inputIds, replacedCard, say, setupChat, toast, toldAbout, type Chat } from './testing/chat';

const nl = createTranslator('nl-NL');
const { linda, sanne } = SAMPLE_PEOPLE;

/** What Koers holds of one party's preparation of the conversation. */
async function preparationOf(chat: Chat, conversation: Conversation, role: PrepRole) {
  return (await chat.stores.preparations.get(conversation.tenantId, conversation.employeeId, conversation.id, role))?.value;
}

/** Sanne has chatted with Koers before (so Koers can reach her); Linda books her at the first moment offered. */
async function sanneIsBooked() {
  const chat = await setupChat();
  await say(chat.adapter, from('sanne'), 'hulp');
  const proposals = cardOf((await say(chat.adapter, from('linda'), 'plan een loopbaangesprek met Sanne'))[0]);
  const picked = buttons(proposals).find((b) => b.type === 'Action.Execute' && b.verb === VERBS.pick);
  if (!picked) throw new Error('no moment was proposed');
  replacedCard(await click(chat.adapter, from('linda'), proposals, picked.title));
  const [conversation] = await readAll((page) => chat.stores.conversations.listForEmployee(HENDRIKS_TENANT_ID, sanne.id, page));
  if (!conversation) throw new Error('no booking was made');
  // What the outbox sends Sanne about the booking (functions' dispatcher sends it; here it is read).
  const told = await toldAbout(chat, HENDRIKS_TENANT_ID, conversation.id);
  expect(told.map((t) => t.recipient.id)).toEqual([sanne.id]);
  const replies = told[0]?.replies ?? [];
  const prepReply = replies.find((r) => r.kind === 'card');
  if (prepReply?.kind !== 'card') throw new Error('no preparation card was sent');
  return { ...chat, conversation, pickedTime: picked.title, message: { replies }, prepCard: prepReply.card };
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
    const { message, prepCard, pickedTime } = await sanneIsBooked();
    const intro = message?.replies[0];
    expect(intro?.kind === 'text' && intro.text).toContain(`Linda de Wit heeft een loopbaangesprek met je gepland: **${pickedTime}**`);
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
    const chat = await sanneIsBooked();
    const { adapter, prepCard } = chat;
    const inputs = answers({ 'hoe-sta-je': 'Goed, maar ik wil meer variatie.', sterktes: 'Storingen zoeken' }, ['sterktes']);
    const saved = replacedCard(await click(adapter, from('sanne'), prepCard, nl('bot.prep.savePartial'), inputs));
    const text = cardText(saved);
    expect(text).toContain(nl('bot.prep.savedPartial'));
    expect(text).toContain('Goed, maar ik wil meer variatie.');
    expect(text).toContain('Voorbereiden');
    const stored = await preparationOf(chat, chat.conversation, 'employee');
    expect(stored?.id).toBe(preparationId(chat.conversation.id, 'employee'));
    expect(stored?.answers.map((a) => [a.questionId, a.shared])).toEqual([
      ['hoe-sta-je', false],
      ['sterktes', true],
    ]);
    expect(stored?.completedAt).toBeUndefined();
  });

  it('marks the preparation done with "Klaar", and the manager sees only the shared answers', async () => {
    const chat = await sanneIsBooked();
    const { adapter, prepCard } = chat;
    const inputs = answers({ 'hoe-sta-je': 'Prima', sterktes: 'Storingen zoeken', loopbaanwensen: 'Ooit werkvoorbereider' }, ['sterktes', 'loopbaanwensen']);
    const done = replacedCard(await click(adapter, from('sanne'), prepCard, nl('bot.prep.done'), inputs));
    expect(cardText(done)).toContain(nl('bot.prep.savedDone'));
    expect((await preparationOf(chat, chat.conversation, 'employee'))?.completedAt).toBeDefined();
    const managerView = await chat.preparation.get(linda, chat.conversation.id);
    expect(managerView.sharedByEmployee?.answers.map((a) => a.text)).toEqual(['Storingen zoeken', 'Ooit werkvoorbereider']);
  });

  it('opens the questions again with her saved answers filled in', async () => {
    const { adapter, prepCard } = await sanneIsBooked();
    const saved = replacedCard(await click(adapter, from('sanne'), prepCard, nl('bot.prep.savePartial'), answers({ energie: 'Klanten helpen' }, ['energie'])));
    const again = replacedCard(await click(adapter, from('sanne'), saved, nl('bot.prep.edit')));
    expect(JSON.stringify(again)).toContain('"value":"Klanten helpen"');
    expect(JSON.stringify(again)).toMatch(/"id":"share-energie","title":"[^"]+","value":"true"/);
  });

  it('answers in the language the card was written in, even when the client reports another', async () => {
    const { adapter, prepCard } = await sanneIsBooked();
    const saved = replacedCard(await click(adapter, from('sanne', 'en-US'), prepCard, nl('bot.prep.savePartial'), answers({ energie: 'Klanten helpen' })));
    expect(cardText(saved)).toContain(nl('bot.prep.savedPartial'));
  });

  it('answers a colleague who clicks her preparation card as if there were no such conversation, and saves nothing', async () => {
    const chat = await sanneIsBooked();
    const { adapter, prepCard } = chat;
    const answer = toast(await click(adapter, from('kees'), prepCard, nl('bot.prep.savePartial'), answers({ energie: 'Niet van mij' })));
    // Nothing about a colleague's conversation leaks, not even that there is one.
    expect(answer).toBe(nl('bot.refusal.not-found'));
    expect(await preparationOf(chat, chat.conversation, 'employee')).toBeUndefined();
    expect(await preparationOf(chat, chat.conversation, 'manager')).toBeUndefined();
  });

  it('refuses an answer that is not text, and saves nothing', async () => {
    const chat = await sanneIsBooked();
    const answer = toast(
      await execute(chat.adapter, from('sanne'), { verb: VERBS.prepSave, data: { conversationId: chat.conversation.id, completed: true, [answerInputId('energie')]: 42 } }),
    );
    expect(answer).toBe(nl('bot.refusal.stale-card'));
    expect(await preparationOf(chat, chat.conversation, 'employee')).toBeUndefined();
  });

  it('points to the preparation when the employee types "voorbereiden"', async () => {
    const { adapter } = await setupChat();
    const [reply] = await say(adapter, from('sanne'), 'voorbereiden');
    expect(reply?.text).toBe(nl('bot.prep.whereToPrepare'));
  });
});
