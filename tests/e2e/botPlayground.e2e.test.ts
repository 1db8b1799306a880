import { ConversationListResponse } from '@koers/contracts';
import { PreparationResponse, prepQuestionsFor } from '@koers/domain';
import { useStackAndBrowser } from './support/lifecycle';
import { cardWith, devToken, send, usePlaygrounds } from './support/playground';

/**
 * The bot end to end, in Microsoft's real Agents Playground (one per person, as one Teams client
 * is one signed-in person) against the real local stack (`npm start`: embedded Cosmos, the
 * Functions host, the real BookingService over the local calendars).
 *
 * The sample organisation has Sanne reporting to Linda, not to Jeroen: Jeroen asking for Sanne is
 * refused, and Linda books her. The Playground reports every activity as en-US; everyone still
 * reads Koers in their own language, Dutch for all of them (tests/e2e/chatLanguage.e2e.test.ts).
 */

const run = useStackAndBrowser({ prefix: 'koers-bot-e2e-' });
const { open } = usePlaygrounds(run);

async function api(pathBelowApi: string, email: string): Promise<Response> {
  const base = run.stack.urls.api;
  return fetch(`${base}${pathBelowApi}`, { headers: { authorization: `Bearer ${await devToken(base, email)}` } });
}

describe('booking and preparing in the Agents Playground', () => {
  it('Linda books Sanne, Sanne answers in her chat and shares two answers, and Linda can read only those two', async () => {
    const sanne = await open('sanne');
    const jeroen = await open('jeroen');
    const linda = await open('linda');

    // Jeroen is not Sanne's manager: a friendly refusal, no card.
    await send(jeroen, 'plan een loopbaangesprek met Sanne');
    await jeroen.getByText('Sanne Bakker valt niet onder jou').first().waitFor({ timeout: 30_000 });

    // Linda types the name with a typo; three proposals arrive on a card.
    await send(linda, 'plan een loopbaangesprek met Sane');
    const proposals = cardWith(linda, 'Loopbaangesprek met Sanne Bakker');
    await proposals.waitFor({ timeout: 30_000 });
    const slots = proposals.getByRole('button', { name: /^(ma|di|wo|do|vr) \d{1,2} [a-z]{3} \d{2}:\d{2}–\d{2}:\d{2}$/ });
    expect(await slots.count()).toBe(3);
    await proposals.getByRole('button', { name: 'Andere tijden' }).waitFor();
    const picked = (await slots.first().textContent())?.trim() ?? '';
    await slots.first().click();
    // The same card now says it is planned, with the Teams meeting and the Koerskaart.
    const booked = cardWith(linda, `Gepland: ${picked}`);
    await booked.waitFor({ timeout: 30_000 });
    await booked.getByText('Deelnemen aan Teams-vergadering').waitFor();
    await booked.getByText('Open de Koerskaart').waitFor();
    expect(await linda.locator('.ac-adaptiveCard').filter({ hasText: 'Kies er een' }).count()).toBe(0);

    // Sanne hears of it right away, and gets the preparation questions (private by default).
    await sanne.getByText('Linda de Wit heeft een loopbaangesprek met je gepland').first().waitFor({ timeout: 30_000 });
    await sanne.getByText('geen beoordeling').first().waitFor();
    const prep = cardWith(sanne, 'Voorbereiding van je loopbaangesprek');
    await prep.waitFor();
    const questions = prepQuestionsFor('employee');
    const fields = prep.locator('textarea');
    const toggles = prep.locator('input[type="checkbox"]');
    expect(await fields.count()).toBe(questions.length);
    const answer = async (id: string, text: string, share: boolean) => {
      const index = questions.findIndex((q) => q.id === id);
      await fields.nth(index).fill(text);
      if (share) await toggles.nth(index).check();
    };
    await answer('hoe-sta-je', 'Goed, maar ik mis afwisseling.', false);
    await answer('sterktes', 'Storingen zoeken bij warmtepompen.', true);
    await answer('loopbaanwensen', 'Over twee jaar werkvoorbereider.', true);
    await prep.getByRole('button', { name: 'Klaar' }).click();
    const saved = cardWith(sanne, 'Je voorbereiding is klaar');
    await saved.waitFor({ timeout: 30_000 });
    await saved.getByText('Over twee jaar werkvoorbereider.').waitFor();

    // In Cosmos, read back through the API: Sanne has her three answers, Linda sees the two shared.
    const list = ConversationListResponse.parse(await (await api('/conversations?scope=team', 'linda@hendriks.example')).json());
    const conversation = list.items.find((c) => c.employeeId === '0a000000-0000-4000-8000-000000000106' && c.status === 'gepland');
    expect(conversation).toBeDefined();
    const id = encodeURIComponent(conversation?.id ?? '');
    const mine = PreparationResponse.parse(await (await api(`/conversations/${id}/preparation`, 'sanne@hendriks.example')).json());
    expect(mine.mine?.answers.map((a) => [a.questionId, a.shared])).toEqual([
      ['hoe-sta-je', false],
      ['sterktes', true],
      ['loopbaanwensen', true],
    ]);
    expect(mine.mine?.completedAt).toBeDefined();
    const lindas = PreparationResponse.parse(await (await api(`/conversations/${id}/preparation`, 'linda@hendriks.example')).json());
    expect(lindas.sharedByEmployee?.answers.map((a) => a.text)).toEqual(['Storingen zoeken bij warmtepompen.', 'Over twee jaar werkvoorbereider.']);
    expect(JSON.stringify(lindas)).not.toContain('afwisseling');
    // Jeroen is no party to it at all.
    expect((await api(`/conversations/${id}/preparation`, 'jeroen@hendriks.example')).status).toBe(404);
  }, 240_000);
});
