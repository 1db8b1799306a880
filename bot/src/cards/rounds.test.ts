import type { Round } from '@koers/domain';
import type { Reply } from '../flows/reply';
import { roundNoticeReplies } from './rounds';

const LINKS = { tabUrl: 'https://koers.example/tab' };
const ROUND: Round = {
  id: 'ronde-1',
  tenantId: '6f1c2a7e-0000-4000-8000-000000000001',
  name: 'Voorjaar 2027',
  period: { from: '2027-02-01', to: '2027-03-31' },
  audience: { kind: 'organisation' },
  conversationType: 'loopbaangesprek',
  template: { templateId: 'koers-standaard', version: 1 },
  employeesMayStart: true,
  allowSameDay: false,
  nudgeWeeksBeforeEnd: 3,
  status: 'gestart',
  createdBy: '0a000000-0000-4000-8000-000000000102',
  createdAt: '2026-12-01T09:00:00.000Z',
};
const six = ['Sanne', 'Kees', 'Daan', 'Noor', 'Ahmed', 'Linda'].map((displayName) => ({ displayName }));
const started = { event: 'round-started' as const, roundId: ROUND.id, at: '2026-12-01T09:00:00.000Z' };

function texts(replies: Reply[]): string[] {
  return replies.flatMap((r) => (r.kind === 'text' ? [r.text] : r.card.body.flatMap((e) => ('text' in e && typeof e.text === 'string' ? [e.text] : []))));
}

describe("a round's card", () => {
  it('asks the manager to plan their six members before the end, in their language', () => {
    expect(texts(roundNoticeReplies(started, { round: ROUND, people: six }, { locale: 'nl-NL' }, LINKS))[0]).toBe('Plan de loopbaangesprekken met je 6 medewerkers vóór 31 maart 2027');
    expect(texts(roundNoticeReplies(started, { round: ROUND, people: six }, { locale: 'nl-BE' }, LINKS))[0]).toBe('Plan de loopbaangesprekken met je 6 medewerkers in vóór 31 maart 2027');
    expect(texts(roundNoticeReplies(started, { round: ROUND, people: six.slice(0, 1) }, { locale: 'en-GB' }, LINKS))[0]).toBe('Plan the career conversation with your employee before 31 March 2027');
  });

  it('has one button to plan them all and a link to Koers', () => {
    const [reply] = roundNoticeReplies(started, { round: ROUND, people: six }, { locale: 'nl-NL' }, LINKS);
    const actions = reply?.kind === 'card' ? (reply.card.actions ?? []) : [];
    expect(actions.map((a) => a.title)).toEqual(['Plan ze allemaal tegelijk', 'Voorstellen hier tonen', 'Open Koers']);
    // The button opens the round's own planning page, not the general planner.
    expect(actions[0]).toMatchObject({ type: 'Action.OpenUrl', url: 'https://koers.example/tab/#/round-plan/ronde-1' });
  });

  it('bundles a nudge into one card naming everyone not planned yet', () => {
    const nudge = { event: 'round-nudge' as const, roundId: ROUND.id, day: '2027-03-10', at: '2027-03-10T07:00:00.000Z' };
    const replies = roundNoticeReplies(nudge, { round: ROUND, people: six.slice(0, 2) }, { locale: 'nl-NL' }, LINKS);
    expect(replies).toHaveLength(1);
    expect(texts(replies)[1]).toBe('In de gespreksronde **Voorjaar 2027** is met 2 medewerkers nog niets gepland: Sanne en Kees. De ronde loopt tot en met 31 maart 2027.');
  });

  it('says nothing when there is nobody to plan', () => {
    expect(roundNoticeReplies(started, { round: ROUND, people: [] }, { locale: 'nl-NL' }, LINKS)).toEqual([]);
  });
});
