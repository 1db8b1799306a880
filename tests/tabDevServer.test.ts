import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * The tab's dev server (npm start) reads only the tab's own files: not the local data folder
 * beside it, where every stored record and the dev issuer's signing key live. Its pages carry
 * the tab's security headers.
 */
const repoRoot = path.resolve(__dirname, '..');
const run = promisify(execFile);

describe('the tab dev server of npm start', () => {
  it('serves the tab with its security headers, but not the local data folder or other files of the checkout', async () => {
    const data = mkdtempSync(path.join(repoRoot, '.koers-data-test-'));
    try {
      writeFileSync(path.join(data, 'dev-issuer.json'), '{"d":"secret"}');
      const secret = `/@fs${data}/dev-issuer.json`;
      const checkout = `/@fs${repoRoot}/package.json`;
      const { stdout } = await run(path.join(repoRoot, 'node_modules/.bin/tsx'), [path.join(__dirname, 'support/tabDevServerProbe.ts'), data, '/src/main.tsx', secret, checkout], { cwd: repoRoot, timeout: 60_000 });
      const probe = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { statuses: Record<string, number>; headers: Record<string, string | null>; inlineScripts: string[] };
      expect(probe.statuses).toEqual({ '/src/main.tsx': 200, [secret]: 403, [checkout]: 403 });

      // The same headers as in Azure; the one inline script of the dev page runs by its nonce.
      const csp = probe.headers['content-security-policy'] ?? '';
      expect(csp).toContain('frame-ancestors https://teams.microsoft.com');
      const scripts = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scripts).not.toContain('unsafe-inline');
      const nonce = /'nonce-([^']+)'/.exec(scripts)?.[1];
      expect(probe.inlineScripts.length).toBeGreaterThan(0);
      for (const attributes of probe.inlineScripts) expect(attributes).toContain(`nonce="${nonce}"`);
      expect(probe.headers['x-content-type-options']).toBe('nosniff');
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  }, 90_000);
});
