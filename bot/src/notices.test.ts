import { approvePop, createPop, currentVersion, popLink, recordProgress, type Conversation, type LinkTarget, type Notice, type Pop, type PopGoalInput } from '@koers/domain';
import { createTranslator } from '@koers/texts';
import type { AdaptiveCard, CardAction } from './cards/adaptiveCard';
import { noticeReplies, type NoticeFacts } from './notices';
import type { Reply } from './flows/reply';

const nl = createTranslator('nl-NL');
const TENANT = '00000000-0000-4000-8000-000000000001';
const SANNE = '00000000-0000-4000-8000-000000000021';
const LINDA = '00000000-0000-4000-8000-000000000031';
const links: LinkTarget = { tabUrl: 'https://koers.example/tab', teamsAppId: '11111111-2222-4333-8444-555555555555' };
const T0 = '2026-11-24T09:00:00.000Z';
const names = { employee: { displayName: 'Sanne Bakker' }, manager: { displayName: 'Linda de Wit' } };
const dutch = { locale: 'nl-NL', timeZone: 'Europe/Amsterdam' };

const conversation: Conversation = {
  id: 'conv-sanne',
  tenantId: TENANT,
  employeeId: SANNE,
  managerId: LINDA,
  kind: 'loopbaangesprek',
  status: 'gepland',
  start: '2026-12-15T13:00:00.000Z',
  end: '2026-12-15T14:00:00.000Z',
  bookingRevision: 1,
  createdAt: T0,
  updatedAt: T0,
};

const goal = (id: string, title: string): PopGoalInput => ({ id, title, kind: 'verbreden', route: 'meelopen', deadline: '2027-06-30' });

function plan(): Pop {
  return createPop({ id: 'pop-sanne', tenantId: TENANT, employeeId: SANNE, managerId: LINDA }, [goal('g1', 'Zelfstandig offertes opstellen'), goal('g2', 'Presenteren voor klanten')], SANNE, T0);
}

function approve(pop: Pop, by: string): Pop {
  const { number, contentHash } = currentVersion(pop);
  return approvePop(pop, { version: number, contentHash, by, now: T0 });
}

function texts(replies: Reply[]): string[] {
  return replies.flatMap((r) => (r.kind === 'text' ? [r.text] : []));
}

function cardOf(replies: Reply[]): { text: string; buttons: CardAction[] } {
  const card: AdaptiveCard | undefined = replies.flatMap((r) => (r.kind === 'card' ? [r.card] : []))[0];
  if (!card) throw new Error('expected a card');
  return { text: JSON.stringify(card), buttons: card.actions ?? [] };
}

const say = (notice: Notice, facts: Partial<NoticeFacts>, reader = dutch) => noticeReplies(notice, { ...names, ...facts }, reader, links);

describe('what the employee reads about their conversation', () => {
  it('hears of a booking with the time in their own clock, what a loopbaangesprek is, and the preparation card', () => {
    const replies = say({ event: 'booked', conversationId: conversation.id, employeeId: SANNE, revision: 1, at: T0 }, { conversation });
    expect(texts(replies)[0]).toContain(nl('bot.booking.employeeBooked', { manager: 'Linda de Wit', when: 'di 15 dec 14:00–15:00' }));
    expect(cardOf(replies).text).toContain('Tussentijds opslaan');
  });

  it('hears the new and the old time when the conversation moves', () => {
    const moved = { ...conversation, start: '2026-12-15T13:00:00.000Z', end: '2026-12-15T14:00:00.000Z' };
    const replies = say(
      { event: 'rescheduled', conversationId: conversation.id, employeeId: SANNE, start: moved.start, end: moved.end, previous: { start: '2026-12-08T09:00:00.000Z', end: '2026-12-08T10:00:00.000Z' }, at: T0 },
      { conversation: moved },
    );
    expect(texts(replies)).toEqual([nl('bot.booking.employeeRescheduled', { manager: 'Linda de Wit', when: 'di 15 dec 14:00–15:00', previous: 'di 8 dec 10:00–11:00' })]);
  });

  it("hears that a cancelled conversation is off, with the manager's reason", () => {
    const replies = say({ event: 'cancelled', conversationId: conversation.id, employeeId: SANNE, revision: 1, at: T0 }, { conversation: { ...conversation, status: 'geannuleerd', cancelReason: 'Ik ben ziek' } });
    expect(texts(replies)[0]).toContain('van di 15 dec 14:00–15:00 gaat niet door');
    expect(texts(replies)[0]).toContain('Reden: Ik ben ziek');
  });

  it('reads a Flemish booking in Flemish wording', () => {
    const replies = say({ event: 'booked', conversationId: conversation.id, employeeId: SANNE, revision: 1, at: T0 }, { conversation }, { locale: 'nl-BE', timeZone: 'Europe/Brussels' });
    expect(cardOf(replies).text).toContain('Tussentijds bewaren');
  });

  it('gets nothing when the conversation is gone (the outbox then skips the notice)', () => {
    expect(say({ event: 'booked', conversationId: conversation.id, employeeId: SANNE, revision: 1, at: T0 }, {})).toEqual([]);
  });
});

describe('what the other party reads about a POP', () => {
  const popUrl = popLink(links, 'pop-sanne');

  it('the employee hears the manager approved and that it is their turn, with a link to the POP page', () => {
    const card = cardOf(say({ event: 'pop-approved', popId: 'pop-sanne', employeeId: SANNE, version: 1, by: 'manager', at: T0 }, { pop: approve(plan(), LINDA) }));
    expect(card.text).toContain('Linda de Wit heeft versie 1 van je POP goedgekeurd — nu jij nog.');
    expect(card.buttons).toEqual([{ type: 'Action.OpenUrl', title: 'Open het POP', url: popUrl }]);
    expect(JSON.parse(new URL(popUrl).searchParams.get('context') ?? '{}')).toEqual({ subEntityId: 'pop/pop-sanne' });
  });

  it('the manager hears when the employee approved first', () => {
    const card = cardOf(say({ event: 'pop-approved', popId: 'pop-sanne', employeeId: SANNE, version: 1, by: 'employee', at: T0 }, { pop: approve(plan(), SANNE) }));
    expect(card.text).toContain('Sanne Bakker heeft versie 1 van jullie POP goedgekeurd — nu jij nog.');
  });

  it('both hear, once both approved, that the POP is agreed and where the agreements PDF is', () => {
    const card = cardOf(say({ event: 'pop-agreed', popId: 'pop-sanne', employeeId: SANNE, version: 1, at: T0 }, { pop: approve(approve(plan(), LINDA), SANNE) }));
    expect(card.text).toContain('Jullie POP is goedgekeurd (versie 1).');
    expect(card.text).toContain('Gemaakte afspraken');
    expect(card.buttons).toEqual([{ type: 'Action.OpenUrl', title: 'Gemaakte afspraken', url: popUrl }]);
  });

  it('an English-speaking manager reads it in English', () => {
    const card = cardOf(say({ event: 'pop-approved', popId: 'pop-sanne', employeeId: SANNE, version: 1, by: 'employee', at: T0 }, { pop: approve(plan(), SANNE) }, { locale: 'en-GB', timeZone: 'Europe/Amsterdam' }));
    expect(card.text).toContain("Sanne Bakker approved version 1 of the POP — now it's your turn.");
    expect(card.buttons[0]).toMatchObject({ title: 'Open the POP' });
  });

  it('the manager hears which goal of which employee needs help, with the note written with it', () => {
    const at = '2026-12-01T10:00:00.000Z';
    const pop = recordProgress(approve(approve(plan(), LINDA), SANNE), { goalId: 'g2', status: 'hulp-nodig', note: 'Ik zoek een klant om op te oefenen', by: SANNE, now: at });
    const card = cardOf(say({ event: 'help-needed', popId: 'pop-sanne', employeeId: SANNE, goalId: 'g2', at }, { pop }));
    expect(card.text).toContain('Sanne Bakker heeft hulp nodig bij het doel **Presenteren voor klanten**.');
    expect(card.text).toContain('Notitie: Ik zoek een klant om op te oefenen');
    expect(card.buttons).toEqual([{ type: 'Action.OpenUrl', title: 'Open het POP van Sanne Bakker', url: popUrl }]);
  });

  it('shows a goal title and note with markdown in them as typed: no link, no bold of their own', () => {
    const at = '2026-12-01T10:00:00.000Z';
    const tricky = createPop({ id: 'pop-sanne', tenantId: TENANT, employeeId: SANNE, managerId: LINDA }, [goal('g1', '[Bonus aanvragen](https://phish.example)')], SANNE, T0);
    const pop = recordProgress(approve(approve(tricky, LINDA), SANNE), { goalId: 'g1', status: 'hulp-nodig', note: '**Bel me** _nu_', by: SANNE, now: at });
    const card = cardOf(say({ event: 'help-needed', popId: 'pop-sanne', employeeId: SANNE, goalId: 'g1', at }, { pop }));
    const shown = (JSON.parse(card.text) as { body: { text: string }[] }).body.map((b) => b.text).join('\n');
    expect(shown).toContain('**\\[Bonus aanvragen\\](https://phish.example)**');
    expect(shown).toContain('Notitie: \\*\\*Bel me\\*\\* \\_nu\\_');
  });

  it('leaves out the note line when none was written with the request for help', () => {
    const at = '2026-12-01T10:00:00.000Z';
    const pop = recordProgress(approve(approve(plan(), LINDA), SANNE), { goalId: 'g1', status: 'hulp-nodig', by: SANNE, now: at });
    expect(cardOf(say({ event: 'help-needed', popId: 'pop-sanne', employeeId: SANNE, goalId: 'g1', at }, { pop })).text).not.toContain('Notitie');
  });

  it('says "een doel" when the goal that needs help is no longer in the plan', () => {
    const at = '2026-12-01T10:00:00.000Z';
    const pop = recordProgress(approve(approve(plan(), LINDA), SANNE), { goalId: 'g1', status: 'hulp-nodig', by: SANNE, now: at });
    const card = cardOf(say({ event: 'help-needed', popId: 'pop-sanne', employeeId: SANNE, goalId: 'verdwenen', at }, { pop }));
    expect(card.text).toContain('Sanne Bakker heeft hulp nodig bij een doel.');
  });
});

const proposals = {
  employee: { id: SANNE, displayName: 'Sanne Bakker', email: 'sanne@hendriks.example' },
  slots: [{ start: '2026-12-15T09:00:00.000Z', end: '2026-12-15T10:00:00.000Z', date: '2026-12-15', weekday: 2 as const, startTime: '10:00', endTime: '11:00', penalties: [] }],
  widened: false,
  next: '2026-12-16T23:00:00.000Z',
  unreadableCalendars: [],
  timeZone: 'Europe/Amsterdam',
  durationMinutes: 60,
};

describe('what the manager reads when an employee asks for a conversation', () => {
  const request = (note?: string): Notice => ({
    event: 'conversation-requested',
    requestId: `${SANNE}|2026-12-01`,
    employeeId: SANNE,
    managerId: LINDA,
    ...(note ? { note } : {}),
    proposals,
    at: T0,
  });

  it('reads the note as typed, and can choose any other time in the planner with Sanne chosen', () => {
    const replies = say(request('Over mijn **volgende** stap'), {});
    expect(texts(replies)[0]).toBe('Sanne Bakker vraagt om een loopbaangesprek.\n\nSanne Bakker schrijft erbij: “Over mijn \\*\\*volgende\\*\\* stap”');
    const planner = cardOf(replies).buttons.find((b) => b.type === 'Action.OpenUrl');
    expect(planner).toMatchObject({ title: 'Zelf een moment kiezen' });
    expect(planner && 'url' in planner ? decodeURIComponent(planner.url) : '').toContain(`#/plan/${SANNE}`);
  });

  it('reads no note line when the employee wrote none', () => {
    expect(texts(say(request(), {}))).toEqual(['Sanne Bakker vraagt om een loopbaangesprek.']);
  });
});

describe('a vervolggesprek of the agreed rhythm', () => {
  const agreedWithRhythm = (): Pop => {
    const draft = createPop({ id: 'pop-sanne', tenantId: TENANT, employeeId: SANNE, managerId: LINDA }, [goal('g1', 'Zelfstandig offertes opstellen')], SANNE, T0, { count: 2, intervalMonths: 3 });
    const agreed = approve(approve(draft, SANNE), LINDA);
    return recordProgress(agreed, { goalId: 'g1', status: 'op-koers', note: 'Eerste offerte verstuurd', by: SANNE, now: T0 });
  };
  const about = { popId: 'pop-sanne', employeeId: SANNE, agreement: 'r-1', number: 1, due: '2027-02-24', at: T0 };

  it('gives the manager the plan’s progress per goal and proposals that book a vervolggesprek', () => {
    const replies = say({ event: 'follow-up-proposed', ...about, proposals }, { pop: agreedWithRhythm() });
    const [intro, card] = replies.map((r) => (r.kind === 'card' ? JSON.stringify(r.card) : ''));
    expect(intro).toContain('Vervolggesprek 1 van 2 met Sanne Bakker is afgesproken rond 24 februari 2027');
    expect(intro).toContain('Zelfstandig offertes opstellen** — op koers, deadline 30 juni 2027');
    expect(intro).toContain('Laatste notitie: “Eerste offerte verstuurd”');
    expect(card).toContain('"kind":"vervolggesprek"');
  });

  it('prepares a booked vervolggesprek from where the plan stands, after the preparation card', () => {
    const replies = say({ event: 'booked', conversationId: conversation.id, employeeId: SANNE, revision: 1, at: T0 }, { conversation: { ...conversation, kind: 'vervolggesprek' }, pop: agreedWithRhythm() });
    const cards = replies.flatMap((r) => (r.kind === 'card' ? [JSON.stringify(r.card)] : []));
    expect(cards[0]).toContain('Tussentijds opslaan');
    expect(cards[1]).toContain('Waar het POP staat');
    expect(cards[1]).toContain('Laatste notitie: “Eerste offerte verstuurd”');
  });

  it('tells the employee in the language of their chat', () => {
    const replies = say({ event: 'follow-up-coming', ...about }, { pop: agreedWithRhythm() }, { locale: 'en-GB', timeZone: 'Europe/London' });
    expect(cardOf(replies).text).toContain('Follow-up conversation 1 of 2 with Linda de Wit is agreed around');
    expect(cardOf(replies).text).toContain('Last note: “Eerste offerte verstuurd”');
  });
});
