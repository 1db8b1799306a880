import type { Actor, RoundPlanConfirmInput, RoundPlanResponse } from '@koers/domain';
import type { AdaptiveCard, CardAction } from '../cards/adaptiveCard';
import { VERBS } from '../cards/actions';
import type { Reply } from './reply';
import { RoundFlow, type RoundPlanningPort } from './rounds';

const LINDA = { id: '0a000000-0000-4000-8000-000000000103', tenantId: '6f1c2a7e-0000-4000-8000-000000000001' } as Actor;
const SANNE = { id: '0a000000-0000-4000-8000-000000000106', displayName: 'Sanne Bakker', email: 'sanne@hendriks.example' };
const KEES = { id: '0a000000-0000-4000-8000-000000000107', displayName: 'Kees Jansen', email: 'kees@hendriks.example' };
const SLOT = { start: '2027-01-12T09:00:00.000Z', end: '2027-01-12T10:00:00.000Z', date: '2027-01-12', weekday: 2, startTime: '10:00', endTime: '11:00', penalties: [] as ('monday-early' | 'friday-afternoon')[] };
const NEW_SLOT = { ...SLOT, start: '2027-01-13T09:00:00.000Z', end: '2027-01-13T10:00:00.000Z', date: '2027-01-13', weekday: 3 };
const ROUND = { id: 'ronde-1', name: 'Voorjaar 2027', period: { from: '2027-01-04', to: '2027-03-31' }, conversationType: 'loopbaangesprek' as const };

function fakeRounds(): RoundPlanningPort & { confirmed: RoundPlanConfirmInput[] } {
  let booked = false;
  const confirmed: RoundPlanConfirmInput[] = [];
  return {
    confirmed,
    planAll: async (): Promise<RoundPlanResponse> => ({
      round: ROUND,
      timeZone: 'Europe/Amsterdam',
      durationMinutes: 60,
      unreadableCalendars: 0,
      items: booked
        ? [
            { status: 'proposed', employee: KEES, slot: NEW_SLOT },
            { status: 'planned', employee: SANNE, start: SLOT.start, end: SLOT.end },
          ]
        : [
            { status: 'proposed', employee: KEES, slot: SLOT },
            { status: 'proposed', employee: SANNE, slot: SLOT },
          ],
    }),
    confirmPlan: async (_actor, _roundId, input) => {
      confirmed.push(input);
      booked = true;
      return {
        results: [
          { ok: false, employeeId: KEES.id, error: 'slot-unavailable', proposal: NEW_SLOT },
          { ok: true, employeeId: SANNE.id, conversationId: 'c-1', start: SLOT.start, end: SLOT.end, created: true },
        ],
      };
    },
  };
}

const cardOf = (reply: Reply | undefined): AdaptiveCard => {
  if (reply?.kind !== 'card') throw new Error('no card');
  return reply.card;
};
const textsOf = (card: AdaptiveCard) => card.body.flatMap((e) => ('text' in e && typeof e.text === 'string' ? [e.text] : []));
const confirmAll = (card: AdaptiveCard): Extract<CardAction, { type: 'Action.Execute' }> => {
  const action = card.actions?.find((a) => a.type === 'Action.Execute' && a.verb === VERBS.roundConfirm);
  if (action?.type !== 'Action.Execute') throw new Error('no "Alles bevestigen"');
  return action;
};

describe("the round card's proposals in chat", () => {
  it('shows a time for each member and books exactly those with "Alles bevestigen"', async () => {
    const rounds = fakeRounds();
    const flow = new RoundFlow({ rounds, links: { tabUrl: 'https://koers.example/tab' } });
    const shown = cardOf(await flow.act(LINDA, 'show', { roundId: ROUND.id }, 'nl-NL'));
    expect(textsOf(shown)).toEqual(['Voorjaar 2027', '**Kees Jansen**: di 12 jan 10:00–11:00, online via Teams', '**Sanne Bakker**: di 12 jan 10:00–11:00, online via Teams']);
    expect(shown.actions?.map((a) => a.title)).toEqual(['Alles bevestigen', 'Eén voor één of een ander moment']);

    const after = cardOf(await flow.act(LINDA, 'confirm', confirmAll(shown).data, 'nl-NL'));
    expect(rounds.confirmed[0]?.bookings.map((b) => b.employeeId)).toEqual([KEES.id, SANNE.id]);
    const lines = textsOf(after);
    expect(lines[1]).toBe('1 gesprek ingepland. Iedereen krijgt een bericht met de voorbereidingsvragen.');
    expect(lines[2]).toMatch(/^\*\*Kees Jansen\*\*: wo 13 jan 10:00–11:00, online via Teams .+/);
    expect(lines[3]).toBe('**Sanne Bakker**: ingepland di 12 jan 10:00–11:00, online via Teams');
    // Kees's new proposal can be confirmed from the same card.
    expect(JSON.parse(String(confirmAll(after).data.bookings))).toEqual([{ employeeId: KEES.id, start: NEW_SLOT.start, end: NEW_SLOT.end }]);
  });

  it('refuses a card whose times were tampered with', async () => {
    const rounds = fakeRounds();
    const flow = new RoundFlow({ rounds, links: { tabUrl: 'https://koers.example/tab' } });
    expect(await flow.act(LINDA, 'confirm', { roundId: ROUND.id, bookings: '[{"employeeId":"nobody"}]' }, 'nl-NL')).toBeUndefined();
    expect(await flow.act(LINDA, 'confirm', { roundId: ROUND.id, bookings: 'not json' }, 'nl-NL')).toBeUndefined();
    expect(rounds.confirmed).toEqual([]);
  });
});
