import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import JSZip from 'jszip';
import { zipFunctionsApp } from '../scripts/lib/functionsPackage';
import { REPO_ROOT } from '../scripts/lib/paths';

/**
 * The deployed Functions app has no node_modules: the PDF's fonts must be found beside the bundle.
 * A bundle of the font loader is packaged exactly as the deploy packages the app, unpacked into an
 * empty folder, and run there.
 */
describe('the PDF fonts in the deployed Functions app', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'koers-fonts-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('are read from beside the bundle, where the package step puts them', async () => {
    const functionsDir = path.join(work, 'functions');
    mkdirSync(path.join(functionsDir, 'dist'), { recursive: true });
    writeFileSync(path.join(functionsDir, 'host.json'), readFileSync(path.join(REPO_ROOT, 'functions/host.json')));
    writeFileSync(path.join(functionsDir, 'package.json'), JSON.stringify({ name: '@koers/functions', version: '0.1.0', main: 'dist/index.js' }));
    const entry = path.join(work, 'entry.ts');
    writeFileSync(
      entry,
      `import { pdfFontBytes } from ${JSON.stringify(path.join(REPO_ROOT, 'functions/src/pop/pdfFonts'))};\n` +
        'pdfFontBytes().then((b) => console.log(JSON.stringify({ regular: b.regular.length, bold: b.bold.length })));\n',
    );
    await build({ entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', outfile: path.join(functionsDir, 'dist/index.js'), logLevel: 'silent' });

    const { zip } = await zipFunctionsApp(functionsDir);
    const deployed = path.join(work, 'wwwroot');
    const files = await JSZip.loadAsync(zip);
    for (const [name, file] of Object.entries(files.files)) {
      if (file.dir) continue;
      mkdirSync(path.dirname(path.join(deployed, name)), { recursive: true });
      writeFileSync(path.join(deployed, name), await file.async('nodebuffer'));
    }

    const { stdout } = await promisify(execFile)(process.execPath, ['dist/index.js'], { cwd: deployed });
    const sizes = JSON.parse(stdout) as { regular: number; bold: number };
    expect(sizes.regular).toBeGreaterThan(100_000);
    expect(sizes.bold).toBeGreaterThan(100_000);
  });
});
