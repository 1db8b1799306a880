import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const root = path.resolve(__dirname, '..');
const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');
const depcruiseBin = path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

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

/** Type-aware lint knows only the files of a tsconfig: the text is linted in the place of one (its content replaced, not written). */
const lintAsDomainFile = (source: string) =>
  importErrors(lint(['--stdin', '--stdin-filename', 'domain/src/index.ts'], source));

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

const Violations = z.object({
  summary: z.object({
    violations: z.array(z.object({ from: z.string(), to: z.string(), rule: z.object({ name: z.string() }) })),
  }),
});
type Violation = { rule: string; from: string; to: string };

/**
 * Runs `npm run deps`'s check (the real .dependency-cruiser.cjs, through the CLI: the tool is ESM,
 * which jest's module system can't import) on a small tree written to a temporary folder, so the
 * real tree is never touched. The folder gets the repo's node_modules, so zod resolves as it does
 * in the real tree.
 */
function cruise(files: Record<string, string>): Violation[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-deps-'));
  try {
    for (const [file, source] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), source);
    }
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true } }));
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const folders = [...new Set(Object.keys(files).map((file) => file.split('/')[0] ?? file))];
    const run = spawnSync(
      process.execPath,
      [depcruiseBin, ...folders, '--config', path.join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'],
      { cwd: dir, encoding: 'utf8' },
    );
    if (!run.stdout) throw new Error(`dependency-cruiser printed nothing:\n${run.stderr}`);
    return Violations.parse(JSON.parse(run.stdout)).summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every import that points the right way: none of these may be reported. */
const inwardTree: Record<string, string> = {
  'domain/src/goal.ts': "import { z } from 'zod';\nexport const Goal = z.string();\n",
  'domain/src/plan.ts': "import type { Goal } from './goal';\nexport const plan = (g: Goal) => g;\n",
  'app/src/setGoal.ts': "import { Goal } from '../../domain/src/goal';\nimport { z } from 'zod';\nexport const setGoal = (g: string) => z.array(Goal).parse([g]);\n",
  'app/src/testing/memoryStore.ts': "import { setGoal } from '../setGoal';\nexport const memoryStore = { setGoal };\n",
  'app/src/setGoal.test.ts': "import { memoryStore } from './testing/memoryStore';\nexport const t = memoryStore;\n",
  'app/src/index.ts': "export { setGoal } from './setGoal';\n",
  'app/src/__tests__/kit.ts': "import { memoryStore } from '../testing/memoryStore';\nexport const kit = memoryStore;\n",
  'contracts/src/route.ts': "import { Goal } from '../../domain/src/goal';\nexport const route = { body: Goal };\n",
  'texts/src/greeting.ts': "import { IntlMessageFormat } from 'intl-messageformat';\nexport const greeting = new IntlMessageFormat('Hoi {name}', 'nl-NL');\n",
  'app/src/greet.ts': "import { greeting } from '../../texts/src/greeting';\nexport const greet = greeting;\n",
  'functions/src/handler.ts':
    "import { setGoal } from '../../app/src/setGoal';\nimport { route } from '../../contracts/src/route';\nexport const handler = [setGoal, route];\n",
  'functions/src/handler.test.ts': "import { memoryStore } from '../../app/src/testing/memoryStore';\nexport const t = memoryStore;\n",
  'bot/src/testing/chat.ts': "import { memoryStore } from '../../../app/src/testing/memoryStore';\nexport const chat = memoryStore;\n",
  'bot/src/card.ts': "import { setGoal } from '../../app/src/setGoal';\nexport const card = setGoal;\n",
  'tabs/src/page.ts': "import { route } from '../../contracts/src/route';\nimport { greeting } from '../../texts/src/greeting';\nexport const page = [route, greeting];\n",
  'scripts/seed.ts': "import { handler } from '../functions/src/handler';\nexport const seed = handler;\n",
  'tests/support/kit.ts': "import { handler } from '../../functions/src/handler';\nimport { seed } from '../../scripts/seed';\nexport const kit = [handler, seed];\n",
};

/** One import the wrong way for each rule, each in a file of its own. */
const wrongWayFiles: Record<string, string> = {
  'domain/src/cycleA.ts': "import type { B } from './cycleB';\nexport interface A { b?: B }\n",
  'domain/src/cycleB.ts': "import type { A } from './cycleA';\nexport interface B { a?: A }\n",
  'domain/src/usesSdk.ts': "import { CosmosClient } from '@azure/cosmos';\nexport const c = CosmosClient;\n",
  'domain/src/readsFiles.ts': "import fs from 'node:fs';\nexport const read = fs.readFileSync;\n",
  'domain/src/reachesOut.ts': "import { handler } from '../../functions/src/handler';\nexport const h = handler;\n",
  'app/src/usesContracts.ts': "import { route } from '../../contracts/src/route';\nexport const r = route;\n",
  'app/src/usesTestKit.ts': "import { memoryStore } from './testing/memoryStore';\nexport const m = memoryStore;\n",
  'functions/src/usesTestKit.ts': "import { memoryStore } from '../../app/src/testing/memoryStore';\nexport const m = memoryStore;\n",
  'contracts/src/usesApp.ts': "import { setGoal } from '../../app/src/setGoal';\nexport const s = setGoal;\n",
  'functions/src/usesTab.ts': "import { page } from '../../tabs/src/page';\nexport const p = page;\n",
  'bot/src/usesTab.ts': "import { page } from '../../tabs/src/page';\nexport const p = page;\n",
  'tabs/src/callsApp.ts': "import { setGoal } from '../../app/src/setGoal';\nexport const s = setGoal;\n",
  'tabs/src/callsFunctions.ts': "import { handler } from '../../functions/src/handler';\nexport const h = handler;\n",
  'scripts/usesTests.ts': "import { kit } from '../tests/support/kit';\nexport const k = kit;\n",
  'domain/src/usesTexts.ts': "import { greeting } from '../../texts/src/greeting';\nexport const g = greeting;\n",
  'texts/src/usesDomain.ts': "import { Goal } from '../../domain/src/goal';\nexport const g = Goal;\n",
  'contracts/src/usesTexts.ts': "import { greeting } from '../../texts/src/greeting';\nexport const g = greeting;\n",
  'domain/src/typo.ts': "import { Goal } from './gaol';\nexport const g = Goal;\n",
};

describe('imports point inward (npm run deps)', () => {
  let wrongWay: Violation[] = [];
  beforeAll(() => {
    wrongWay = cruise({ ...inwardTree, ...wrongWayFiles });
  });
  const reported = (rule: string, from: string) => wrongWay.filter((v) => v.rule === rule && v.from === from);

  it('passes a tree whose imports all point inward, test code using app/src/testing included', () => {
    expect(cruise(inwardTree)).toEqual([]);
  });

  it('fails a cycle made only of type imports', () => {
    const cycles = wrongWay.filter((v) => v.rule === 'no-circular');
    expect(cycles.map((v) => [v.from, v.to].sort())).toEqual([['domain/src/cycleA.ts', 'domain/src/cycleB.ts']]);
  });

  it('fails domain/ importing an SDK, a Node built-in or an adapter', () => {
    expect(reported('domain-is-pure', 'domain/src/usesSdk.ts').map((v) => v.to)).toEqual([expect.stringMatching(/node_modules\/@azure\/cosmos\//)]);
    expect(reported('domain-is-pure', 'domain/src/readsFiles.ts').map((v) => v.to)).toEqual([expect.stringMatching(/fs$/)]);
    expect(reported('domain-is-pure', 'domain/src/reachesOut.ts').map((v) => v.to)).toEqual(['functions/src/handler.ts']);
  });

  it('fails app/ importing anything but the domain, and product code importing the test kit', () => {
    expect(reported('app-uses-only-the-domain', 'app/src/usesContracts.ts')).toHaveLength(1);
    expect(reported('app-testing-is-for-tests', 'app/src/usesTestKit.ts')).toHaveLength(1);
    expect(reported('app-testing-is-for-tests', 'functions/src/usesTestKit.ts')).toHaveLength(1);
  });

  it('fails contracts/ importing app/', () => {
    expect(reported('contracts-use-only-the-domain', 'contracts/src/usesApp.ts')).toHaveLength(1);
  });

  it('fails the domain or the contracts importing the texts, and the texts importing the domain', () => {
    expect(reported('domain-is-pure', 'domain/src/usesTexts.ts').map((v) => v.to)).toEqual(['texts/src/greeting.ts']);
    expect(reported('contracts-use-only-the-domain', 'contracts/src/usesTexts.ts')).toHaveLength(1);
    expect(reported('texts-stand-alone', 'texts/src/usesDomain.ts').map((v) => v.to)).toEqual(['domain/src/goal.ts']);
  });

  it('fails functions/ or bot/ importing the tab, and the tab importing the server', () => {
    expect(reported('server-does-not-use-the-tab', 'functions/src/usesTab.ts')).toHaveLength(1);
    expect(reported('server-does-not-use-the-tab', 'bot/src/usesTab.ts')).toHaveLength(1);
    expect(reported('tab-talks-to-the-server-over-http', 'tabs/src/callsApp.ts')).toHaveLength(1);
    expect(reported('tab-talks-to-the-server-over-http', 'tabs/src/callsFunctions.ts')).toHaveLength(1);
  });

  it('fails anything importing tests/', () => {
    expect(reported('nothing-imports-tests', 'scripts/usesTests.ts').map((v) => v.to)).toEqual(['tests/support/kit.ts']);
  });

  it('fails an import it cannot resolve instead of skipping it', () => {
    expect(reported('resolvable', 'domain/src/typo.ts')).toHaveLength(1);
  });

  it('reports nothing but the wrong-way files', () => {
    expect(wrongWay.filter((v) => !(v.from in wrongWayFiles))).toEqual([]);
  });
});
