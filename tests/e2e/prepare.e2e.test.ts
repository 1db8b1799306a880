import { SAMPLE_PEOPLE } from '@koers/app';
import { prepQuestionsFor } from '@koers/domain';
import type { Locator, Page } from 'playwright-core';
import { useStackAndBrowser } from './support/lifecycle';
import { signInOn } from '../../scripts/lib/browser';
import { bookFirstProposal, expectNoAxeViolations, signInAs } from './support/tab';

/**
 * "Voorbereiden" against the real local stack: Ahmed prepares in his own window, shares one
 * answer, saves for now, reloads, meets a save from another window, finishes; Jeroen sees only
 * the shared answer next to his own private preparation.
 */

const run = useStackAndBrowser();

const ahmed = SAMPLE_PEOPLE.ahmed;
const question = (scope: Page | Locator, id: string) => scope.locator(`[data-testid="question"][data-question-id="${id}"]`);
const answer = (scope: Page | Locator, id: string) => question(scope, id).getByTestId('answer');
const share = (scope: Page | Locator, id: string) => question(scope, id).getByTestId('share');

async function openPrepare(page: Page, role: 'employee' | 'manager'): Promise<Locator> {
  await page.getByTestId('nav-prepare').click();
  const form = page.locator(`[data-testid="preparation-form"][data-role="${role}"]`);
  await form.waitFor();
  return form;
}

const PRIVATE = 'Goed, ik heb veel variatie in mijn werk.';
const SHARED = 'Overzicht houden bij lastige planningen.';
const OTHER_WINDOW = 'Klanten helpen die vastlopen.';
const TYPED_MEANWHILE = 'Ik wil te veel tegelijk.';
const MANAGER_OWN = 'Een opleiding planning en werkvoorbereiding.';
const MANAGER_SHARED = 'Ik zie je doorgroeien naar werkvoorbereider.';

describe('Voorbereiden, against the real local stack', () => {
  it('keeps Ahmed’s answers private unless shared, through saves, a reload and a save elsewhere', async () => {
    const jeroen = await signInAs(run.browser, run.stack.urls.tab, 'jeroen@hendriks.example');
    const when = await bookFirstProposal(jeroen, ahmed.id);

    const page = await signInAs(run.browser, run.stack.urls.tab, ahmed.email);
    const form = await openPrepare(page, 'employee');
    await expect(page.getByTestId('preparation').locator('h3').textContent()).resolves.toContain(when);
    await expect(form.getByTestId('privacy-note').textContent()).resolves.toContain('Jeroen Hendriks ziet alleen de antwoorden');
    expect(await form.getByTestId('question').count()).toBe(prepQuestionsFor('employee').length);
    expect(await form.getByTestId('kernkwadrant').getByTestId('question').count()).toBe(4);
    // Private by default: not one switch is on.
    for (const box of await form.getByTestId('share').all()) expect(await box.isChecked()).toBe(false);
    await expectNoAxeViolations(page);

    await answer(form, 'hoe-sta-je').fill(PRIVATE);
    await answer(form, 'sterktes').fill(SHARED);
    await share(form, 'sterktes').check();
    await form.getByTestId('unsaved').waitFor();

    // Leaving with unsaved answers asks first; staying keeps them.
    await page.getByTestId('nav-home').click();
    await page.getByTestId('leave-dialog').waitFor();
    await expectNoAxeViolations(page);
    await page.getByTestId('leave-stay').click();
    await page.getByTestId('leave-dialog').waitFor({ state: 'detached' });
    expect(page.url()).toMatch(/#\/prepare$/);
    await expect(answer(form, 'hoe-sta-je').inputValue()).resolves.toBe(PRIVATE);

    await form.getByTestId('save-draft').click();
    await form.getByTestId('saved').waitFor();
    await form.getByTestId('unsaved').waitFor({ state: 'detached' });

    await page.reload();
    const reloaded = page.locator('[data-testid="preparation-form"][data-role="employee"]');
    await reloaded.waitFor();
    await expect(answer(reloaded, 'hoe-sta-je').inputValue()).resolves.toBe(PRIVATE);
    await expect(answer(reloaded, 'sterktes').inputValue()).resolves.toBe(SHARED);
    expect(await share(reloaded, 'sterktes').isChecked()).toBe(true);
    expect(await share(reloaded, 'hoe-sta-je').isChecked()).toBe(false);

    // Another window saves meanwhile; this one's save is refused, nothing typed is lost.
    const other = await page.context().newPage();
    await signInOn(other, run.stack.urls.tab, ahmed.email);
    const otherForm = await openPrepare(other, 'employee');
    await answer(otherForm, 'energie').fill(OTHER_WINDOW);
    await otherForm.getByTestId('save-draft').click();
    await otherForm.getByTestId('saved').waitFor();
    await other.close();

    await answer(reloaded, 'valkuil').fill(TYPED_MEANWHILE);
    await reloaded.getByTestId('save-draft').click();
    await reloaded.getByTestId('conflict').waitFor();
    await expect(answer(reloaded, 'valkuil').inputValue()).resolves.toBe(TYPED_MEANWHILE);
    await reloaded.getByTestId('reload').click();
    await reloaded.getByTestId('reloaded').waitFor();
    await expect(answer(reloaded, 'valkuil').inputValue()).resolves.toBe(TYPED_MEANWHILE);
    await expect(answer(reloaded, 'energie').inputValue()).resolves.toBe(OTHER_WINDOW);

    await reloaded.getByTestId('finish').click();
    await reloaded.getByTestId('done-status').waitFor();
    await expect(reloaded.getByTestId('saved').textContent()).resolves.toContain('klaar');

    // Jeroen: his own three questions, private unless he shares; of Ahmed's answers only the shared one.
    const managerForm = await openPrepare(jeroen, 'manager');
    expect(await managerForm.getByTestId('question').count()).toBe(3);
    for (const box of await managerForm.getByTestId('share').all()) expect(await box.isChecked()).toBe(false);
    await expect(managerForm.getByTestId('privacy-note').textContent()).resolves.toContain('Ahmed Yilmaz ziet alleen de antwoorden waarbij je “Delen met Ahmed Yilmaz” aanzet');
    const shared = jeroen.getByTestId('shared-answers');
    await shared.getByTestId('employee-done').waitFor();
    const sharedAnswers = shared.getByTestId('shared-answer');
    expect(await sharedAnswers.count()).toBe(1);
    expect(await sharedAnswers.first().getAttribute('data-question-id')).toBe('sterktes');
    await expect(sharedAnswers.first().textContent()).resolves.toContain(SHARED);
    const jeroensView = (await jeroen.getByTestId('page-prepare').textContent()) ?? '';
    for (const secret of [PRIVATE, OTHER_WINDOW, TYPED_MEANWHILE]) expect(jeroensView).not.toContain(secret);
    await answer(managerForm, 'aanbod').fill(MANAGER_OWN);
    await answer(managerForm, 'paden').fill(MANAGER_SHARED);
    await share(managerForm, 'paden').check();
    await managerForm.getByTestId('save-draft').click();
    await managerForm.getByTestId('saved').waitFor();
    await expectNoAxeViolations(jeroen);

    // On "Gesprek plannen" Jeroen sees that Ahmed is done, not what he wrote.
    await jeroen.getByTestId('nav-plan').click();
    await jeroen.getByTestId('upcoming').filter({ hasText: ahmed.displayName }).getByTestId('prepared').waitFor();

    // And Ahmed sees of Jeroen's preparation only what Jeroen shared.
    await page.reload();
    await page.locator('[data-testid="preparation-form"][data-role="employee"]').waitFor();
    await expect(page.getByTestId('shared-answers').textContent()).resolves.toContain(MANAGER_SHARED);
    expect((await page.getByTestId('page-prepare').textContent()) ?? '').not.toContain(MANAGER_OWN);

    // Switching persona with unsaved answers asks too; leaving discards them knowingly.
    await answer(page, 'ondersteuning').fill('Tijd om mee te lopen met de planning.');
    await page.getByTestId('switch-persona').click();
    await page.getByTestId('leave-dialog').waitFor();
    await page.getByTestId('leave-confirm').click();
    await page.getByTestId('persona-picker').waitFor();

    await jeroen.context().close();
    await page.context().close();
  }, 120_000);

  it('tells someone without conversations that nothing is planned yet', async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, SAMPLE_PEOPLE.noor.email);
    await page.getByTestId('nav-prepare').click();
    await page.getByTestId('prepare-empty').waitFor();
    await expect(page.getByTestId('prepare-empty').textContent()).resolves.toContain('Nog geen gesprekken gepland');
    await page.context().close();
  });
});
