import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { z } from 'zod';
import { packagedFontPath, PDF_FONT_FILES, PDF_FONTS_DIR } from '../../functions/src/pop/pdfFonts';
import { REPO_ROOT } from './paths';

/**
 * The Functions app as Azure runs it: host.json, a package.json whose `main` is the esbuild bundle,
 * the bundle itself and the PDF's two font files beside it. Nothing else: `npm run build -w functions` bundles every dependency except
 * the runtime's own and the local-only embedded Cosmos server, so node_modules is not shipped
 * (Flex Consumption with no remote build would not install it anyway).
 */

export const FUNCTIONS_DIR = path.join(REPO_ROOT, 'functions');
export const FUNCTIONS_ZIP = path.join(FUNCTIONS_DIR, 'build', 'functions.zip');

const WorkspacePackage = z.object({ name: z.string(), version: z.string(), main: z.string() });

/** Same inputs, same bytes: a fixed date for every entry. */
const ZIP_DATE = new Date('2024-01-01T00:00:00Z');

export async function zipFunctionsApp(functionsDir = FUNCTIONS_DIR): Promise<{ zip: Buffer; files: string[] }> {
  const pkg = WorkspacePackage.parse(JSON.parse(readFileSync(path.join(functionsDir, 'package.json'), 'utf8')));
  const bundle = path.join(functionsDir, pkg.main);
  const missing = ['host.json', pkg.main].filter((file) => !existsSync(path.join(functionsDir, file)));
  if (missing.length > 0) {
    throw new Error(`cannot package the Functions app: missing ${missing.join(', ')} in ${path.relative(REPO_ROOT, functionsDir) || '.'} (run \`npm run build\` first)`);
  }
  // The workspace's dependencies are bundled; listing them would only invite an install.
  const runtimePackage = { name: pkg.name, version: pkg.version, private: true, main: pkg.main };
  const zip = new JSZip();
  zip.file('host.json', readFileSync(path.join(functionsDir, 'host.json')), { date: ZIP_DATE });
  zip.file('package.json', `${JSON.stringify(runtimePackage, null, 2)}\n`, { date: ZIP_DATE });
  zip.file(pkg.main.replace(/^\.\//, ''), readFileSync(bundle), { date: ZIP_DATE });
  // The PDF's fonts are read at run time from beside the bundle (functions/src/pop/pdfFonts.ts),
  // with the font licence the OFL asks to travel with them.
  const fontsDir = path.posix.join(path.posix.dirname(pkg.main.replace(/^\.\//, '')), PDF_FONTS_DIR);
  for (const file of Object.values(PDF_FONT_FILES)) zip.file(`${fontsDir}/${path.basename(file)}`, readFileSync(packagedFontPath(file)), { date: ZIP_DATE });
  zip.file(`${fontsDir}/OFL.txt`, readFileSync(packagedFontPath('LICENSE_FONT')), { date: ZIP_DATE });
  const files = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
  return { zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' }), files };
}

export async function writeFunctionsZip(functionsDir = FUNCTIONS_DIR, outFile = FUNCTIONS_ZIP): Promise<string[]> {
  const { zip, files } = await zipFunctionsApp(functionsDir);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, zip);
  return files;
}
