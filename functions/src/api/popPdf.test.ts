import { randomUUID } from 'node:crypto';
import { SAMPLE_PEOPLE } from '@koers/app';
import { PopResponse } from '@koers/domain';
import { smartGoal } from '../pop/__tests__/popKit';
import { seePdf, unread } from '../testing/pdfRender';
import { extractPdfText } from '../testing/pdfText';
import { useLocalStack } from '../testing/localStack';

/** The composed app, with the renderer production uses: the PDF route gives a real one-page PDF. */
const { jeroen, ahmed } = SAMPLE_PEOPLE;
const stack = useLocalStack();

async function call(who: { email: string }, path: string, body?: unknown): Promise<Response> {
  return stack.current().api(path, {
    method: body === undefined ? 'GET' : 'POST',
    token: await stack.current().tokenFor(who.email),
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function plan(response: Response): Promise<PopResponse> {
  if (!response.ok) throw new Error(`${response.status}: ${await response.text()}`);
  return PopResponse.parse(await response.json());
}

describe('the agreements PDF of the composed app', () => {
  it('is one page with the goal, both names and both approvals', async () => {
    const created = await plan(await call(jeroen, '/pops', { employeeId: ahmed.id, requestId: randomUUID(), goals: [smartGoal('g1', ahmed.id)] }));
    const approval = { version: created.current.number, contentHash: created.current.contentHash };
    await plan(await call(ahmed, `/pops/${created.pop.id}/approve`, approval));
    await plan(await call(jeroen, `/pops/${created.pop.id}/approve`, approval));

    const response = await call(ahmed, `/pops/${created.pop.id}/versions/1/pdf`);
    expect(response.status).toBe(200);
    const pdf = new Uint8Array(await response.arrayBuffer());
    const text = await extractPdfText(pdf);
    expect(text.pageCount).toBe(1);
    expect(text.flatText).toContain('Gemaakte afspraken');
    expect(text.flatText).toContain('Zelfstandig offertes voor zorginstellingen opstellen');
    expect(text.flatText).toContain('Ahmed Yilmaz');
    expect(text.flatText).toContain('Jeroen Hendriks');
    expect(text.flatText.match(/Goedgekeurd door/g)).toHaveLength(2);
    // And so the page reads, drawn by MuPDF and Poppler without complaint.
    const seen = await seePdf(pdf, 'composed-app');
    expect(
      unread(seen, [
        'Gemaakte afspraken',
        'Medewerker: Ahmed Yilmaz',
        'Leidinggevende: Jeroen Hendriks',
        '1. Zelfstandig offertes voor zorginstellingen opstellen',
        'Goedgekeurd door Ahmed Yilmaz op',
        'Goedgekeurd door Jeroen Hendriks op',
      ]),
    ).toEqual([]);
  });
});
