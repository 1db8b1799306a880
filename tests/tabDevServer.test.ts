import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * The tab's dev server (npm start) reads only the tab's own files: not the local data folder
 * beside it, where every stored record and the dev issuer's signing key live.
 */
const repoRoot = path.resolve(__dirname, '..');
const run = promisify(execFile);

describe('the tab dev server of npm start', () => {
  it('serves the tab but not the local data folder or other files of the checkout', async () => {
    const data = mkdtempSync(path.join(repoRoot, '.koers-data-test-'));
    try {
      writeFileSync(path.join(data, 'dev-issuer.json'), '{"d":"secret"}');
      const secret = `/@fs${data}/dev-issuer.json`;
      const checkout = `/@fs${repoRoot}/package.json`;
      const { stdout } = await run(path.join(repoRoot, 'node_modules/.bin/tsx'), [path.join(__dirname, 'support/tabDevServerProbe.ts'), data, '/src/main.tsx', secret, checkout], { cwd: repoRoot, timeout: 60_000 });
      const statuses = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;
      expect(statuses).toEqual({ '/src/main.tsx': 200, [secret]: 403, [checkout]: 403 });
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  }, 90_000);
});
