import { randomUUID } from 'node:crypto';
import { SAMPLE_PEOPLE } from '@koers/app';
import { DevTokenResponse, Problem } from '@koers/contracts';
import { PopResponse } from '@koers/domain';
import { smartGoal } from '../../functions/src/pop/__tests__/popKit';
import { useStackAndBrowser } from './support/lifecycle';
import { expectNoAxeViolations, signInAs } from './support/tab';

/**
 * Reminders in a plain browser against the real local stack: Fatima (HR) changes the
 * organisation's check-in cadence on "Instellingen" and it holds after a reload; Ahmed has no such
 * page and the API refuses him; on his agreed POP he pauses a goal's reminders with the keyboard
 * in a 320 px panel, and the switch is still off after a reload.
 */

const run = useStackAndBrowser();
const { jeroen, ahmed, fatima } = SAMPLE_PEOPLE;
const GOAL = 'Zelfstandig offertes voor zorginstellingen opstellen';

async function tokenFor(email: string): Promise<string> {
  const response = await fetch(`${run.stack.urls.api}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: email }) });
  return DevTokenResponse.parse(await response.json()).accessToken;
}

async function call(email: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  return fetch(`${run.stack.urls.api}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${await tokenFor(email)}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** Ahmed's plan with one goal, made by Jeroen and approved by both through the API (as the POP page does). */
async function agreedPlanForAhmed(): Promise<PopResponse> {
  const created = await call(jeroen.email, '/pops', { method: 'POST', body: { employeeId: ahmed.id, requestId: randomUUID(), goals: [smartGoal('g1', ahmed.id, GOAL)] } });
  expect(created.status).toBe(201);
  const plan = PopResponse.parse(await created.json());
  const body = { version: plan.current.number, contentHash: plan.current.contentHash };
  for (const who of [ahmed.email, jeroen.email]) expect((await call(who, `/pops/${plan.pop.id}/approve`, { method: 'POST', body })).status).toBe(200);
  return plan;
}

describe('reminder settings, against the real local stack', () => {
  it('lets Fatima (HR) change the organisation cadence; Ahmed has no settings and pauses a goal on his own plan', async () => {
    const plan = await agreedPlanForAhmed();

    // Fatima: "Instellingen" is in her navigation; the change is stored and holds after a reload.
    const f = await signInAs(run.browser, run.stack.urls.tab, fatima.email);
    await f.getByTestId('nav-settings').click();
    await f.getByTestId('settings-form').waitFor();
    expect(await f.getByTestId('settings-cadence').inputValue()).toBe('30');
    await expectNoAxeViolations(f);
    await f.getByTestId('settings-cadence').selectOption('14');
    await f.getByTestId('settings-unsaved').waitFor();
    await f.getByTestId('settings-save').click();
    await f.getByTestId('settings-saved').waitFor();
    await expect(f.getByTestId('settings-saved').textContent()).resolves.toContain('Opgeslagen. De herinneringen van het ene goedgekeurde plan zijn meteen aangepast.');
    await expectNoAxeViolations(f);
    await f.reload();
    await f.getByTestId('settings-form').waitFor();
    expect(await f.getByTestId('settings-cadence').inputValue()).toBe('14');

    // Ahmed: no such item in his navigation, the page says only HR may, and the API answers 403.
    const a = await signInAs(run.browser, run.stack.urls.tab, ahmed.email);
    await a.getByTestId('nav-pop').waitFor();
    expect(await a.getByTestId('nav-settings').count()).toBe(0);
    const refused = await call(ahmed.email, '/organisation/reminder-defaults');
    expect(refused.status).toBe(403);
    expect(Problem.parse(await refused.json()).code).toBe('hr-only');
    await a.goto(`${run.stack.urls.tab}#/settings`);
    await a.getByTestId('settings-hr-only').waitFor();

    // His agreed plan, in a 320 px side panel: the plan follows the new default; he pauses the goal by keyboard.
    await a.setViewportSize({ width: 320, height: 800 });
    await a.goto(`${run.stack.urls.tab}#/pop/${encodeURIComponent(plan.pop.id)}`);
    await a.getByTestId('pop-reminders').waitFor();
    expect(await a.getByTestId('reminders-plan-cadence').inputValue()).toBe('default');
    await expect(a.getByTestId('pop-reminders').textContent()).resolves.toContain('De standaard van de organisatie is nu: elke twee weken.');
    const goal = a.locator('[data-testid="goal-reminders"][data-goal-id="g1"]');
    const toggle = goal.getByTestId('reminders-switch');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.focus();
    await a.keyboard.press('Space');
    await goal.getByTestId('goal-reminders-saved').waitFor();
    await a.locator('[data-testid="goal-reminders"][data-goal-id="g1"][data-paused="true"]').waitFor();
    expect(await toggle.isChecked()).toBe(false);
    await expect(goal.textContent()).resolves.toContain('Gepauzeerd');
    const overflow = Number(await a.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(a);

    // Pausing changes no agreement (nothing to approve again); a change proposed afterwards is not refused as stale.
    await a.locator('[data-testid="pop-status"][data-status="goedgekeurd"]').waitFor();
    await a.getByTestId('propose-change').click();
    if ((await a.getByTestId('goal-waar').count()) === 0) await a.getByTestId('goal-more-details').first().click();
    await a.getByTestId('goal-waar').fill('Eindhoven');
    await a.getByTestId('pop-save').click();
    await a.getByTestId('pop-saved').waitFor();

    // Still paused after a reload.
    await a.reload();
    await a.getByTestId('pop-reminders').waitFor();
    expect(await a.locator('[data-testid="goal-reminders"][data-goal-id="g1"]').getByTestId('reminders-switch').isChecked()).toBe(false);

    await a.context().close();
    await f.context().close();
  }, 180_000);
});
