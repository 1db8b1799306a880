import { SAMPLE_PEOPLE } from '@koers/app';
import { Problem } from '@koers/contracts';
import { KOERS_STANDAARD, TemplateListResponse, TemplateVersionResponse } from '@koers/domain';
import { useLocalStack } from '../testing/localStack';

/** Conversation templates over HTTP: read by everyone in the organisation, written by HR only. */

const { fatima, sanne } = SAMPLE_PEOPLE;
const stack = useLocalStack();
const api = (path: string, init?: RequestInit & { token?: string }) => stack.current().api(path, init);
const token = (who: { email: string }) => stack.current().tokenFor(who.email);

async function post(who: { email: string }, path: string, body: unknown, language = 'nl-NL') {
  return api(path, {
    method: 'POST',
    token: await token(who),
    headers: { 'content-type': 'application/json', 'accept-language': language },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const FROM_BUILT_IN = { from: { templateId: 'koers-standaard', version: 1 } };

describe('conversation templates over HTTP', () => {
  it('are listed for everyone, with the built-in Koers template in use and readable', async () => {
    const list = await api('/templates', { token: await token(sanne) });
    expect(list.status).toBe(200);
    const body = TemplateListResponse.parse(await list.json());
    expect(body.inUse).toEqual({ templateId: 'koers-standaard', version: 1 });
    const builtIn = await api('/templates/koers-standaard/versions/1', { token: await token(sanne) });
    expect(builtIn.status).toBe(200);
    expect(TemplateVersionResponse.parse(await builtIn.json()).questions.map((q) => q.id)).toEqual(KOERS_STANDAARD.questions.map((q) => q.id));
    expect((await api('/templates/koers-standaard/versions/7', { token: await token(sanne) })).status).toBe(404);
  });

  it('refuse a colleague who is not HR with 403 before reading what they sent', async () => {
    const copy = await post(sanne, '/templates', '{ geen json');
    expect(copy.status).toBe(403);
    expect(Problem.parse(await copy.json()).code).toBe('hr-only');
    expect((await post(sanne, '/templates/koers-standaard/versions', { nonsense: true })).status).toBe(403);
  });

  it('answer bad input with 400 and the reason in the caller’s language', async () => {
    const dutch = Problem.parse(await (await post(fatima, '/templates', { ...FROM_BUILT_IN, name: '' })).json());
    expect(dutch.status).toBe(400);
    expect(dutch.errors?.[0]).toMatchObject({ path: 'name' });
    expect(dutch.errors?.[0]?.message).toMatch(/teken/);
    const english = Problem.parse(await (await post(fatima, '/templates', { ...FROM_BUILT_IN, name: 'x'.repeat(81) }, 'en-GB')).json());
    expect(english.errors?.[0]?.message).toMatch(/at most 80 characters/);
  });

  it('copy, publish a new version, and refuse a stale edit, a broken template and the built-in one', async () => {
    const copied = await post(fatima, '/templates', { ...FROM_BUILT_IN, name: 'Techniek' });
    expect(copied.status).toBe(200);
    const first = TemplateVersionResponse.parse(await copied.json());
    expect(first).toMatchObject({ version: 1, builtIn: false, name: 'Techniek' });

    const content = { name: 'Techniek', questions: first.questions, sectionPrompts: {}, variants: {} };
    const edited = { ...content, questions: first.questions.map((q) => (q.id === 'hoe-sta-je' ? { ...q, text: { ...q.text, nl: 'Hoe gaat het op de werkvloer?' } } : q)) };
    const published = await post(fatima, `/templates/${first.templateId}/versions`, { ...edited, basedOnVersion: 1 });
    expect(published.status).toBe(200);
    expect(TemplateVersionResponse.parse(await published.json())).toMatchObject({ version: 2, history: [{ version: 2 }, { version: 1 }] });

    const stale = await post(fatima, `/templates/${first.templateId}/versions`, { ...content, basedOnVersion: 1 });
    expect(stale.status).toBe(409);
    expect(Problem.parse(await stale.json()).code).toBe('template-stale');

    const doubled = { ...content, questions: [first.questions[0], ...first.questions] };
    const broken = Problem.parse(await (await post(fatima, `/templates/${first.templateId}/versions`, { ...doubled, basedOnVersion: 2 }, 'en-GB')).json());
    expect(broken).toMatchObject({ status: 400, code: 'validation' });
    expect(broken.errors).toEqual([{ path: 'questions.1.id', message: 'question hoe-sta-je appears twice' }]);

    const builtIn = await post(fatima, '/templates/koers-standaard/versions', { ...content, basedOnVersion: 1 });
    expect(builtIn.status).toBe(409);
    expect(Problem.parse(await builtIn.json()).code).toBe('template-read-only');

    const oldVersion = TemplateVersionResponse.parse(await (await api(`/templates/${first.templateId}/versions/1`, { token: await token(sanne) })).json());
    expect(oldVersion.questions.find((q) => q.id === 'hoe-sta-je')?.text.nl).toBe('Hoe sta je in je werk?');
  });

  it('put a template in use for new conversations, HR only', async () => {
    const list = TemplateListResponse.parse(await (await api('/templates', { token: await token(fatima) })).json());
    const own = list.templates.find((t) => !t.builtIn);
    if (!own) throw new Error('no copy to use');
    const refused = await api('/templates/in-use', { method: 'PUT', token: await token(sanne), headers: { 'content-type': 'application/json' }, body: JSON.stringify({ templateId: own.templateId }) });
    expect(refused.status).toBe(403);
    const chosen = await api('/templates/in-use', { method: 'PUT', token: await token(fatima), headers: { 'content-type': 'application/json' }, body: JSON.stringify({ templateId: own.templateId }) });
    expect(chosen.status).toBe(200);
    expect(TemplateListResponse.parse(await chosen.json()).inUse).toEqual({ templateId: own.templateId, version: own.latestVersion });
  });
});
