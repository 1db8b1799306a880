/**
 * Child process of ./pdfText.ts: reads a PDF from stdin and writes what pdf.js reads from it as one
 * JSON line on stdout. A child, because pdf.js 5 is ES modules only and jest runs CommonJS; plain
 * JavaScript, because starting tsx would cost more than reading the PDF. pdfText.ts checks the shape.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = new Uint8Array(Buffer.concat(chunks));

// verbosity 0: errors only, so pdf.js' warnings (standard font data) stay off stdout.
const doc = await getDocument({ data, verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items = content.items
    .filter((item) => 'str' in item)
    .map((item) => {
      const [, , c, d, e, f] = item.transform;
      return { str: item.str, hasEOL: item.hasEOL, fontSize: Math.hypot(c, d), x: e, y: f };
    });
  pages.push({ width: viewport.width, height: viewport.height, items });
}
const { info } = await doc.getMetadata();
process.stdout.write(`${JSON.stringify({ pageCount: doc.numPages, pages, info })}\n`);
await doc.destroy();
