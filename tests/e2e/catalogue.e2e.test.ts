import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HENDRIKS_CATALOGUE, SAMPLE_PEOPLE } from '@koers/app';
import { SHEETS, sheetRows } from '@koers/domain';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { useStackAndBrowser } from './support/lifecycle';
import { expectNoAxeViolations, signInAs } from './support/tab';

/**
 * The Functiehuis page against the real local stack: Sanne reads the functions, the steps from
 * monteur and the learning offer; Fatima (HR) checks a workbook with a bad row, sees the row named,
 * fixes nothing, then checks and stores a good one, and everyone sees the change.
 */

const run = useStackAndBrowser();
const { sanne, fatima } = SAMPLE_PEOPLE;

/** Set to a folder to keep screenshots of what the test saw (e.g. KOERS_SCREENS_DIR=/tmp/screens). */
const SCREENS = process.env.KOERS_SCREENS_DIR;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENS) return;
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

async function openCatalogue(page: Page): Promise<void> {
  await page.getByTestId('nav-catalogue').click();
  await page.getByTestId('page-catalogue').waitFor();
  await page.getByTestId('catalogue-loading').waitFor({ state: 'detached' });
}

/** A workbook as Excel saves it, with the sample's sheets; `edit` changes cells first. */
async function workbook(name: string, edit: (book: ExcelJS.Workbook) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const layout of SHEETS) {
    const sheet = book.addWorksheet(layout.sheet);
    sheet.addRow([...layout.columns]);
    for (const row of sheetRows(HENDRIKS_CATALOGUE, layout.list)) sheet.addRow(row);
  }
  edit(book);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'koers-xlsx-')), name);
  await book.xlsx.writeFile(file);
  return file;
}

describe('the Functiehuis page, against the real local stack', () => {
  it("shows Sanne the functions, the steps from monteur and what it costs to learn, without HR's tools", async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, sanne.email);
    await openCatalogue(page);
    const monteur = page.locator('[data-testid="catalogue-function"][data-function="monteur"]');
    await expect(monteur.getByTestId('catalogue-paths').textContent()).resolves.toContain('Doorgroeien naar Werkvoorbereider');
    await expect(monteur.textContent()).resolves.toContain('F-gassen');
    const learning = await page.getByTestId('catalogue-learning').textContent();
    expect(learning).toContain('Meelopen met de werkvoorbereiding');
    expect(learning).toContain('O&O-fonds installatietechniek');
    expect(await page.getByTestId('catalogue-manage').count()).toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'catalogue-sanne');

    await page.setViewportSize({ width: 320, height: 720 });
    expect(Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'))).toBeLessThanOrEqual(0);
    await page.context().close();
  }, 120_000);

  it('lets Fatima check a workbook, names the bad row, and replaces the function house only with a good one', async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, fatima.email);
    await openCatalogue(page);
    await page.getByTestId('catalogue-manage').waitFor();

    const bad = await workbook('functiehuis-fout.xlsx', (book) => {
      book.getWorksheet('Functies')!.getCell('D3').value = 'hoog';
    });
    await page.getByTestId('catalogue-file').setInputFiles(bad);
    await page.getByTestId('catalogue-check').click();
    await expect(page.getByTestId('catalogue-errors').textContent()).resolves.toContain('Functies, rij 3, kolom niveau: “hoog” is geen getal');
    expect(await page.getByTestId('catalogue-save').count()).toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'catalogue-fatima-errors');

    const good = await workbook('functiehuis.xlsx', (book) => {
      book.getWorksheet('Functies')!.getCell('C3').value = 'Servicemonteur';
    });
    await page.getByTestId('catalogue-file').setInputFiles(good);
    await page.getByTestId('catalogue-check').click();
    await page.getByTestId('catalogue-valid').waitFor();
    await page.getByTestId('catalogue-save').click();
    await page.getByTestId('catalogue-saved').waitFor();
    await page.locator('[data-testid="catalogue-function"][data-function="monteur"]').getByText('Servicemonteur', { exact: true }).waitFor();
    await page.context().close();

    const colleague = await signInAs(run.browser, run.stack.urls.tab, sanne.email);
    await openCatalogue(colleague);
    await colleague.locator('[data-testid="catalogue-function"][data-function="monteur"]').getByText('Servicemonteur', { exact: true }).waitFor();
    await colleague.context().close();
  }, 120_000);
});
