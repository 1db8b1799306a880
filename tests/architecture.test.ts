import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';

const root = path.resolve(__dirname, '..');
const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');

const LintResults = z.array(
  z.object({ filePath: z.string(), messages: z.array(z.object({ ruleId: z.string().nullable(), message: z.string() })) }),
);

/** ESLint's flat config is ESM, which jest's module system can't import: run the real CLI. */
function lint(args: string[], stdin?: string): z.infer<typeof LintResults> {
  const run = spawnSync(process.execPath, [eslintBin, '--format', 'json', ...args], { cwd: root, input: stdin, encoding: 'utf8' });
  return LintResults.parse(JSON.parse(run.stdout));
}

function importErrors(results: z.infer<typeof LintResults>): string[] {
  return results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
}

const lintAsDomainFile = (source: string) =>
  importErrors(lint(['--stdin', '--stdin-filename', 'domain/src/example.ts'], source));

describe('the domain stays free of infrastructure', () => {
  it('refuses an SDK import in domain/', () => {
    const errors = lintAsDomainFile("import { CosmosClient } from '@azure/cosmos';\nexport const c = CosmosClient;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/domain\/ is pure/);
  });

  it('refuses Node built-ins and reaching into functions/', () => {
    const errors = lintAsDomainFile(
      "import fs from 'node:fs';\nimport { x } from '../../functions/src/config';\nexport const y = [fs, x];\n",
    );
    expect(errors).toHaveLength(2);
  });

  it('allows zod and sibling domain files', () => {
    const errors = lintAsDomainFile("import { z } from 'zod';\nimport { Guid } from './people';\nexport const s = z.object({ id: Guid });\n");
    expect(errors).toEqual([]);
  });

  it('finds no forbidden import in the real domain folder', () => {
    const results = lint(['domain/src']);
    expect(results.length).toBeGreaterThan(5);
    expect(importErrors(results)).toEqual([]);
  });
});
