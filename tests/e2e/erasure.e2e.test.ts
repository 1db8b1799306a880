import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SAMPLE_PEOPLE } from '@koers/app';
import { DirectoryFixture } from '../../functions/src/graph/directoryStandIn';
import { SAMPLE_DIRECTORY_FILE } from '../../functions/src/graph/sampleDirectory';
import { useStackAndBrowser } from './support/lifecycle';
import { expectNoAxeViolations, signInAs } from './support/tab';

/**
 * HR's side of the AVG in the tab: a leaver the directory reports shows under *Gegevens wissen*
 * with the day the retention rule erases them; HR erases them after a confirmation, and the
 * works council's log shows that it happened, and by whom, but not whom.
 */

const run = useStackAndBrowser({ prefix: 'erasure' });
const { fatima, daan, jeroen } = SAMPLE_PEOPLE;

describe('erasing a leaver, and the log for the works council', () => {
  it('lets HR erase a leaver after confirming, and shows the erasure in the Logboek OR', async () => {
    const file = path.join(run.dataDir, SAMPLE_DIRECTORY_FILE);
    const fixture = DirectoryFixture.parse(JSON.parse(readFileSync(file, 'utf8')));
    const hendriks = fixture.tenants[0];
    if (!hendriks) throw new Error('the fixture has no Hendriks');
    hendriks.users = hendriks.users.map((u) => (u.id === daan.id ? { ...u, accountEnabled: false } : u));
    writeFileSync(file, JSON.stringify(fixture, null, 2));

    const f = await signInAs(run.browser, run.stack.urls.tab, fatima.email);
    await f.getByTestId('nav-settings').click();
    await f.getByTestId('directory-sync-now').click();
    await f.getByTestId('directory-sync-done').waitFor();

    const leaver = f.getByTestId('erasure-candidate').filter({ hasText: daan.displayName });
    await leaver.waitFor();
    await expect(leaver.textContent()).resolves.toMatch(/Vertrokken op .*; wordt vanzelf gewist op /);
    await expectNoAxeViolations(f);
    await leaver.getByTestId('erasure-erase').click();
    await f.getByTestId('erasure-confirm-dialog').waitFor();
    await expect(f.getByTestId('erasure-confirm-dialog').textContent()).resolves.toContain(`Alle gegevens van ${daan.displayName} wissen?`);
    await f.getByTestId('erasure-confirm-confirm').click();
    await f.getByTestId('erasure-done').waitFor();
    await expect(f.getByTestId('erasure-done').textContent()).resolves.toContain(`De gegevens van ${daan.displayName} zijn gewist`);
    await f.getByTestId('erasure-empty').waitFor();

    // As the portfolio's delete test does: the page is checked afresh after a confirmation dialog.
    await f.reload();
    await f.getByTestId('nav-changelog').click();
    const erased = f.getByTestId('changelog-line').filter({ hasText: 'Gegevens van een persoon gewist' });
    await erased.waitFor();
    await expect(erased.textContent()).resolves.toContain(`door ${fatima.displayName}`);
    await expect(f.getByTestId('page-changelog').textContent()).resolves.not.toContain(daan.displayName);
    await expectNoAxeViolations(f);

    // A manager has no such page: the navigation does not offer it, the page says so.
    const j = await signInAs(run.browser, run.stack.urls.tab, jeroen.email);
    await expect(j.getByTestId('nav-changelog').count()).resolves.toBe(0);
  });
});
