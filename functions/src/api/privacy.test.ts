import { randomUUID } from 'node:crypto';
import { SAMPLE_PEOPLE } from '@koers/app';
import { AccessLogResponse, KOERS_APP_ROLES, PersonalDataExport } from '@koers/domain';
import { useLocalStack } from '../testing/localStack';

const { jeroen, ahmed, noor, linda } = SAMPLE_PEOPLE;
const stack = useLocalStack();

async function get(path: string, email: string) {
  return stack.current().api(path, { token: await stack.current().tokenFor(email) });
}

describe('Mijn gegevens over HTTP', () => {
  it("downloads everything Koers holds on the caller as JSON, and the same as a readable page in their language", async () => {
    const entry = { requestId: randomUUID(), kind: 'reflectie', title: 'Wat <b>de storing</b> me leerde', period: { from: '2026-11-20' } };
    const added = await stack.current().api('/portfolio/entries', {
      method: 'POST',
      token: await stack.current().tokenFor(noor.email),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(entry),
    });
    expect(added.status).toBe(201);

    const json = await get('/me/data', noor.email);
    expect(json.status).toBe(200);
    expect(json.headers.get('cache-control')).toBe('no-store');
    const data = PersonalDataExport.parse(await json.json());
    expect(data.person.displayName).toBe('Noor Visser');
    expect(data.portfolio.entries.map((e) => e.content.title)).toEqual([entry.title]);

    const page = await get('/me/data/summary', noor.email);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-disposition')).toMatch(/^attachment; filename="koers-\d{4}-\d{2}-\d{2}\.html"$/);
    const html = await page.text();
    expect(html).toContain('<h1>Mijn gegevens in Koers</h1>');
    expect(html).toContain('Wat &lt;b&gt;de storing&lt;/b&gt; me leerde');
    expect(html).not.toContain('<b>de storing');
    expect(html).not.toMatch(/<script/i);
  });

  it("shows the manager's reading of the portfolio under Wie heeft mijn gegevens bekeken, and nothing to anyone else", async () => {
    expect((await get(`/portfolio?employeeId=${noor.id}`, jeroen.email)).status).toBe(200);

    const log = AccessLogResponse.parse(await (await get('/me/access-log', noor.email)).json());
    expect(log.items).toContainEqual(expect.objectContaining({ readerId: jeroen.id, readerName: 'Jeroen Hendriks', capacity: 'manager', what: 'portfolio' }));
    const lindas = AccessLogResponse.parse(await (await get('/me/access-log', linda.email)).json());
    expect(lindas.items.filter((e) => e.what === 'portfolio')).toEqual([]);
  });

  it("lets only a Koers.Admin export someone else's data, and the export is on that person's log", async () => {
    expect((await get(`/people/${ahmed.id}/data`, jeroen.email)).status).toBe(403);

    const admin = KOERS_APP_ROLES.find((r) => r.role === 'admin')!;
    await stack.current().stores.roleAssignments.upsert({ id: `test-admin-${linda.id}`, tenantId: linda.tenantId, principalId: linda.id, appRoleId: admin.id });
    const exported = await get(`/people/${ahmed.id}/data`, linda.email);
    expect(exported.status).toBe(200);
    expect(PersonalDataExport.parse(await exported.json()).person.id).toBe(ahmed.id);
    expect((await get('/people/00000000-0000-4000-8000-000000000999/data', linda.email)).status).toBe(404);

    const log = AccessLogResponse.parse(await (await get('/me/access-log', ahmed.email)).json());
    expect(log.items[0]).toMatchObject({ readerId: linda.id, capacity: 'admin', what: 'export' });
  });
});
