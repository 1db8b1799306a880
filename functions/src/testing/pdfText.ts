import { spawn } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';

/**
 * For tests: the text of a PDF as a real reader (Mozilla's pdf.js) extracts it — to assert what a
 * person sees in a downloaded or rendered PDF. Runs pdf.js in a child Node process (./pdfTextChild.mjs).
 */

const ChildOutput = z.object({
  pageCount: z.number().int(),
  pages: z.array(
    z.object({
      width: z.number(),
      height: z.number(),
      items: z.array(z.object({ str: z.string(), hasEOL: z.boolean(), fontSize: z.number(), x: z.number(), y: z.number() })),
    }),
  ),
  info: z.record(z.string(), z.unknown()),
});

export interface PdfTextItem {
  str: string;
  /** The rendered size in points. */
  fontSize: number;
  x: number;
  y: number;
}

export interface PdfPage {
  /** In points (A4 portrait is 595 × 842). */
  width: number;
  height: number;
  /** The page's text, lines as pdf.js breaks them. */
  text: string;
  items: PdfTextItem[];
}

export interface PdfText {
  pageCount: number;
  pages: PdfPage[];
  /** All pages, every run of white space (line breaks of wrapped text too) as one space: for `toContain`. */
  flatText: string;
  /** The document information: Title, Author, Language, … as pdf.js reports them. */
  title?: string;
  author?: string;
  language?: string;
}

const CHILD = path.join(__dirname, 'pdfTextChild.mjs');
const REPO_ROOT = path.resolve(__dirname, '../../..');

export async function extractPdfText(pdf: Uint8Array): Promise<PdfText> {
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`pdf.js could not read the PDF (exit ${code}): ${Buffer.concat(err).toString('utf8').slice(0, 2000)}`));
    });
    child.stdin.end(Buffer.from(pdf));
  });
  const lastLine = stdout.trim().split('\n').pop() ?? '';
  const output = ChildOutput.parse(JSON.parse(lastLine));
  const pages = output.pages.map((page) => ({
    width: page.width,
    height: page.height,
    text: page.items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''),
    items: page.items.filter((item) => item.str.trim() !== '').map(({ str, fontSize, x, y }) => ({ str, fontSize, x, y })),
  }));
  const text = (key: string): string | undefined => {
    const value = output.info[key];
    return typeof value === 'string' ? value : undefined;
  };
  return {
    pageCount: output.pageCount,
    pages,
    flatText: pages.map((page) => page.text).join(' ').replace(/\s+/g, ' ').trim(),
    title: text('Title'),
    author: text('Author'),
    language: text('Language'),
  };
}
