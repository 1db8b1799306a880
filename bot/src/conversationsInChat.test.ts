import { randomUUID } from 'node:crypto';
import { SAMPLE_PEOPLE } from '@koers/app';
import { formatTimeRange } from '@koers/domain';
import { createTranslator } from '@koers/texts';
import { VERBS } from './cards/actions';
import type { AdaptiveCard } from './cards/adaptiveCard';
import { buttons, cardOf, cardText, click, from, replacedCard, say, setupChat, toast, toldAbout, type Chat } from './testing/chat';

/**
 * Asking for, finding, moving and cancelling a conversation in one's own words, over the real
 * booking use case. Moving and cancelling never happen without the "yes" on the card that names
 * the conversation; a negation changes nothing.
 */

const nl = createTranslator('nl-NL');
const { linda, sanne, kees } = SAMPLE_PEOPLE;

async function withPlannedConversation(): Promise<Chat & { conversationId: string; when: string }> {
  const chat = await setupChat();
  const proposals = await chat.booking.proposals(linda, { employeeId: sanne.id });
  const slot = proposals.slots[0];
  if (!slot) throw new Error('no slot for Linda and Sanne');
  const booked = await chat.booking.book(linda, { employeeId: sanne.id, start: slot.start, end: slot.end, requestId: randomUUID() });
  const view = await chat.booking.get(linda, booked.conversation.id);
  const { start, end } = view.conversation;
  return { ...chat, conversationId: booked.conversation.id, when: start && end ? formatTimeRange(start, end, 'Europe/Amsterdam', 'nl-NL') : '' };
}

function titles(card: AdaptiveCard): string[] {
  return buttons(card).map((b) => b.title);
}

describe('an employee asks for a conversation', () => {
  it('sends the manager a card with proposals for the days she would like, and tells her so', async () => {
    const chat = await setupChat();
    const [reply] = await say(chat.adapter, from('sanne'), 'kan ik een gesprek met Linda plannen in januari?');
    expect(reply?.text).toBe(nl('bot.request.sentWish', { manager: linda.displayName, from: '1 januari 2027', to: '31 januari 2027' }));
    const [told] = await toldAbout(chat, sanne.tenantId, `${sanne.id}|2026-11-24`);
    expect(told?.recipient.id).toBe(linda.id);
    const card = told?.replies[1];
    if (card?.kind !== 'card') throw new Error('no proposals card');
    const slots = buttons(card.card).filter((b) => b.type === 'Action.Execute' && b.verb === VERBS.pick);
    expect(slots).toHaveLength(3);
    expect(slots.every((s) => /jan/.test(s.title))).toBe(true);
  });

  it('tells the manager only once a day, however often she asks', async () => {
    const chat = await setupChat();
    await say(chat.adapter, from('sanne'), 'ik wil een loopbaangesprek');
    await say(chat.adapter, from('sanne'), 'Ik zou graag een loopbaangesprek hebben');
    expect(await toldAbout(chat, sanne.tenantId, `${sanne.id}|2026-11-24`)).toHaveLength(1);
  });

  it('still refuses an employee who tries to plan a colleague', async () => {
    const chat = await setupChat();
    expect((await say(chat.adapter, from('sanne'), 'plan een loopbaangesprek met Kees'))[0]?.text).toBe(nl('bot.refusal.not-a-manager'));
  });
});

describe('a manager plans with a time hint', () => {
  it('proposes times in the month she names', async () => {
    const chat = await setupChat();
    const card = cardOf((await say(chat.adapter, from('linda'), 'plan een gesprek met Sanne in januari'))[0]);
    const slots = buttons(card).filter((b) => b.type === 'Action.Execute' && b.verb === VERBS.pick);
    expect(slots).toHaveLength(3);
    expect(slots.every((s) => / jan /.test(s.title))).toBe(true);
  });

  it('says so when the days she names are too soon to prepare, and proposes the first times after', async () => {
    const chat = await setupChat();
    const card = cardOf((await say(chat.adapter, from('linda'), 'plan een gesprek met Sanne volgende week'))[0]);
    expect(cardText(card)).toContain(nl('bot.booking.outsideWish', { from: '30 november 2026', to: '6 december 2026' }));
    expect(buttons(card).filter((b) => b.type === 'Action.Execute' && b.verb === VERBS.pick)).toHaveLength(3);
  });
});

describe('when is my conversation', () => {
  it('tells the employee and the manager when it is', async () => {
    const chat = await withPlannedConversation();
    expect((await say(chat.adapter, from('sanne'), 'wanneer is mijn gesprek?'))[0]?.text).toBe(nl('bot.when.planned', { name: linda.displayName, when: chat.when }));
    expect((await say(chat.adapter, from('linda'), 'when is my next meeting'))[0]?.text).toBe(nl('bot.when.planned', { name: sanne.displayName, when: chat.when }));
  });

  it('offers to ask for one when none is planned', async () => {
    const chat = await setupChat();
    const card = cardOf((await say(chat.adapter, from('kees'), 'wanneer is mijn loopbaangesprek'))[0]);
    expect(cardText(card)).toContain(nl('bot.when.none'));
    const asked = await click(chat.adapter, from('kees'), card, nl('bot.suggest.ask'));
    expect(toast(asked)).toBe(nl('bot.request.sent', { manager: linda.displayName }));
    expect(await toldAbout(chat, kees.tenantId, `${kees.id}|2026-11-24`)).toHaveLength(1);
  });
});

describe('what to prepare', () => {
  it('gives the employee her preparation card again', async () => {
    const chat = await withPlannedConversation();
    const card = cardOf((await say(chat.adapter, from('sanne'), 'wat moet ik nog voorbereiden?'))[0]);
    expect(cardText(card)).toContain(nl('bot.prep.title'));
  });
});

describe('cancelling and moving, never on a guess', () => {
  it('asks the manager first, and cancels only on the yes', async () => {
    const chat = await withPlannedConversation();
    const card = cardOf((await say(chat.adapter, from('linda'), 'annuleer het gesprek met Sanne'))[0]);
    expect(cardText(card)).toContain(nl('bot.change.confirmCancel', { name: sanne.displayName, when: chat.when }));
    expect(titles(card)).toEqual([nl('bot.change.yesCancel'), nl('bot.change.no')]);
    expect((await chat.booking.get(linda, chat.conversationId)).conversation.status).toBe('gepland');

    const done = replacedCard(await click(chat.adapter, from('linda'), card, nl('bot.change.yesCancel')));
    expect(cardText(done)).toBe(nl('bot.change.cancelled', { name: sanne.displayName, when: chat.when }));
    expect((await chat.booking.get(linda, chat.conversationId)).conversation.status).toBe('geannuleerd');
  });

  it('leaves the conversation as it is on "no"', async () => {
    const chat = await withPlannedConversation();
    const card = cardOf((await say(chat.adapter, from('linda'), 'cancel my conversation'))[0]);
    expect(cardText(replacedCard(await click(chat.adapter, from('linda'), card, nl('bot.change.no'))))).toBe(nl('bot.change.kept'));
    expect((await chat.booking.get(linda, chat.conversationId)).conversation.status).toBe('gepland');
  });

  it.each(['niet annuleren', 'annuleer het niet', "don't cancel", 'annuleer mijn gesprek niet', 'verzet mijn gesprek niet'])('changes nothing on %p', async (text) => {
    const chat = await withPlannedConversation();
    expect((await say(chat.adapter, from('linda'), text))[0]?.text).toBe(nl('bot.change.kept'));
    expect((await chat.booking.get(linda, chat.conversationId)).conversation.status).toBe('gepland');
  });

  it('refuses an old yes when the conversation changed after the question', async () => {
    const chat = await withPlannedConversation();
    const card = cardOf((await say(chat.adapter, from('linda'), 'annuleer mijn gesprek met Sanne'))[0]);
    const view = await chat.booking.get(linda, chat.conversationId);
    await chat.booking.complete(linda, chat.conversationId, view.etag);
    expect(toast(await click(chat.adapter, from('linda'), card, nl('bot.change.yesCancel')))).toBe(nl('bot.refusal.changed'));
    expect((await chat.booking.get(linda, chat.conversationId)).conversation.status).not.toBe('geannuleerd');
  });

  it('moves on the yes: new times, and the picked one replaces the old', async () => {
    const chat = await withPlannedConversation();
    const card = cardOf((await say(chat.adapter, from('linda'), 'verzet het gesprek met Sanne'))[0]);
    expect(cardText(card)).toContain(nl('bot.change.confirmMove', { name: sanne.displayName, when: chat.when }));
    const proposals = replacedCard(await click(chat.adapter, from('linda'), card, nl('bot.change.yesMove')));
    const slot = buttons(proposals).find((b) => b.type === 'Action.Execute' && b.verb === VERBS.pick && b.title !== chat.when);
    if (!slot) throw new Error('no other time offered');
    const booked = replacedCard(await click(chat.adapter, from('linda'), proposals, slot.title));
    expect(cardText(booked)).toContain(nl('bot.booking.booked', { when: slot.title }));
    const moved = await chat.booking.get(linda, chat.conversationId);
    expect(moved.conversation.status).toBe('gepland');
    expect((await chat.stores.conversations.listForEmployee(sanne.tenantId, sanne.id)).items).toHaveLength(1);
  });

  it('tells an employee that her manager moves or cancels it', async () => {
    const chat = await withPlannedConversation();
    expect((await say(chat.adapter, from('sanne'), 'annuleer mijn gesprek'))[0]?.text).toBe(nl('bot.change.askManager', { manager: linda.displayName, when: chat.when }));
  });
});
