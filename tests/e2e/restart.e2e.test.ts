import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE_PEOPLE } from '@koers/app';
import type { Browser } from 'playwright-core';
import { createCosmosClient, createCosmosStores, DATABASE_ID } from '../../functions/src/cosmos';
import { launchBrowser, newLocalPage } from '../../scripts/lib/browser';
import { makeDataDir, startStack, type RunningStack } from '../../scripts/lib/stack';

let browser: Browser;
let dataDir: string;
const stacks: RunningStack[] = [];

beforeAll(async () => {
  dataDir = makeDataDir('koers-restart-');
  browser = await launchBrowser();
}, 30_000);

afterAll(async () => {
  await browser?.close();
  for (const stack of stacks) await stack.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// Plain `npm start` serves the tab from Vite's dev server: this file keeps that path under test
// (the other browser tests serve the built tab, scripts/lib/tabBuild.ts).
describe('local data survives a restart', () => {
  it('shows Sanne the conversation planned before Ctrl-C after the stack starts again', async () => {
    const first = await startStack(dataDir, 60_000, {}, { tab: 'dev' });
    stacks.push(first);
    const sanne = SAMPLE_PEOPLE.sanne;
    const start = new Date(Date.now() + 14 * 86_400_000);
    start.setUTCHours(9, 0, 0, 0);
    const end = new Date(start.getTime() + 3_600_000);

    // Entered through the real SDK against the running stack's embedded server.
    const client = createCosmosClient({
      mode: 'local',
      endpoint: first.urls.cosmos,
      ca: fs.readFileSync(path.join(dataDir, 'tls', 'cert.pem'), 'utf8'),
    });
    const stores = createCosmosStores(client.database(DATABASE_ID));
    const now = new Date().toISOString();
    await stores.conversations.create({
      id: 'restart-proof',
      tenantId: sanne.tenantId,
      employeeId: sanne.id,
      managerId: SAMPLE_PEOPLE.linda.id,
      kind: 'loopbaangesprek',
      status: 'gepland',
      start: start.toISOString(),
      end: end.toISOString(),
      createdAt: now,
      updatedAt: now,
    });
    client.dispose();

    expect(await first.stop()).toBe(0);
    stacks.pop();
    expect(first.output()).toContain('KOERS_READY');

    const second = await startStack(dataDir, 60_000, {}, { tab: 'dev' });
    stacks.push(second);
    expect(second.output()).not.toContain('Voorbeeldorganisaties aangemaakt');

    const page = await newLocalPage(browser);
    await page.goto(second.urls.tab);
    await page.locator('[data-testid="persona"][data-email="sanne@hendriks.example"]').click();
    const planned = page.getByTestId('next-conversation');
    await planned.waitFor();
    const expected = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(start);
    await expect(planned.textContent()).resolves.toContain(`Gepland op ${expected}`);
    await page.context().close();
  }, 120_000);
});
