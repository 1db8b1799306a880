import { SAMPLE_PEOPLE } from '@koers/app';
import { ConversationListResponse, DevClockResponse, DevReminderRunResponse } from '@koers/contracts';
import { useStackAndBrowser } from './support/lifecycle';
import { apiCaller, cardWith, send, usePlaygrounds } from './support/playground';
import { signInAs } from './support/tab';

/**
 * One language a person, end to end, in Microsoft's real Agents Playground (whose client reports
 * en-US, as an English Teams client in a Dutch company does) against the real local stack.
 * Sanne's profile is Dutch: she asks for a conversation in Dutch and hears Dutch throughout; Linda
 * gets the request as a proposals card and books it; Sanne then picks English on her own page in
 * the tab, and the next reminder card in her chat is English.
 */

const { sanne } = SAMPLE_PEOPLE;
/** Monday 1 March 2027, 09:00 in Amsterdam. */
const START = '2027-03-01T09:00:00+01:00';

const run = useStackAndBrowser({ env: { KOERS_CLOCK_START: START }, prefix: 'koers-chat-language-e2e-' });
const { open } = usePlaygrounds(run);

const call = apiCaller(run);

describe('the language of a chat in the Agents Playground', () => {
  it('Sanne asks in Dutch and hears Dutch; Linda gets the request card; after Sanne picks English in the tab, her next reminder is English', async () => {
    const [sannesChat, lindasChat] = await Promise.all([open('sanne'), open('linda')]);

    await send(sannesChat, 'Ik wil een loopbaangesprek in april');
    await sannesChat.getByText('Ik heb Linda de Wit gevraagd een loopbaangesprek met je te plannen').first().waitFor({ timeout: 30_000 });
    await send(sannesChat, 'help');
    await sannesChat.getByText('Ik help je met loopbaangesprekken').first().waitFor({ timeout: 30_000 });

    // Linda hears of it with the proposals, as when she plans one herself, and books the first.
    await lindasChat.getByText('Sanne Bakker vraagt om een loopbaangesprek').first().waitFor({ timeout: 30_000 });
    const proposals = cardWith(lindasChat, 'Loopbaangesprek met Sanne Bakker');
    const slots = proposals.getByRole('button', { name: /^(ma|di|wo|do|vr) \d{1,2} apr \d{2}:\d{2}–\d{2}:\d{2}$/ });
    expect(await slots.count()).toBe(3);
    const picked = (await slots.first().textContent())?.trim() ?? '';
    await slots.first().click();
    await cardWith(lindasChat, `Gepland: ${picked}`).waitFor({ timeout: 30_000 });

    // Sanne hears it, and gets her preparation card, in Dutch.
    await sannesChat.getByText('Linda de Wit heeft een loopbaangesprek met je gepland').first().waitFor({ timeout: 30_000 });
    await cardWith(sannesChat, 'Voorbereiding van je loopbaangesprek').waitFor();
    expect(await sannesChat.getByText('career conversation', { exact: false }).count()).toBe(0);

    // On her own page in the tab she picks English: the page switches at once, no reload.
    const tab = await signInAs(run.browser, run.stack.urls.tab, sanne.email);
    await tab.getByRole('heading', { name: 'Hoi Sanne' }).waitFor();
    await tab.getByTestId('language-change').click();
    await tab.getByTestId('language-select').selectOption('en-GB');
    await tab.getByText('Saved. Koers now speaks English with you.').waitFor();
    await tab.getByRole('heading', { name: 'Hi Sanne' }).waitFor();

    // An hour before the conversation, the dispatcher sends her reminders: in English now.
    const mine = await call('/conversations?scope=mine', ConversationListResponse, { as: sanne.email });
    const start = mine.items.find((c) => c.status === 'gepland')?.start;
    if (!start) throw new Error('Sanne has no planned conversation');
    await call('/dev/clock', DevClockResponse, { body: { now: new Date(Date.parse(start) - 60 * 60_000).toISOString() } });
    await call('/dev/reminders/run', DevReminderRunResponse, { method: 'POST' });
    await cardWith(sannesChat, 'Your career conversation is on').waitFor({ timeout: 30_000 });
  }, 300_000);
});
