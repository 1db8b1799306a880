import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SAMPLE_PEOPLE } from '@koers/app';
import { DirectoryFixture } from '../../functions/src/graph/directoryStandIn';
import { SAMPLE_DIRECTORY_FILE } from '../../functions/src/graph/sampleDirectory';
import { useStackAndBrowser } from './support/lifecycle';
import { expectNoAxeViolations, signInAs } from './support/tab';

/**
 * The local start's people come through the directory sync: a new hire and a leaver typed into
 * the local Graph's fixture show in the tab after Fatima (HR) presses *Nu synchroniseren*.
 */

const run = useStackAndBrowser();
const { fatima, linda, daan } = SAMPLE_PEOPLE;
const MILA = '0a000000-0000-4000-8000-000000000109';

describe('Nu synchroniseren, against the real local stack and its local Graph', () => {
  it('brings a new hire into Linda’s team and takes a leaver out, once HR syncs', async () => {
    const file = path.join(run.dataDir, SAMPLE_DIRECTORY_FILE);
    const fixture = DirectoryFixture.parse(JSON.parse(readFileSync(file, 'utf8')));
    const hendriks = fixture.tenants[0];
    if (!hendriks) throw new Error('the fixture has no Hendriks');
    hendriks.users = [
      ...hendriks.users.map((u) => (u.id === daan.id ? { ...u, accountEnabled: false } : u)),
      { id: MILA, displayName: 'Mila de Boer', mail: 'mila@hendriks.example', userPrincipalName: 'mila@hendriks.example', jobTitle: 'Leerling-monteur', preferredLanguage: 'nl-NL', accountEnabled: true, managerId: linda.id, mailboxSettings: null },
    ];
    writeFileSync(file, JSON.stringify(fixture, null, 2));

    const f = await signInAs(run.browser, run.stack.urls.tab, fatima.email);
    await f.getByTestId('nav-settings').click();
    await f.getByTestId('directory-sync').waitFor();
    await f.getByTestId('directory-sync-now').click();
    await f.getByTestId('directory-sync-done').waitFor();
    await expect(f.getByTestId('directory-sync-done').textContent()).resolves.toContain('Klaar: 1 nieuw, 0 gewijzigd, 1 vertrokken.');
    await expectNoAxeViolations(f);

    const l = await signInAs(run.browser, run.stack.urls.tab, linda.email);
    await l.getByTestId('nav-plan').click();
    await l.getByTestId('report-select').waitFor();
    const choices = l.getByTestId('report-select').locator('option');
    const options = await Promise.all(Array.from({ length: await choices.count() }, (_, i) => choices.nth(i).getAttribute('value')));
    expect(options).toContain(MILA);
    expect(options).not.toContain(daan.id);
  });
});
