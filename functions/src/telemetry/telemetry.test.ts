import { SeverityNumber } from '@opentelemetry/api-logs';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { InvocationContext } from '@azure/functions';
import { ManagedIdentityCredential } from '@azure/identity';
import { useAzureMonitor } from '@azure/monitor-opentelemetry';
import { consoleStyle, createAppLogger, createLogger, fromConsoleArgs, hostLogger, redactingContext, redactText, safeFields, startTelemetry, type LogRecord } from './index';
import { RedactingLogRecordProcessor, RedactingSpanProcessor } from './processors';

// Never the real SDK in a test: it patches http for the whole process.
jest.mock('@azure/monitor-opentelemetry', () => ({ useAzureMonitor: jest.fn() }));

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl';

describe('redaction', () => {
  it('removes email addresses, tokens and query strings from text', () => {
    expect(redactText('no person sanne@hendriks.example in tenant 6f1c2a7e-0000-4000-8000-000000000001')).toBe(
      'no person [email] in tenant 6f1c2a7e-0000-4000-8000-000000000001',
    );
    expect(redactText(`Authorization: Bearer ${JWT}`)).toBe('Authorization: [token]');
    expect(redactText(`token ${JWT} refused`)).toBe('token [token] refused');
    expect(redactText('GET https://graph.microsoft.com/v1.0/users?$filter=mail eq x')).toBe('GET https://graph.microsoft.com/v1.0/users?[query] eq x');
    expect(redactText('GET /api/people?email=kees')).toBe('GET /api/people?[query]');
  });

  it('keeps only the allowed field names and scalar values', () => {
    expect(
      safeFields({ tenantId: 't', oid: 'o', status: 404, displayName: 'Sanne Bakker', email: 'sanne@hendriks.example', text: 'help', reason: 'for kees@hendriks.example', route: { nested: true } }),
    ).toEqual({ tenantId: 't', oid: 'o', status: 404, reason: 'for [email]' });
  });

  it('prints console-style arguments without the objects among them, and an error as name, message and frames', () => {
    const error = new Error('no person with mail noor@hendriks.example');
    const { message, fields } = fromConsoleArgs(['Bot turn failed:', { from: { name: 'Noor Visser' } }, 42, error]);
    expect(message).toBe('Bot turn failed: [object] 42');
    expect(fields.errorName).toBe('Error');
    expect(fields.errorMessage).toBe('no person with mail noor@hendriks.example');
    expect(String(fields.errorStack)).toMatch(/^at /);
  });
});

describe('the structured logger', () => {
  const records: LogRecord[] = [];
  const now = () => new Date('2026-03-02T08:00:00.000Z');
  beforeEach(() => records.splice(0));

  it('writes level, time, message and safe fields, redacted, above its level only', () => {
    const logger = createLogger((r) => records.push(r), { level: 'info', now }).child({ component: 'test' });
    logger.debug('not shown');
    logger.warn('Token refused (expired)', { tenantId: '6f1c2a7e-0000-4000-8000-000000000001', reason: 'expired' });
    logger.error('lookup failed for daan@hendriks.example', { errorMessage: `bad ${JWT}` });
    expect(records).toEqual([
      { level: 'warn', time: '2026-03-02T08:00:00.000Z', message: 'Token refused (expired)', component: 'test', tenantId: '6f1c2a7e-0000-4000-8000-000000000001', reason: 'expired' },
      { level: 'error', time: '2026-03-02T08:00:00.000Z', message: 'lookup failed for [email]', component: 'test', errorMessage: 'bad [token]' },
    ]);
  });

  it('takes the Functions levels and console-style calls', () => {
    const logger = createLogger((r) => records.push(r), { level: 'debug', now });
    const host = hostLogger(logger);
    host('trace', 'dropped');
    host('information', '[me]', 'ok');
    host('warning', '[me]', 'Token refused (bad-audience)');
    host('critical', '[me]', new TypeError('boom'));
    consoleStyle(logger).error('Could not tell the user about the failure:', { activity: { text: 'privé' } });
    expect(records.map((r) => `${r.level} ${r.message}`)).toEqual([
      'info [me] ok',
      'warn [me] Token refused (bad-audience)',
      'error [me]',
      'error Could not tell the user about the failure: [object]',
    ]);
    expect(records[2]?.errorName).toBe('TypeError');
  });
});

describe('the Functions context handed to handlers in Azure', () => {
  it('passes the host one redacted line per call, and is otherwise the runtime\'s context', () => {
    const lines: { level: string; args: unknown[] }[] = [];
    const runtime = new InvocationContext({ invocationId: 'inv-1', functionName: 'me', logHandler: (level, ...args) => lines.push({ level, args }) });
    const context = redactingContext(runtime);
    context.error('Unhandled error in', context.functionName, new Error('no person ahmed@hendriks.example'));
    context.warn('Bot adapter answered', 500, { activity: { from: { name: 'Ahmed Yilmaz' } } });
    context.log('plain');
    expect(context.invocationId).toBe('inv-1');
    expect(lines.map((l) => l.level)).toEqual(['error', 'warning', 'information']);
    expect(lines[0]?.args[0]).toBe('Unhandled error in me');
    expect(JSON.parse(String(lines[0]?.args[1]))).toMatchObject({ errorName: 'Error', errorMessage: 'no person [email]' });
    expect(lines[1]?.args).toEqual(['Bot adapter answered 500 [object]']);
    expect(JSON.stringify(lines)).not.toMatch(/Ahmed|ahmed@/);
  });
});

describe('the OpenTelemetry processors', () => {
  it('export no end-user attribute, credential header or query string of a span', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new RedactingSpanProcessor(), new SimpleSpanProcessor(exporter)] });
    const span = provider.getTracer('test').startSpan('GET /api/people/{id}');
    span.setAttributes({
      'enduser.id': 'sanne@hendriks.example',
      'user.email': 'sanne@hendriks.example',
      'http.request.header.authorization': [`Bearer ${JWT}`],
      'url.full': 'https://func.example/api/people/0a00?email=sanne@hendriks.example',
      'url.query': 'email=sanne@hendriks.example',
      'client.address': '192.0.2.10',
      'http.response.status_code': 200,
      'db.query.text': 'SELECT * FROM c WHERE c.emailKey = @email',
      'koers.note': 'mail from kees@hendriks.example',
    });
    span.addEvent('retry', { 'enduser.id': 'x', reason: 'throttled' });
    span.end();
    await provider.forceFlush();
    const [exported] = exporter.getFinishedSpans();
    expect(exported?.attributes).toEqual({
      'url.full': 'https://func.example/api/people/0a00?[query]',
      'http.response.status_code': 200,
      'db.query.text': 'SELECT * FROM c WHERE c.emailKey = @email',
      'koers.note': 'mail from [email]',
    });
    expect(exported?.events[0]?.attributes).toEqual({ reason: 'throttled' });
  });

  it('export log records with their body and attributes redacted', async () => {
    const exporter = new InMemoryLogRecordExporter();
    const provider = new LoggerProvider({ processors: [new RedactingLogRecordProcessor(), new SimpleLogRecordProcessor(exporter)] });
    provider.getLogger('test').emit({
      severityNumber: SeverityNumber.WARN,
      body: 'no person lotte@peeters.example',
      attributes: { 'enduser.id': 'lotte', tenantId: '6f1c2a7e-0000-4000-8000-000000000002' },
    });
    await provider.forceFlush();
    const [record] = exporter.getFinishedLogRecords();
    expect(record?.body).toBe('no person [email]');
    expect(record?.attributes).toEqual({ tenantId: '6f1c2a7e-0000-4000-8000-000000000002' });
  });
});

describe('startTelemetry', () => {
  const useAzureMonitorMock = useAzureMonitor as jest.MockedFunction<typeof useAzureMonitor>;

  it('does nothing locally (no connection string)', async () => {
    await startTelemetry({});
    await startTelemetry({ APPLICATIONINSIGHTS_CONNECTION_STRING: '  ' });
    expect(useAzureMonitorMock).not.toHaveBeenCalled();
  });

  it('a failing Azure Monitor start leaves the app a working logger, and is tried again next time', async () => {
    useAzureMonitorMock.mockImplementation(() => {
      throw new Error('exporter refused');
    });
    const env = { APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-4000-8000-000000000000' };
    const written = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await expect(startTelemetry(env)).rejects.toThrow('exporter refused');
      (await createAppLogger(env)).warn('still here');
      expect(String(written.mock.calls.at(-1)?.[0])).toContain('"message":"still here"');
      // Not cached as failed: createAppLogger tried once more.
      expect(useAzureMonitorMock).toHaveBeenCalledTimes(2);
    } finally {
      written.mockRestore();
      useAzureMonitorMock.mockReset();
    }
  });

  it('in Azure starts Azure Monitor once, with the managed identity and the redacting processors', async () => {
    const env = { APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-4000-8000-000000000000', AZURE_CLIENT_ID: '0b5a7c3e-1d2f-4a6b-8c9d-000000000a01' };
    await startTelemetry(env);
    await startTelemetry(env);
    expect(useAzureMonitorMock).toHaveBeenCalledTimes(1);
    const options = useAzureMonitorMock.mock.calls[0]?.[0];
    expect(options?.azureMonitorExporterOptions?.connectionString).toBe(env.APPLICATIONINSIGHTS_CONNECTION_STRING);
    expect(options?.azureMonitorExporterOptions?.credential).toBeInstanceOf(ManagedIdentityCredential);
    expect(options?.spanProcessors?.[0]).toBeInstanceOf(RedactingSpanProcessor);
    expect(options?.logRecordProcessors?.[0]).toBeInstanceOf(RedactingLogRecordProcessor);
  });

});
