import { botMessages } from '@koers/domain';
import { VERBS } from './cards/actions';
import { button, buttons, cardOf, cardText, click, execute, from, replacedCard, say, setupChat, toast } from './testing/chat';
import { extraPerson, oid, samplePeople } from './testing/fakes';

const nl = botMessages.booking.nl;
const en = botMessages.booking.en;

async function proposalsForSanne() {
  const chat = setupChat();
  const replies = await say(chat.adapter, from('linda'), 'plan een loopbaangesprek met Sanne');
  return { ...chat, card: cardOf(replies[0]) };
}

describe('a manager plans a career conversation in chat', () => {
  it('shows three free moments about two weeks ahead, as buttons, and "andere tijden"', async () => {
    const { card } = await proposalsForSanne();
    expect(cardText(card)).toContain('Loopbaangesprek met Sanne Bakker');
    const slotTitles = buttons(card).filter((b) => b.type === 'Action.Execute' && b.verb === VERBS.pick).map((b) => b.title);
    expect(slotTitles).toEqual(['di 8 dec 10:00–11:00', 'wo 9 dec 14:00–15:00', 'do 10 dec 09:00–10:00']);
    expect(button(card, 'Andere tijden')).toBeDefined();
  });

  it('books the picked moment and replaces the card with "Gepland", the Teams link and the Koerskaart', async () => {
    const { adapter, card, booking } = await proposalsForSanne();
    const booked = replacedCard(await click(adapter, from('linda'), card, 'di 8 dec 10:00–11:00'));
    expect(cardText(booked)).toContain('Gepland: di 8 dec 10:00–11:00');
    expect(buttons(booked)).toEqual([
      { type: 'Action.OpenUrl', title: nl.join, url: 'https://teams.microsoft.com/l/meetup-join/conv-1' },
      { type: 'Action.OpenUrl', title: nl.canvas, url: 'https://koers.example/tab/koerskaart/conv-1' },
    ]);
    expect([...booking.conversations.values()].map((c) => [c.value.employeeId, c.value.start])).toEqual([[oid.sanne, '2026-12-08T09:00:00.000Z']]);
  });

  it('books once when the manager double-clicks or Teams retries the click', async () => {
    const { adapter, card, booking } = await proposalsForSanne();
    const first = replacedCard(await click(adapter, from('linda'), card, 'di 8 dec 10:00–11:00'));
    const second = replacedCard(await click(adapter, from('linda'), card, 'di 8 dec 10:00–11:00'));
    // Even a click on another slot of the same (already used) card does not book a second time.
    await click(adapter, from('linda'), card, 'wo 9 dec 14:00–15:00');
    expect(booking.bookCalls).toBe(3);
    expect(booking.conversations.size).toBe(1);
    expect(cardText(second)).toEqual(cardText(first));
  });

  it('shows later moments for "andere tijden", shifting the window past the last proposal', async () => {
    const { adapter, card, booking } = await proposalsForSanne();
    const later = replacedCard(await click(adapter, from('linda'), card, 'Andere tijden'));
    expect(booking.proposalQueries.at(-1)).toEqual({ employeeId: oid.sanne, after: '2026-12-11T23:00:00.000Z' });
    expect(cardText(later)).toContain('di 15 dec 10:00–11:00');
    expect(cardText(later)).not.toContain('di 8 dec');
  });

  it('offers fresh moments with a word of why when the picked one was taken meanwhile', async () => {
    const { adapter, card, booking } = await proposalsForSanne();
    booking.takenStarts.add('2026-12-08T09:00:00.000Z');
    const fresh = replacedCard(await click(adapter, from('linda'), card, 'di 8 dec 10:00–11:00'));
    expect(cardText(fresh)).toContain(nl.refusals['slot-unavailable']);
    expect(booking.conversations.size).toBe(0);
  });

  it('says so when nothing is free in the coming six weeks', async () => {
    const chat = setupChat({ booking: { nothingFree: true } });
    const card = cardOf((await say(chat.adapter, from('linda'), 'plan een loopbaangesprek met Sanne'))[0]);
    expect(cardText(card)).toContain('niets vrij in de komende zes weken');
    expect(button(card, 'Andere tijden')).toBeDefined();
  });

  it('recognises a name with a typo that still points to one person', async () => {
    const { adapter } = setupChat();
    const card = cardOf((await say(adapter, from('linda'), 'plan een gesprek met Snane'))[0]);
    expect(cardText(card)).toContain('Loopbaangesprek met Sanne Bakker');
  });

  it('understands the request after an @mention', async () => {
    const { adapter } = setupChat();
    const replies = await say(
      adapter,
      { ...from('linda'), entities: [{ type: 'mention', mentioned: { id: '28:koers-bot', name: 'Koers' }, text: '<at>Koers</at>' }] },
      '<at>Koers</at> plan een loopbaangesprek met Sanne',
    );
    expect(cardText(cardOf(replies[0]))).toContain('Loopbaangesprek met Sanne Bakker');
  });

  it('asks which one when two people in the team share the name, and continues with the chosen one', async () => {
    const second = '0a000000-0000-4000-8000-000000000199';
    const { adapter } = setupChat({ people: [...samplePeople(), extraPerson(second, 'Sanne de Vries', oid.linda)] });
    const question = cardOf((await say(adapter, from('linda'), 'plan een loopbaangesprek met Sanne'))[0]);
    expect(cardText(question)).toContain(nl.ambiguous('Sanne'));
    const proposals = replacedCard(await click(adapter, from('linda'), question, 'Sanne de Vries'));
    expect(cardText(proposals)).toContain('Loopbaangesprek met Sanne de Vries');
  });

  it('knows nobody by an unknown name, and suggests the closest people in the team', async () => {
    const { adapter } = setupChat();
    const card = cardOf((await say(adapter, from('linda'), 'plan een loopbaangesprek met Kas'))[0]);
    expect(cardText(card)).toContain('Ik ken niemand met die naam in jouw team');
    expect(buttons(card).map((b) => b.title)).toEqual(['Kees Jansen', 'Daan Mulder', 'Sanne Bakker']);
  });

  it('kindly refuses a manager who names someone from another team', async () => {
    const { adapter, booking } = setupChat();
    const [reply] = await say(adapter, from('jeroen'), 'plan een loopbaangesprek met Sanne');
    expect(reply?.text).toBe(nl.notYourReport('Sanne Bakker'));
    expect(booking.proposalQueries).toEqual([]);
  });

  it('kindly refuses someone who is not a manager', async () => {
    const { adapter, booking } = setupChat();
    const [reply] = await say(adapter, from('sanne'), 'plan een loopbaangesprek met Kees');
    expect(reply?.text).toBe(nl.refusals['not-a-manager']);
    expect(booking.proposalQueries).toEqual([]);
  });

  it('refuses a proposals card that another manager clicks, and books nothing', async () => {
    const { adapter, card, booking } = await proposalsForSanne();
    const answer = toast(await click(adapter, from('jeroen'), card, 'di 8 dec 10:00–11:00'));
    expect(answer).toBe(nl.refusals['not-your-report']);
    expect(booking.conversations.size).toBe(0);
  });

  it('answers a tampered or unknown card action kindly and changes nothing', async () => {
    const { adapter, booking } = setupChat();
    expect(toast(await execute(adapter, from('linda'), { verb: VERBS.pick, data: { employeeId: oid.sanne, start: 'morgen' } }))).toBe(nl.refusals['stale-card']);
    expect(toast(await execute(adapter, from('linda'), { verb: 'koers.somethingElse', data: {} }))).toBe(nl.refusals['stale-card']);
    expect(booking.bookCalls).toBe(0);
  });

  it('tells someone Koers does not know that HR has to add them first', async () => {
    const { adapter } = setupChat();
    const stranger = { ...from('linda'), from: { id: '29:x', name: 'X', aadObjectId: '0a000000-0000-4000-8000-000000000999' } };
    const [reply] = await say(adapter, stranger, 'plan een loopbaangesprek met Sanne');
    expect(reply?.text).toBe(nl.refusals['unknown-user']);
  });

  it('asks with whom when the manager forgets the name', async () => {
    const { adapter } = setupChat();
    const [reply] = await say(adapter, from('linda'), 'plan een loopbaangesprek');
    expect(reply?.text).toBe(nl.askWhom);
  });

  it('speaks English to a manager whose Teams is in English', async () => {
    const { adapter } = setupChat();
    const card = cardOf((await say(adapter, from('linda', 'en-GB'), 'plan a career conversation with Sanne'))[0]);
    expect(cardText(card)).toContain('Career conversation with Sanne Bakker');
    expect(button(card, 'Tue 8 Dec 10:00–11:00')).toBeDefined();
    const booked = replacedCard(await click(adapter, from('linda', 'en-GB'), card, 'Tue 8 Dec 10:00–11:00'));
    expect(cardText(booked)).toContain('Planned: Tue 8 Dec 10:00–11:00');
    expect(cardText(booked)).toContain(en.join);
  });

  it('uses Flemish wording for a manager in Flanders', async () => {
    const { adapter } = setupChat();
    const [reply] = await say(adapter, from('an', 'nl-BE', '6f1c2a7e-0000-4000-8000-000000000002'), 'plan een loopbaangesprek met Wout');
    const card = cardOf(reply);
    expect(button(card, 'Andere momenten')).toBeDefined();
  });

  it('remembers the chat of whoever clicks a card, so reminders can reach them', async () => {
    const { adapter, card, references } = await proposalsForSanne();
    references.all.clear();
    await click(adapter, from('linda'), card, 'Andere tijden');
    expect([...references.all.values()].map((r) => r.id)).toEqual([oid.linda]);
  });
});
