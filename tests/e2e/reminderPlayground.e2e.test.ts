import { randomUUID } from 'node:crypto';
import { SAMPLE_PEOPLE } from '@koers/app';
import { DevClockResponse, DevReminderRunResponse } from '@koers/contracts';
import { PopResponse } from '@koers/domain';
import { useStackAndBrowser } from './support/lifecycle';
import { apiCaller, cardWith, usePlaygrounds } from './support/playground';

/**
 * A goal reminder end to end, in Microsoft's real Agents Playground against the real
 * local stack: Sanne's plan (manager Linda) is agreed through the POP API, the stack's clock
 * (KOERS_CLOCK_START, then POST /api/dev/clock) reaches the morning of her milestone reminder,
 * one dispatcher pass (POST /api/dev/reminders/run) sends the check-in card into her chat, her
 * "Hulp nodig" with a note is recorded in the POP and the card updates in place, and Linda hears
 * of it in hers. Both cards are in the recipients' profile language, Dutch.
 */

const { linda, sanne } = SAMPLE_PEOPLE;
/** Monday 1 March 2027, 07:30 in Amsterdam: half an hour before Sanne's working day. */
const START = '2027-03-01T07:30:00+01:00';
/** 08:01 that Monday: her milestone's "one day before" reminder (08:00) is due, inside her working hours. */
const MORNING = '2027-03-01T08:01:00+01:00';
const GOAL = 'Storingen aan warmtepompen zelf oplossen';
const MILESTONE = 'Cursus warmtepompen afgerond';
const NOTE = 'Ik kom niet aan de cursus toe door de storingsdienst';

const run = useStackAndBrowser({ env: { KOERS_CLOCK_START: START }, prefix: 'koers-reminder-e2e-' });
const { open } = usePlaygrounds(run);

const call = apiCaller(run);

/** Linda starts Sanne's plan with one goal whose milestone is on Tuesday; both approve it. */
async function agreedPlan(): Promise<PopResponse> {
  const goal = { id: 'g1', title: GOAL, kind: 'verdiepen', route: 'opleiding', milestones: [{ id: 'm1', title: MILESTONE, due: '2027-03-02' }] };
  const created = await call('/pops', PopResponse, { as: linda.email, body: { employeeId: sanne.id, requestId: randomUUID(), goals: [goal] }, status: 201 });
  const approval = { version: created.current.number, contentHash: created.current.contentHash };
  await call(`/pops/${created.pop.id}/approve`, PopResponse, { as: sanne.email, body: approval });
  return call(`/pops/${created.pop.id}/approve`, PopResponse, { as: linda.email, body: approval });
}

describe('a goal reminder in the Agents Playground', () => {
  it("reaches Sanne's chat on the morning it is due; her 'hulp nodig' is recorded in the POP, the card updates in place and Linda is told", async () => {
    const [sannesChat, lindasChat, plan] = await Promise.all([open('sanne'), open('linda'), agreedPlan()]);
    expect(plan.status).toBe('goedgekeurd');

    // Before her working day nothing is due yet.
    expect((await call('/dev/reminders/run', DevReminderRunResponse, { method: 'POST' })).sent).toBe(0);

    const moved = await call('/dev/clock', DevClockResponse, { body: { now: MORNING } });
    expect(Date.parse(moved.now)).toBeGreaterThanOrEqual(Date.parse(MORNING));
    // A pass now (after the stack's own five-minute timer, should that be working: the card arrives once).
    expect((await call('/dev/reminders/run', DevReminderRunResponse, { method: 'POST' })).leaseBusy).toBe(0);

    const card = cardWith(sannesChat, GOAL);
    await card.waitFor({ timeout: 30_000 });
    await card.getByText(MILESTONE).first().waitFor();
    await card.locator('textarea').first().fill(NOTE);
    await card.getByRole('button', { name: 'Hulp nodig' }).click();

    // The same card now shows what was recorded, with no buttons left to press for this goal.
    const recorded = cardWith(sannesChat, `Vastgelegd: hulp nodig — '${NOTE}'`);
    await recorded.waitFor({ timeout: 30_000 });
    expect(await sannesChat.locator('.ac-adaptiveCard').filter({ hasText: GOAL }).count()).toBe(1);
    expect(await recorded.getByRole('button', { name: 'Hulp nodig' }).count()).toBe(0);

    // In the POP, as both of them read it through the API.
    for (const reader of [sanne, linda]) {
      const stored = await call(`/pops/${encodeURIComponent(plan.pop.id)}`, PopResponse, { as: reader.email });
      expect(stored.progress.find((p) => p.goalId === 'g1')).toMatchObject({ status: 'hulp-nodig', notes: [{ text: NOTE, by: sanne.id }] });
      expect(stored.status).toBe('goedgekeurd');
    }

    // Linda hears of it in her chat: who, which goal, and the note.
    const notice = cardWith(lindasChat, 'Sanne Bakker heeft hulp nodig bij het doel');
    await notice.waitFor({ timeout: 30_000 });
    await notice.getByText(GOAL).first().waitFor();
    await notice.getByText(NOTE).first().waitFor();
  }, 240_000);
});
