import { buildOpenApiDocument } from './api/openapi';
import { routeDefinitions } from './composition';

const names = (mode: 'local' | 'azure') => routeDefinitions(mode).map((r) => r.name);

describe('the route table of each mode', () => {
  it('lists the API, the bot endpoint and the OpenAPI document in both modes', () => {
    for (const mode of ['local', 'azure'] as const) {
      expect(names(mode)).toEqual(expect.arrayContaining(['health', 'me', 'person', 'conversations', 'messages', 'openapi']));
    }
  });

  it('has the dev issuer routes in local mode only — in azure mode they are not registered at all', () => {
    expect(names('local')).toEqual(expect.arrayContaining(['devJwks', 'devToken', 'devPersonas', 'devClock', 'devSetClock', 'devRunReminders']));
    expect(names('azure').filter((n) => n.startsWith('dev'))).toEqual([]);
    expect(routeDefinitions('azure').filter((r) => r.route.startsWith('dev/'))).toEqual([]);
  });

  it('has the local clock and the on-demand reminder run in local mode only', () => {
    const routes = (mode: 'local' | 'azure') => routeDefinitions(mode).map((r) => `${r.methods.join(',')} ${r.route}`);
    expect(routes('local')).toEqual(expect.arrayContaining(['GET dev/clock', 'POST dev/clock', 'POST dev/reminders/run']));
    expect(routes('azure').filter((r) => r.includes('clock') || r.includes('reminders/run'))).toEqual([]);
  });

  it('documents the dev routes in local mode only', () => {
    const local = buildOpenApiDocument(routeDefinitions('local')) as { paths: Record<string, unknown> };
    const azure = buildOpenApiDocument(routeDefinitions('azure')) as { paths: Record<string, unknown> };
    expect(Object.keys(local.paths)).toContain('/dev/token');
    expect(Object.keys(azure.paths).filter((p) => p.startsWith('/dev'))).toEqual([]);
  });

  it('gives every function a unique name and every route a document entry', () => {
    const routes = routeDefinitions('local');
    expect(new Set(routes.map((r) => r.name)).size).toBe(routes.length);
    expect(routes.filter((r) => !r.contract).map((r) => r.name)).toEqual([]);
  });
});
