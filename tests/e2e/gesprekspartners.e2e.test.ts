import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SAMPLE_PEOPLE } from '@koers/app';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { useStackAndBrowser } from './support/lifecycle';
import { bookFirstProposal, expectNoAxeViolations, signInAs } from './support/tab';

/**
 * Gesprekspartners from the HR system on *Instellingen*, against the real local stack: Fatima (HR)
 * checks a CSV with bad rows and sees each named, then checks and saves an AFAS-style workbook
 * that makes Ahmed Sanne's gesprekspartner; Ahmed then finds Sanne among the people he plans for.
 */

const run = useStackAndBrowser();
const { fatima, ahmed, sanne, daan, kees, jeroen, noor } = SAMPLE_PEOPLE;

/** Set to a folder to keep screenshots of what the test saw (e.g. KOERS_SCREENS_DIR=/tmp/screens). */
const SCREENS = process.env.KOERS_SCREENS_DIR;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENS) return;
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.getByTestId('gesprekspartners').screenshot({ path: path.join(SCREENS, `${name}.png`) });
}

function tempFile(name: string): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'koers-gp-')), name);
}

describe('gesprekspartners from the HR system, against the real local stack', () => {
  it('names every bad row, saves a good file only on confirmation, and gives the new partner the person', async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, fatima.email);
    await page.getByTestId('nav-settings').click();
    const card = page.getByTestId('gesprekspartners');
    await card.waitFor();

    // A semicolon CSV as Dutch Excel saves it, with two bad rows.
    const bad = tempFile('nmbrs-export.csv');
    fs.writeFileSync(bad, `\uFEFFE-mail;Gesprekspartner e-mail\r\n${sanne.email};${ahmed.email}\r\nonbekend@hendriks.example;${ahmed.email}\r\n${daan.email};${daan.email}\r\n`);
    await page.getByTestId('gesprekspartners-file').setInputFiles(bad);
    await page.getByTestId('gesprekspartners-check').click();
    const errors = page.getByTestId('gesprekspartners-errors');
    await errors.waitFor();
    const errorText = await errors.textContent();
    expect(errorText).toContain('Rij 3, kolom e-mail: Koers kent niemand met het adres onbekend@hendriks.example');
    expect(errorText).toContain('Rij 4, kolom gesprekspartner e-mail: iemand kan niet zijn eigen gesprekspartner zijn');
    expect(await page.getByTestId('gesprekspartners-save').count()).toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'gesprekspartners-errors');

    // An AFAS-style workbook: personnel number, employee e-mail, manager e-mail.
    const good = tempFile('afas-export.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Medewerkers');
    sheet.addRow(['Personeelsnummer', 'Medewerker e-mail', 'Leidinggevende e-mail']);
    sheet.addRow(['1001', sanne.email, ahmed.email]);
    sheet.addRow(['1002', kees.email, SAMPLE_PEOPLE.linda.email]);
    await book.xlsx.writeFile(good);
    await page.getByTestId('gesprekspartners-file').setInputFiles(good);
    await page.getByTestId('gesprekspartners-check').click();
    await page.getByTestId('gesprekspartners-changes').waitFor();
    await expect(page.getByTestId('gesprekspartners-preview').textContent()).resolves.toContain('1 wijziging, 1 rij klopt al.');
    const preview = await page.getByTestId('gesprekspartners-changes').textContent();
    expect(preview).toContain(sanne.displayName);
    expect(preview).toContain(`${ahmed.displayName} (${ahmed.email})`);
    await expectNoAxeViolations(page);
    await screenshot(page, 'gesprekspartners-preview');

    await page.getByTestId('gesprekspartners-save').click();
    await expect(page.getByTestId('gesprekspartners-saved').textContent()).resolves.toContain('1 gesprekspartner gewijzigd.');
    await screenshot(page, 'gesprekspartners-saved');

    // In a side panel nothing is wider than the panel.
    await page.setViewportSize({ width: 320, height: 720 });
    expect(Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'))).toBeLessThanOrEqual(0);
    if (SCREENS) await page.screenshot({ path: path.join(SCREENS, 'gesprekspartners-320.png'), fullPage: true });
    await page.context().close();

    // Access follows the gesprekspartner: Ahmed now plans Sanne's conversations.
    const a = await signInAs(run.browser, run.stack.urls.tab, ahmed.email);
    await a.getByTestId('nav-plan').click();
    await a.getByTestId('report-select').waitFor();
    const choices = a.getByTestId('report-select').locator('option');
    const options = await Promise.all(Array.from({ length: await choices.count() }, (_, i) => choices.nth(i).getAttribute('value')));
    expect(options).toContain(sanne.id);
    await a.context().close();
  }, 180_000);

  it('lets the employee choose the Koerskaart in their preparation, and keeps the choice', async () => {
    const manager = await signInAs(run.browser, run.stack.urls.tab, jeroen.email);
    await bookFirstProposal(manager, noor.id);
    await manager.context().close();

    const page = await signInAs(run.browser, run.stack.urls.tab, noor.email);
    await page.getByTestId('nav-prepare').click();
    const form = page.locator('[data-testid="preparation-form"][data-role="employee"]');
    await form.waitFor();
    await form.locator('input[data-variant="langer-werken"]').check();
    await form.getByTestId('save-draft').click();
    await form.getByTestId('saved').waitFor();
    await expectNoAxeViolations(page);
    if (SCREENS) await form.screenshot({ path: path.join(SCREENS, 'prepare-variant.png') });

    await page.reload();
    await page.getByTestId('nav-prepare').click();
    await page.locator('[data-testid="preparation-form"][data-role="employee"]').waitFor();
    expect(await page.locator('input[data-variant="langer-werken"]').isChecked()).toBe(true);
    await page.context().close();
  }, 180_000);
});
