import fs from 'node:fs';
import { SAMPLE_PEOPLE } from '@koers/app';
import { PersonalDataExport } from '@koers/domain';
import { useStackAndBrowser } from './support/lifecycle';
import { expectNoAxeViolations, signInAs } from './support/tab';

/**
 * "Mijn gegevens" against the real local stack: Jeroen opens Noor's portfolio; Noor sees that
 * under "Wie heeft mijn gegevens bekeken" on her own page and downloads her data as JSON and as a
 * readable page.
 */

const run = useStackAndBrowser();
const { noor, jeroen } = SAMPLE_PEOPLE;

describe('Mijn gegevens, against the real local stack', () => {
  it('shows Noor who read her portfolio and gives her all her data to take along', async () => {
    const manager = await signInAs(run.browser, run.stack.urls.tab, jeroen.email);
    await manager.goto(`${run.stack.urls.tab}#/portfolio/${noor.id}`);
    await manager.getByTestId('page-portfolio').waitFor();
    await manager.getByTestId('portfolio-loading').waitFor({ state: 'detached' });

    const page = await signInAs(run.browser, run.stack.urls.tab, noor.email);
    const section = page.getByTestId('my-data');
    await section.waitFor();
    const line = section.getByTestId('access-log-line').first();
    await line.waitFor();
    await expect(line.textContent()).resolves.toContain('Jeroen Hendriks (leidinggevende) bekeek je portfolio');
    await expectNoAxeViolations(page);

    const [json] = await Promise.all([page.waitForEvent('download'), section.getByTestId('my-data-json').click()]);
    expect(json.suggestedFilename()).toMatch(/^Mijn gegevens in Koers .+\.json$/);
    const data = PersonalDataExport.parse(JSON.parse(fs.readFileSync(await json.path(), 'utf8')));
    expect(data.person.id).toBe(noor.id);
    expect(data.accessLog.map((e) => e.what)).toContain('portfolio');

    const [html] = await Promise.all([page.waitForEvent('download'), section.getByTestId('my-data-html').click()]);
    expect(html.suggestedFilename()).toMatch(/\.html$/);
    const summary = fs.readFileSync(await html.path(), 'utf8');
    expect(summary).toContain('Mijn gegevens in Koers');
    expect(summary).toContain('Noor Visser');
  }, 120_000);
});
