import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * For tests: a PDF's first page as a person sees it. A PDF's text layer can be perfect while the
 * page shows empty boxes or nothing (a broken embedded font does exactly that), so the page is
 * drawn by two independent renderers, each must draw it without complaint, and what the drawing
 * says is read back with OCR:
 *  - MuPDF (`mutool draw`) draws it; it reports a glyph it cannot draw on stderr
 *    ("FT_Load_Glyph … invalid outline");
 *  - Poppler (`pdftoppm`) draws it; it reports broken fonts and syntax errors on stderr;
 *  - Tesseract reads Poppler's drawing, with where each line is on the page. It reads with the
 *    Latin-script model: the Dutch and English ones have no ı, ş, ł or Ć among the letters they
 *    can answer, so "Yılmaz" would come back as "Yilmaz" however well it is drawn. At 300 dpi it
 *    reads every letter of the sample names; at 150 dpi it misread "Ć" and missed whole words.
 * The tools are Debian packages that `scripts/test-tools.sh` installs.
 *
 * Set KOERS_PDF_RENDERS to a folder to keep the drawings there (`<name>.png`), to look at them.
 */

/** MuPDF's drawing is only checked for complaints; Poppler's is read, so it is drawn finer. */
const MUPDF_DPI = 150;
const DPI = 300;
const MM_PER_INCH = 25.4;

/**
 * Lines the renderers print that say nothing about the document: Debian's MuPDF is built without
 * colour management and says so, and `mutool draw` names each page it draws. Any other line fails.
 */
const HARMLESS = [/^warning: ICC support is not available$/, /^page \S+ 1$/];

export interface SeenLine {
  text: string;
  /** Where the line's ink is, in millimetres from the page's top-left corner. */
  left: number;
  right: number;
  top: number;
}

export interface SeenPage {
  /** What OCR read, line by line as it reads them. */
  lines: SeenLine[];
  /** All lines, one space between words. */
  text: string;
  /** The page, in millimetres. */
  width: number;
  height: number;
}

class RenderError extends Error {}

interface Run {
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new RenderError(`${command} is not installed: run \`bash scripts/test-tools.sh\``));
      } else if (error) {
        reject(new RenderError(`${command} failed (${error.message.split('\n')[0]}): ${stderr.slice(0, 2000)}`));
      } else resolve({ stdout, stderr });
    });
  });
}

function complaints(stderr: string): string[] {
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !HARMLESS.some((harmless) => harmless.test(line)));
}

/** Tesseract's TSV: one row per word, with its block, paragraph and line and its box in pixels. */
function linesOf(tsv: string): SeenLine[] {
  const mm = (px: number): number => (px / DPI) * MM_PER_INCH;
  const lines = new Map<string, { words: string[]; left: number; right: number; top: number }>();
  for (const row of tsv.split('\n').slice(1)) {
    // level, page, block, paragraph, line, word, left, top, width, height, confidence, text
    const cells = row.split('\t');
    const word = (cells[11] ?? '').trim();
    if (cells[0] !== '5' || word === '') continue;
    const at = (i: number): number => Number(cells[i]);
    const key = `${at(2)}.${at(3)}.${at(4)}`;
    const [left, top, right] = [at(6), at(7), at(6) + at(8)];
    const seen = lines.get(key);
    if (seen) {
      seen.words.push(word);
      seen.left = Math.min(seen.left, left);
      seen.right = Math.max(seen.right, right);
      seen.top = Math.min(seen.top, top);
    } else lines.set(key, { words: [word], left, right, top });
  }
  return [...lines.values()].map((l) => ({ text: l.words.join(' ').normalize('NFC'), left: mm(l.left), right: mm(l.right), top: mm(l.top) }));
}

/**
 * Draws page 1 with MuPDF and Poppler, fails if either reports anything, and reads Poppler's
 * drawing back with OCR. `name` names the kept drawing (see KOERS_PDF_RENDERS).
 */
export async function seePdf(pdf: Uint8Array, name: string): Promise<SeenPage> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'koers-pdf-render-'));
  try {
    const file = path.join(work, 'document.pdf');
    await writeFile(file, pdf);

    const mupdf = await run('mutool', ['draw', '-F', 'png', '-r', String(MUPDF_DPI), '-o', path.join(work, 'mupdf.png'), file, '1']);
    const poppler = await run('pdftoppm', ['-png', '-r', String(DPI), '-f', '1', '-l', '1', '-singlefile', file, path.join(work, 'poppler')]);
    const reported = [...complaints(mupdf.stderr).map((line) => `MuPDF: ${line}`), ...complaints(poppler.stderr).map((line) => `Poppler: ${line}`)];
    if (reported.length > 0) {
      const shown = reported.slice(0, 20).join('\n');
      throw new RenderError(`The PDF does not render cleanly (${reported.length} complaints):\n${shown}`);
    }

    const png = path.join(work, 'poppler.png');
    const keep = process.env.KOERS_PDF_RENDERS;
    if (keep) {
      await mkdir(keep, { recursive: true });
      await copyFile(png, path.join(keep, `${name}.png`));
    }
    // One thread: the test machine's cores are shared by the test workers.
    const ocr = await run('tesseract', [png, '-', '-l', 'Latin', '--dpi', String(DPI), 'tsv'], { OMP_THREAD_LIMIT: '1' });
    const header = (await readFile(png)).subarray(16, 24);
    const lines = linesOf(ocr.stdout);
    return {
      lines,
      text: lines.map((line) => line.text).join(' '),
      width: (header.readUInt32BE(0) / DPI) * MM_PER_INCH,
      height: (header.readUInt32BE(4) / DPI) * MM_PER_INCH,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Case and white space as OCR may vary them; every letter, diacritics included, must be the same. */
function comparable(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nl').replace(/\s+/gu, '');
}

/** Whether OCR read `expected` on the page, tolerant only of case and white space. */
export function reads(page: SeenPage, expected: string): boolean {
  return comparable(page.text).includes(comparable(expected));
}

/** The expected texts OCR did not read on the page (to assert an empty list, which names what is missing). */
export function unread(page: SeenPage, expected: readonly string[]): string[] {
  return expected.filter((text) => !reads(page, text));
}
