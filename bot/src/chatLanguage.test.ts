import { SAMPLE_PEOPLE } from '@koers/app';
import { createTranslator } from '@koers/texts';
import { VERBS } from './cards/actions';
import { button, buttons, cardOf, cardText, click, from, say, setupChat, speaks, toldAbout, turn } from './testing/chat';

/**
 * One language a person, for everything in their chat: the Agents Playground and many Teams
 * clients in Dutch companies report en-US, and a Dutch profile must still get Dutch.
 */

const nl = createTranslator('nl-NL');
const en = createTranslator('en-GB');
const { sanne, linda } = SAMPLE_PEOPLE;
const EN_US = 'en-US';

describe('the language of a chat', () => {
  it('welcomes, helps and answers a Dutch-profile person in Dutch from an en-US client, cards included', async () => {
    const { adapter } = await setupChat();
    const sannes = from('sanne', EN_US);
    const welcome = await turn(adapter, { ...sannes, type: 'conversationUpdate', membersAdded: [{ id: '28:koers-bot', name: 'Koers' }] });
    expect(welcome.map((a) => a.text)).toEqual([nl('bot.welcome')]);
    expect((await say(adapter, sannes, 'help'))[0]?.text).toBe(nl('bot.help'));
    expect((await say(adapter, sannes, 'mijn pop'))[0]?.text).toBe(nl('bot.pop.noPop'));
    const [card] = await say(adapter, sannes, 'lunch?');
    expect(cardText(cardOf(card))).toContain(nl('bot.notUnderstood'));
    const [asked] = await say(adapter, sannes, 'ik wil een loopbaangesprek');
    expect(asked?.text).toBe(nl('bot.request.sent', { manager: linda.displayName }));
  });

  it('answers Dutch text from an en-US client in Dutch, and offers nothing', async () => {
    const { adapter } = await setupChat();
    const replies = await say(adapter, from('sanne', EN_US), 'hoe staan mijn doelen ervoor');
    expect(replies.map((r) => r.text)).toEqual([nl('bot.pop.noPop')]);
  });

  it('offers to switch when someone writes clearly in the other language, and one button makes it so', async () => {
    const { adapter, stores } = await setupChat();
    const sannes = from('sanne', EN_US);
    const [answer, offer] = await say(adapter, sannes, 'how are my goals doing');
    // The answer stays in her language; only her yes changes it.
    expect(answer?.text).toBe(nl('bot.pop.noPop'));
    const offerCard = cardOf(offer);
    expect(cardText(offerCard)).toContain('Zal ik voortaan in het Engels antwoorden?');
    expect(buttons(offerCard)).toHaveLength(1);

    const chosen = await click(adapter, sannes, offerCard, 'Ja, voortaan Engels');
    expect(chosen).toMatchObject({ value: en('bot.language.chosen') });
    expect((await stores.people.get(sanne.tenantId, sanne.id))?.value.chosenLocale).toBe('en-GB');
    // From now on, everything in English, whatever she types or her client says.
    expect((await say(adapter, from('sanne', 'nl-NL'), 'hulp'))[0]?.text).toBe(en('bot.help'));
    expect(await say(adapter, sannes, 'how are my goals doing')).toHaveLength(1);
  });

  it('does not offer a switch to someone who chose their language themselves', async () => {
    const { adapter, stores } = await setupChat();
    await speaks(stores, 'sanne', 'nl-NL');
    expect(await say(adapter, from('sanne', EN_US), 'how are my goals doing')).toHaveLength(1);
  });

  it('writes what the manager is told, and the employee hears later, in each one\'s own language', async () => {
    const chat = await setupChat();
    const { adapter, stores } = chat;
    await speaks(stores, 'linda', 'en-GB');
    await say(adapter, from('sanne', EN_US), 'ik wil een loopbaangesprek');
    const [told] = await toldAbout(chat, sanne.tenantId, `${sanne.id}|2026-11-24`);
    expect(told?.recipient.id).toBe(linda.id);
    expect(told?.replies[0]).toEqual({ kind: 'text', text: en('bot.request.toManager', { employee: sanne.displayName }) });
    const card = told?.replies[1];
    if (card?.kind !== 'card') throw new Error('no proposals card for Linda');
    expect(cardText(card.card)).toContain('Career conversation with Sanne Bakker');

    // Linda picks a time on that card in her chat; Sanne hears of it in Dutch.
    const slot = buttons(card.card).find((b) => b.type === 'Action.Execute' && b.verb === VERBS.pick);
    if (!slot) throw new Error('no slot to pick');
    await click(adapter, from('linda', EN_US), card.card, slot.title);
    const conversations = await stores.conversations.listForEmployee(sanne.tenantId, sanne.id);
    const booked = conversations.items[0];
    if (!booked) throw new Error('nothing booked');
    const [toSanne] = await toldAbout(chat, sanne.tenantId, booked.id);
    expect(toSanne?.replies[0]).toMatchObject({ kind: 'text', text: expect.stringContaining('Linda de Wit heeft een loopbaangesprek met je gepland') as unknown });
    const prep = toSanne?.replies[1];
    if (prep?.kind !== 'card') throw new Error('no preparation card for Sanne');
    expect(button(prep.card, nl('bot.prep.done'))).toBeDefined();
  });
});
