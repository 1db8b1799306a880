import { SAMPLE_PEOPLE } from '@koers/app';
import { ChangeLogResponse, ReminderDefaultsResponse, RoundResponse, TemplateVersionResponse } from '@koers/domain';
import { useLocalStack } from '../testing/localStack';

const { fatima } = SAMPLE_PEOPLE;
const stack = useLocalStack();

async function call(path: string, init: { method?: string; body?: unknown; ifMatch?: string } = {}): Promise<Response> {
  return stack.current().api(path, {
    method: init.method ?? 'GET',
    token: await stack.current().tokenFor(fatima.email),
    headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...(init.ifMatch ? { 'if-match': init.ifMatch } : {}) },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
}

async function ok<T>(response: Response, schema: { parse(value: unknown): T }, status = 200): Promise<T> {
  if (response.status !== status) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`);
  return schema.parse(await response.json());
}

describe("the works council's log over HTTP", () => {
  it("shows HR's template, round and reminder changes by name, with ids and settings but no questions", async () => {
    const copy = await ok(await call('/templates', { method: 'POST', body: { from: { templateId: 'koers-standaard', version: 1 }, name: 'Techniek' } }), TemplateVersionResponse);
    await ok(await call('/templates/in-use', { method: 'PUT', body: { templateId: copy.templateId } }), { parse: (v: unknown) => v });
    const year = new Date().getUTCFullYear() + 1;
    const round = await ok(
      await call('/rounds', { method: 'POST', body: { name: `Loopbaangesprekken ${year}`, period: { from: `${year}-03-01`, to: `${year}-04-30` }, audience: { kind: 'organisation' } } }),
      RoundResponse,
      201,
    );
    const defaults = await ok(await call('/organisation/reminder-defaults'), ReminderDefaultsResponse);
    await ok(await call('/organisation/reminder-defaults', { method: 'PUT', body: { ...defaults.defaults, checkInCadenceDays: 60 }, ifMatch: defaults.etag }), ReminderDefaultsResponse);

    const log = await ok(await call('/organisation/change-log'), ChangeLogResponse);
    const by = { actorId: fatima.id, actorName: fatima.displayName };
    expect(log.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ...by, kind: 'template-changed', details: { action: 'copied', templateId: copy.templateId, version: 1, basedOn: 'koers-standaard@1' } }),
        expect.objectContaining({ ...by, kind: 'template-changed', details: { action: 'in-use', templateId: copy.templateId, templateIdWas: 'koers-standaard' } }),
        expect.objectContaining({ ...by, kind: 'reminder-defaults-changed', details: { checkInCadenceDays: 60, checkInCadenceDaysWas: defaults.defaults.checkInCadenceDays } }),
      ]),
    );
    const created = log.items.find((e) => e.kind === 'round-changed' && e.details.roundId === round.round.id);
    expect(created).toMatchObject({ ...by, details: { action: 'created', audience: 'organisation', template: 'koers-standaard@1' } });
    const question = copy.questions[0]?.text.nl ?? '';
    expect(question).not.toBe('');
    expect(JSON.stringify(log)).not.toContain(question);
  });
});
