import { readFileSync } from 'node:fs';
import { apiSecurityHeaders, staticWebAppConfig, tabSecurityHeaders, TEAMS_FRAME_ANCESTORS } from '@koers/contracts';
import { renderStaticWebAppConfig, STATIC_WEB_APP_CONFIG_PATH } from '../scripts/staticwebapp-config';

/** One directive of a Content-Security-Policy, as its list of sources. */
function directive(csp: string | undefined, name: string): string[] | undefined {
  const found = (csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name);
  return found?.slice(1);
}

describe('the security headers of the tab and the API', () => {
  it('ships the Static Web Apps config generated from the one header module (npx tsx scripts/staticwebapp-config.ts)', () => {
    expect(readFileSync(STATIC_WEB_APP_CONFIG_PATH, 'utf8')).toBe(renderStaticWebAppConfig());
    expect(JSON.parse(readFileSync(STATIC_WEB_APP_CONFIG_PATH, 'utf8'))).toEqual(staticWebAppConfig());
  });

  it('lets the tab run only its own scripts, never inline ones or eval, locally and in Azure', () => {
    for (const mode of ['local', 'azure'] as const) {
      const scripts = directive(tabSecurityHeaders({ mode })['Content-Security-Policy'], 'script-src');
      expect(scripts).toEqual(["'self'"]);
    }
    const dev = directive(tabSecurityHeaders({ mode: 'local', scriptNonce: 'abc' })['Content-Security-Policy'], 'script-src');
    expect(dev).toEqual(["'self'", "'nonce-abc'"]);
  });

  it('lets only Teams, Microsoft 365 and Outlook frame the tab', () => {
    const ancestors = directive(staticWebAppConfig().globalHeaders['Content-Security-Policy'], 'frame-ancestors');
    expect(ancestors).toEqual([...TEAMS_FRAME_ANCESTORS]);
    expect(ancestors).toEqual(expect.arrayContaining(['https://teams.microsoft.com', 'https://*.teams.microsoft.com', 'https://*.cloud.microsoft', 'https://outlook.office.com']));
    expect(ancestors?.every((host) => host.startsWith('https://'))).toBe(true);
  });

  it('sends nosniff and a referrer policy everywhere, and HSTS only from Azure (always HTTPS)', () => {
    const sets = [tabSecurityHeaders({ mode: 'azure' }), tabSecurityHeaders({ mode: 'local' }), apiSecurityHeaders('azure'), apiSecurityHeaders('local')];
    for (const headers of sets) {
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Referrer-Policy']).toBeTruthy();
    }
    expect(staticWebAppConfig().globalHeaders['Strict-Transport-Security']).toMatch(/max-age=\d{8}/);
    expect(apiSecurityHeaders('azure')['Strict-Transport-Security']).toMatch(/max-age=\d{8}/);
    expect(tabSecurityHeaders({ mode: 'local' })['Strict-Transport-Security']).toBeUndefined();
    expect(apiSecurityHeaders('local')['Strict-Transport-Security']).toBeUndefined();
  });

  it("lets the API's answers be framed by nobody and load nothing", () => {
    expect(directive(apiSecurityHeaders('azure')['Content-Security-Policy'], 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(apiSecurityHeaders('azure')['Content-Security-Policy'], 'default-src')).toEqual(["'none'"]);
  });
});
