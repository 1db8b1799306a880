import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The fonts of the "Gemaakte afspraken" PDF: Noto Sans regular and bold (SIL Open Font License
 * 1.1, from @expo-google-fonts/noto-sans), embedded whole (see agreementsPdf.ts). Unlike the standard PDF fonts
 * (WinAnsi only) they draw every Latin, Greek and Cyrillic letter, so "Gülşen Yılmaz" and
 * "Łukasz" keep their names on the document both sign.
 *
 * Where the files are: beside the bundle in the deployed Functions app (the package step puts
 * them in `dist/fonts/`, see scripts/lib/functionsPackage.ts), else in the npm package.
 */

export const PDF_FONT_PACKAGE = '@expo-google-fonts/noto-sans';
export const PDF_FONT_FILES = { regular: '400Regular/NotoSans_400Regular.ttf', bold: '700Bold/NotoSans_700Bold.ttf' } as const;
/** Folder beside the bundle that the package step fills. */
export const PDF_FONTS_DIR = 'fonts';

export interface PdfFontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** The font file in the npm package (for the package step, and for local runs and tests). */
export function packagedFontPath(file: string): string {
  return path.join(path.dirname(require.resolve(`${PDF_FONT_PACKAGE}/package.json`)), file);
}

function fontPath(file: string): string {
  const beside = path.join(__dirname, PDF_FONTS_DIR, path.basename(file));
  return existsSync(beside) ? beside : packagedFontPath(file);
}

async function load(): Promise<PdfFontBytes> {
  const [regular, bold] = await Promise.all([readFile(fontPath(PDF_FONT_FILES.regular)), readFile(fontPath(PDF_FONT_FILES.bold))]);
  return { regular, bold };
}

let loading: Promise<PdfFontBytes> | undefined;

/** Read once per process (about 1.3 MB); a failed read is tried again on the next call. */
export function pdfFontBytes(): Promise<PdfFontBytes> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
