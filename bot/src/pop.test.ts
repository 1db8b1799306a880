import { randomUUID } from 'node:crypto';
import { popLink, type Person, type PopGoalInput } from '@koers/domain';
import { SAMPLE_PEOPLE } from '@koers/app';
import { createTranslator } from '@koers/texts';
import type { Activity } from 'botbuilder';
import { VERBS } from './cards/actions';
import { buttons, cardOf, cardText, click, from, nameButton, replacedCard, SANNE_DE_VRIES, say, setupChat, TEST_LINKS, toast, type ChatOptions } from './testing/chat';

const nl = createTranslator('nl-NL');
const en = createTranslator('en-GB');
const { linda, sanne } = SAMPLE_PEOPLE;

const goal = (id: string, title: string): PopGoalInput => ({ id, title, kind: 'verbreden', route: 'meelopen', deadline: '2027-06-30' });
const GOALS = [goal('g1', 'Zelfstandig offertes opstellen'), goal('g2', 'Presenteren voor klanten')];

/** Linda drafted a POP for Sanne (version 1, approved by nobody yet) through the POP use case. */
async function withSannesPop(options: ChatOptions = {}) {
  const chat = await setupChat(options);
  const { pop } = await chat.pops.create(linda, { employeeId: sanne.id, goals: GOALS, requestId: randomUUID() });
  const approveAs = async (who: Person) => {
    const view = await chat.pops.get(who, pop.id);
    return chat.pops.approve(who, pop.id, { version: view.current.number, contentHash: view.current.contentHash });
  };
  return { ...chat, popId: pop.id, approveAs };
}

function onlyText(replies: Partial<Activity>[]): string {
  expect(replies).toHaveLength(1);
  const text = replies[0]?.text;
  if (typeof text !== 'string') throw new Error(`expected a text, got ${JSON.stringify(replies[0])}`);
  return text;
}

describe('"mijn pop" in chat', () => {
  it('shows the employee their plan: version and status, who still approves, each goal with its progress, and a button to the POP page', async () => {
    const { adapter, pops, popId, approveAs } = await withSannesPop();
    await approveAs(linda);
    await pops.recordProgress(sanne, popId, { goalId: 'g2', status: 'hulp-nodig' });

    const card = cardOf((await say(adapter, from('sanne'), 'mijn pop'))[0]);

    const text = cardText(card);
    expect(text).toContain('Mijn POP');
    expect(text).toContain('Versie 1 · concept');
    expect(text).toContain('Nog goed te keuren door jou.');
    expect(text).toContain('Zelfstandig offertes opstellen niet gestart');
    expect(text).toContain('Presenteren voor klanten hulp nodig');
    expect(buttons(card)).toEqual([{ type: 'Action.OpenUrl', title: 'Open mijn POP', url: popLink(TEST_LINKS, popId) }]);
  });

  it('shows a goal title with markdown in it as typed, not as a link', async () => {
    const chat = await setupChat();
    await chat.pops.create(linda, { employeeId: sanne.id, goals: [goal('g1', '[Bonus](https://phish.example) **nu**')], requestId: randomUUID() });

    const text = cardText(cardOf((await say(chat.adapter, from('sanne'), 'mijn pop'))[0]));

    expect(text).toContain('\\[Bonus\\](https://phish.example) \\*\\*nu\\*\\*');
  });

  it('says the plan is approved once both did, and nobody is waited for', async () => {
    const { adapter, approveAs } = await withSannesPop();
    await approveAs(linda);
    await approveAs(sanne);

    const text = cardText(cardOf((await say(adapter, from('sanne'), 'mijn pop'))[0]));

    expect(text).toContain('Versie 1 · goedgekeurd');
    expect(text).not.toContain('Nog goed te keuren');
  });

  it('shows a revised plan as the new draft, with the version last agreed', async () => {
    const { adapter, pops, popId, approveAs } = await withSannesPop();
    await approveAs(linda);
    await approveAs(sanne);
    await pops.revise(linda, popId, { baseVersion: 1, goals: [...GOALS, goal('g3', 'Cursus projectleiding')] });

    const text = cardText(cardOf((await say(adapter, from('sanne'), 'mijn pop'))[0]));

    expect(text).toContain('Versie 2 · concept');
    expect(text).toContain('Nog goed te keuren door jou en Linda de Wit.');
    expect(text).toContain('Laatst goedgekeurd: versie 1.');
    expect(text).toContain('Cursus projectleiding niet gestart');
  });

  it('answers in English for an English Teams', async () => {
    const { adapter } = await withSannesPop();

    const card = cardOf((await say(adapter, from('sanne', 'en-GB'), 'my pop'))[0]);

    const text = cardText(card);
    expect(text).toContain('My POP');
    expect(text).toContain('Version 1 · draft');
    expect(text).toContain('Still to be approved by you and Linda de Wit.');
    expect(text).toContain('Zelfstandig offertes opstellen not started');
    expect(buttons(card)[0]).toMatchObject({ title: 'Open my POP' });
  });

  it('explains how a POP comes out of a career conversation when there is none yet, in nl, nl-BE and en', async () => {
    const { adapter } = await setupChat();
    expect(onlyText(await say(adapter, from('kees'), 'mijn pop'))).toBe(nl('bot.pop.noPop'));
    expect(onlyText(await say(adapter, from('kees', 'en-GB'), 'my pop'))).toBe(en('bot.pop.noPop'));
    const flemish = onlyText(await say(adapter, from('wout', 'nl-BE'), 'mijn pop'));
    expect(flemish).toContain('loopbaangesprek');
    expect(flemish).toContain('in te plannen');
  });

  it('shows a manager their own plan, not a report\'s, for "mijn pop"', async () => {
    const { adapter } = await withSannesPop();
    expect(onlyText(await say(adapter, from('linda'), 'mijn pop'))).toBe(nl('bot.pop.noPop'));
  });

  it('tells someone Koers does not know that it does not know them', async () => {
    const { adapter } = await setupChat();
    const stranger = { ...from('sanne'), from: { id: '29:x', name: 'x', aadObjectId: '0a000000-0000-4000-8000-000000000999' } };
    expect(onlyText(await say(adapter, stranger, 'mijn pop'))).toBe(nl('problem.unknown-user'));
  });
});

describe('"pop van Sanne" for a manager', () => {
  it('shows a report\'s plan, found by name (typos forgiven), with a button to that POP', async () => {
    const { adapter, popId, approveAs } = await withSannesPop();
    await approveAs(sanne);

    const card = cardOf((await say(adapter, from('linda'), 'pop van Sane'))[0]);

    const text = cardText(card);
    expect(text).toContain('POP van Sanne Bakker');
    expect(text).toContain('Versie 1 · concept');
    expect(text).toContain('Nog goed te keuren door jou.');
    expect(buttons(card)).toEqual([{ type: 'Action.OpenUrl', title: 'Open het POP van Sanne Bakker', url: popLink(TEST_LINKS, popId) }]);
  });

  it('says so in English', async () => {
    const { adapter } = await withSannesPop();
    const text = cardText(cardOf((await say(adapter, from('linda', 'en-GB'), 'pop of Sanne'))[0]));
    expect(text).toContain('POP of Sanne Bakker');
    expect(text).toContain('Still to be approved by Sanne Bakker and you.');
  });

  it('says a report has no POP yet', async () => {
    const { adapter } = await withSannesPop();
    expect(onlyText(await say(adapter, from('linda'), 'pop van Kees'))).toBe(nl('bot.pop.noPopFor', { name: 'Kees Jansen' }));
  });

  it('refuses the POP of someone who is not the manager\'s report, and everyone\'s to a non-manager', async () => {
    const { adapter } = await withSannesPop();
    expect(onlyText(await say(adapter, from('linda'), 'pop van Ahmed'))).toBe(nl('bot.pop.notYourReport', { name: 'Ahmed Yilmaz' }));
    expect(onlyText(await say(adapter, from('kees'), 'pop van Sanne'))).toBe(nl('bot.pop.notAManager'));
    expect(onlyText(await say(adapter, from('kees', 'en-GB'), 'pop of Sanne'))).toBe(en('bot.pop.notAManager'));
  });

  it('asks whose POP when no name is given', async () => {
    const { adapter } = await setupChat();
    expect(onlyText(await say(adapter, from('linda'), 'pop van'))).toBe(nl('bot.pop.askWhose'));
  });

  it('asks which one when two reports share the name, and shows the one picked', async () => {
    const { adapter } = await withSannesPop({ extraPeople: [SANNE_DE_VRIES] });

    const choose = cardOf((await say(adapter, from('linda'), 'pop van Sanne'))[0]);
    expect(buttons(choose).map((b) => (b.type === 'Action.Execute' ? b.verb : b.type))).toEqual([VERBS.popOf, VERBS.popOf]);

    const shown = replacedCard(await click(adapter, from('linda'), choose, nameButton(sanne)));
    expect(cardText(shown)).toContain('POP van Sanne Bakker');
    expect(toast(await click(adapter, from('linda'), choose, nameButton(SANNE_DE_VRIES)))).toBe(nl('bot.pop.noPopFor', { name: 'Sanne de Vries' }));
  });

  it('shows nothing to someone else who clicks a forwarded "which one" card', async () => {
    const { adapter } = await withSannesPop({ extraPeople: [SANNE_DE_VRIES] });
    const choose = cardOf((await say(adapter, from('linda'), 'pop van Sanne'))[0]);

    expect(toast(await click(adapter, from('jeroen'), choose, nameButton(sanne)))).toBe(nl('bot.pop.notYourReport', { name: 'Sanne Bakker' }));
  });
});
