import type { Page } from 'playwright-core';
import { newLocalPage, signInOn } from '../../scripts/lib/browser';
import { useStackAndBrowser } from './support/lifecycle';
import { expectNoAxeViolations } from './support/tab';

const run = useStackAndBrowser();

const signInAs = (page: Page, email: string) => signInOn(page, run.stack.urls.tab, email);

describe('the Koers tab in a plain browser, against the real local stack', () => {
  it('offers the sample people of both organisations in Dutch, accessibly', async () => {
    const page = await newLocalPage(run.browser);
    await page.goto(run.stack.urls.tab);
    await page.getByTestId('persona-picker').waitFor();
    // The people arrive from GET /api/dev/personas after the picker shows its loading state.
    await page.getByTestId('persona').nth(10).waitFor();
    expect(await page.getAttribute('html', 'lang')).toMatch(/^nl(-NL)?$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Wie ben je?');
    const groups = await page.getByTestId('persona-group').allTextContents();
    expect(groups.join(' ')).toContain('Installatiebedrijf Hendriks B.V.');
    expect(groups.join(' ')).toContain('Drukkerij Peeters BV');
    expect(await page.getByTestId('persona').count()).toBe(11);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('shows Jeroen Hendriks his four reports, loaded from the API', async () => {
    const page = await newLocalPage(run.browser);
    const meResponse = page.waitForResponse((r) => r.url().endsWith('/api/me'));
    await signInAs(page, 'jeroen@hendriks.example');
    expect((await meResponse).status()).toBe(200);
    const rows = page.getByTestId('report');
    await rows.first().waitFor();
    const names = (await rows.allTextContents()).join('\n');
    expect(await rows.count()).toBe(4);
    for (const name of ['Fatima El Amrani', 'Linda de Wit', 'Ahmed Yilmaz', 'Noor Visser']) expect(names).toContain(name);
    expect(names).not.toContain('Sanne Bakker');
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toContain('Jeroen Hendriks');
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('shows An Peeters only people of Drukkerij Peeters, in Flemish wording', async () => {
    const page = await newLocalPage(run.browser);
    await signInAs(page, 'an@peeters.example');
    const rows = page.getByTestId('report');
    await rows.first().waitFor();
    const names = (await rows.allTextContents()).join('\n');
    expect(await rows.count()).toBe(2);
    expect(names).toContain('Wout Claes');
    expect(names).toContain('Lotte Maes');
    expect(names).not.toMatch(/Hendriks|Bakker|Yilmaz/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Dag An');
    await page.context().close();
  });

  it('shows Sanne Bakker her own page with her manager and no team', async () => {
    const page = await newLocalPage(run.browser);
    await signInAs(page, 'sanne@hendriks.example');
    await page.getByTestId('my-page').waitFor();
    await expect(page.getByTestId('manager').textContent()).resolves.toContain('Linda de Wit');
    expect(await page.getByTestId('my-team').count()).toBe(0);
    await page.getByTestId('next-conversation-empty').waitFor();
    await page.setViewportSize({ width: 320, height: 700 });
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('can be used with the keyboard alone: Tab to a persona, Enter signs in', async () => {
    const page = await newLocalPage(run.browser);
    await page.goto(run.stack.urls.tab);
    await page.locator('[data-testid="persona"][data-email="noor@hendriks.example"]').waitFor();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const email = await page.evaluate("document.activeElement?.getAttribute('data-email')");
      if (email === 'noor@hendriks.example') break;
    }
    await page.keyboard.press('Enter');
    await page.getByTestId('page-home').waitFor();
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toContain('Noor Visser');
    await page.context().close();
  });
});
