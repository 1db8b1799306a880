import { canvasLink, formatTimeRange, readAll, type Person, type SlotProposalsResponse } from '@koers/domain';
import { HENDRIKS_TENANT_ID, SAMPLE_PEOPLE } from '@koers/app';
import { createTranslator, toLocale } from '@koers/texts';
import { noticesAbout } from '@koers/app/src/testing/outboxNotices';
import { VERBS } from './cards/actions';
import type { AdaptiveCard } from './cards/adaptiveCard';
import { button, buttons, cardOf, cardText, click, execute, from, nameButton, NOW, replacedCard, SANNE_DE_VRIES, say, setupChat, speaks, TEST_LINKS, toast, type Chat } from './testing/chat';

const nl = createTranslator('nl-NL');
const en = createTranslator('en-GB');
const { linda, sanne, kees, daan, jeroen, wout } = SAMPLE_PEOPLE;

/** The slot buttons on a proposals card, as the manager reads them. */
function slotTitles(card: AdaptiveCard): string[] {
  return buttons(card).flatMap((b) => (b.type === 'Action.Execute' && b.verb === VERBS.pick ? [b.title] : []));
}

/** The moments the booking use case proposes, as a person reads them, in date order. */
function asRead(proposals: SlotProposalsResponse, locale = 'nl-NL'): string[] {
  return [...proposals.slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)).map((s) => formatTimeRange(s.start, s.end, proposals.timeZone, toLocale(locale)));
}

const conversationsOf = async (chat: Chat, employee: Person) =>
  readAll((page) => chat.stores.conversations.listForEmployee(employee.tenantId, employee.id, page));

async function proposalsForSanne() {
  const chat = await setupChat();
  const replies = await say(chat.adapter, from('linda'), 'plan een loopbaangesprek met Sanne');
  const offered = await chat.booking.proposals(linda, { employeeId: sanne.id });
  const [first, second] = asRead(offered);
  if (!first || !second) throw new Error('the sample calendars leave fewer than two moments for Linda and Sanne');
  return { ...chat, card: cardOf(replies[0]), offered, first, second };
}

describe('a manager plans a career conversation in chat', () => {
  it('shows three free moments about two weeks ahead, as buttons, and "andere tijden"', async () => {
    const { card, offered } = await proposalsForSanne();
    expect(cardText(card)).toContain('Loopbaangesprek met Sanne Bakker');
    expect(offered.slots).toHaveLength(3);
    expect(slotTitles(card)).toEqual(asRead(offered));
    for (const slot of offered.slots) expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(NOW.getTime() + 14 * 86_400_000);
    expect(button(card, 'Andere tijden')).toBeDefined();
  });

  it('books the picked moment and replaces the card with "Gepland", the Teams link and the Koerskaart', async () => {
    const chat = await proposalsForSanne();
    const booked = replacedCard(await click(chat.adapter, from('linda'), chat.card, chat.first));
    expect(cardText(booked)).toContain(`Gepland: ${chat.first}`);
    const conversations = await conversationsOf(chat, sanne);
    const picked = [...chat.offered.slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
    expect(conversations.map((c) => [c.managerId, c.status, c.start])).toEqual([[linda.id, 'gepland', picked?.start]]);
    const conversation = conversations[0];
    expect(buttons(booked)).toEqual([
      { type: 'Action.OpenUrl', title: nl('bot.booking.join'), url: conversation?.meeting?.joinUrl },
      { type: 'Action.OpenUrl', title: nl('bot.booking.canvas'), url: canvasLink(TEST_LINKS, conversation?.id ?? '') },
    ]);
  });

  it('books once when the manager double-clicks or Teams retries the click', async () => {
    const chat = await proposalsForSanne();
    const first = replacedCard(await click(chat.adapter, from('linda'), chat.card, chat.first));
    const second = replacedCard(await click(chat.adapter, from('linda'), chat.card, chat.first));
    // Even a click on another slot of the same (already used) card does not book a second time.
    await click(chat.adapter, from('linda'), chat.card, chat.second);
    expect(cardText(second)).toEqual(cardText(first));
    const conversations = await conversationsOf(chat, sanne);
    expect(conversations).toHaveLength(1);
    expect(chat.calendar.created).toHaveLength(1);
    expect(await noticesAbout(chat.stores, HENDRIKS_TENANT_ID, conversations[0]?.id ?? '', NOW)).toEqual([{ event: 'booked', recipientId: sanne.id, state: 'due' }]);
  });

  it('shows later moments for "andere tijden", shifting the window past the last proposal', async () => {
    const { adapter, card, offered, booking } = await proposalsForSanne();
    const later = replacedCard(await click(adapter, from('linda'), card, 'Andere tijden'));
    const expected = asRead(await booking.proposals(linda, { employeeId: sanne.id, after: offered.next }));
    expect(expected).toHaveLength(3);
    expect(slotTitles(later)).toEqual(expected);
    expect(slotTitles(later).filter((t) => asRead(offered).includes(t))).toEqual([]);
  });

  it('offers fresh moments with a word of why when the picked one was taken meanwhile', async () => {
    const chat = await proposalsForSanne();
    const [slot] = [...chat.offered.slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    if (!slot) throw new Error('no slot');
    // Sanne's dentist got there first.
    await chat.stores.calendarEvents.create({ id: 'tandarts', tenantId: sanne.tenantId, ownerId: sanne.id, subject: 'Tandarts', start: slot.start, end: slot.end, showAs: 'busy' });
    const fresh = replacedCard(await click(chat.adapter, from('linda'), chat.card, chat.first));
    expect(cardText(fresh)).toContain(nl('problem.slot-unavailable'));
    expect(slotTitles(fresh)).not.toContain(chat.first);
    expect(slotTitles(fresh)).toHaveLength(3);
    expect(await conversationsOf(chat, sanne)).toEqual([]);
  });

  it('says so when nothing is free in the coming six weeks', async () => {
    const chat = await setupChat();
    // Linda is away for two months.
    const away = { start: NOW.toISOString(), end: new Date(NOW.getTime() + 60 * 86_400_000).toISOString() };
    await chat.stores.calendarEvents.create({ id: 'sabbatical', tenantId: linda.tenantId, ownerId: linda.id, subject: 'Sabbatical', ...away, showAs: 'oof' });
    const card = cardOf((await say(chat.adapter, from('linda'), 'plan een loopbaangesprek met Sanne'))[0]);
    expect(cardText(card)).toContain('niets vrij in de komende zes weken');
    expect(button(card, 'Andere tijden')).toBeDefined();
  });

  it('recognises a name with a typo that still points to one person', async () => {
    const { adapter } = await setupChat();
    const card = cardOf((await say(adapter, from('linda'), 'plan een gesprek met Snane'))[0]);
    expect(cardText(card)).toContain('Loopbaangesprek met Sanne Bakker');
  });

  it('understands the request after an @mention', async () => {
    const { adapter } = await setupChat();
    const replies = await say(
      adapter,
      { ...from('linda'), entities: [{ type: 'mention', mentioned: { id: '28:koers-bot', name: 'Koers' }, text: '<at>Koers</at>' }] },
      '<at>Koers</at> plan een loopbaangesprek met Sanne',
    );
    expect(cardText(cardOf(replies[0]))).toContain('Loopbaangesprek met Sanne Bakker');
  });

  it('asks which one when two people in the team share the name, and continues with the chosen one', async () => {
    const { adapter } = await setupChat({ extraPeople: [SANNE_DE_VRIES] });
    const question = cardOf((await say(adapter, from('linda'), 'plan een loopbaangesprek met Sanne'))[0]);
    expect(cardText(question)).toContain(nl('bot.booking.ambiguous', { typed: 'Sanne' }));
    const proposals = replacedCard(await click(adapter, from('linda'), question, nameButton(SANNE_DE_VRIES)));
    expect(cardText(proposals)).toContain('Loopbaangesprek met Sanne de Vries');
  });

  it('knows nobody by an unknown name, and suggests the closest people in the team', async () => {
    const { adapter } = await setupChat();
    const card = cardOf((await say(adapter, from('linda'), 'plan een loopbaangesprek met Kas'))[0]);
    expect(cardText(card)).toContain('Ik ken niemand met die naam in jouw team');
    expect(buttons(card).map((b) => b.title)).toEqual([kees, daan, sanne].map(nameButton));
  });

  it('kindly refuses a manager who names someone from another team, and looks in nobody\'s calendar', async () => {
    const { adapter, calendar } = await setupChat();
    const [reply] = await say(adapter, from('jeroen'), 'plan een loopbaangesprek met Sanne');
    expect(reply?.text).toBe(nl('bot.booking.notYourReport', { name: 'Sanne Bakker' }));
    expect(calendar.read).toEqual([]);
  });

  it('kindly refuses someone who is not a manager, and looks in nobody\'s calendar', async () => {
    const { adapter, calendar } = await setupChat();
    const [reply] = await say(adapter, from('sanne'), 'plan een loopbaangesprek met Kees');
    expect(reply?.text).toBe(nl('bot.refusal.not-a-manager'));
    expect(calendar.read).toEqual([]);
  });

  it('refuses a proposals card that another manager clicks, and books nothing', async () => {
    const chat = await proposalsForSanne();
    const answer = toast(await click(chat.adapter, from('jeroen'), chat.card, chat.first));
    expect(answer).toBe(nl('problem.not-your-report'));
    expect(await conversationsOf(chat, sanne)).toEqual([]);
    expect(chat.calendar.created).toEqual([]);
  });

  it('answers a tampered or unknown card action kindly and changes nothing', async () => {
    const chat = await setupChat();
    expect(toast(await execute(chat.adapter, from('linda'), { verb: VERBS.pick, data: { employeeId: sanne.id, start: 'morgen' } }))).toBe(nl('bot.refusal.stale-card'));
    expect(toast(await execute(chat.adapter, from('linda'), { verb: 'koers.somethingElse', data: {} }))).toBe(nl('bot.refusal.stale-card'));
    expect(await conversationsOf(chat, sanne)).toEqual([]);
    expect(chat.calendar.created).toEqual([]);
  });

  it('tells someone Koers does not know that HR has to add them first', async () => {
    const { adapter } = await setupChat();
    const stranger = { ...from('linda'), from: { id: '29:x', name: 'X', aadObjectId: '0a000000-0000-4000-8000-000000000999' } };
    const [reply] = await say(adapter, stranger, 'plan een loopbaangesprek met Sanne');
    expect(reply?.text).toBe(nl('problem.unknown-user'));
  });

  it('asks with whom when the manager forgets the name', async () => {
    const { adapter } = await setupChat();
    const [reply] = await say(adapter, from('linda'), 'plan een loopbaangesprek');
    expect(reply?.text).toBe(nl('bot.booking.askWhom'));
  });

  it('speaks English to a manager who chose English', async () => {
    const { adapter, offered, stores } = await proposalsForSanne();
    await speaks(stores, 'linda', 'en-GB');
    const card = cardOf((await say(adapter, from('linda', 'en-GB'), 'plan a career conversation with Sanne'))[0]);
    expect(cardText(card)).toContain('Career conversation with Sanne Bakker');
    const [first] = asRead(offered, 'en-GB');
    if (!first) throw new Error('no slot');
    expect(first).toMatch(/^(Mon|Tue|Wed|Thu|Fri) \d{1,2} [A-Z][a-z]{2} \d\d:\d\d–\d\d:\d\d$/);
    const booked = replacedCard(await click(adapter, from('linda', 'en-GB'), card, first));
    expect(cardText(booked)).toContain(`Planned: ${first}`);
    expect(cardText(booked)).toContain(en('bot.booking.join'));
  });

  it('uses Flemish wording for a manager in Flanders', async () => {
    const { adapter } = await setupChat();
    const [reply] = await say(adapter, from('an', 'nl-BE'), 'plan een loopbaangesprek met Wout');
    const card = cardOf(reply);
    expect(cardText(card)).toContain(`Loopbaangesprek met ${wout.displayName}`);
    expect(button(card, 'Andere momenten')).toBeDefined();
  });

  it('remembers the chat of whoever clicks a card, so reminders can reach them', async () => {
    const { adapter, card, clock, stores } = await proposalsForSanne();
    const later = new Date(NOW.getTime() + 3_600_000);
    clock.set(later);
    await click(adapter, from('linda'), card, 'Andere tijden');
    expect((await stores.conversationReferences.get(linda.tenantId, linda.id))?.value.updatedAt).toBe(later.toISOString());
    expect(await stores.conversationReferences.get(jeroen.tenantId, jeroen.id)).toBeUndefined();
  });
});
