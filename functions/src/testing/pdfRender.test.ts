import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { pdfFontBytes } from '../pop/pdfFonts';
import { reads, seePdf } from './pdfRender';

/** One line of Noto Sans on an A4 page, the font embedded whole or as @pdf-lib/fontkit's subset. */
async function onePage(text: string, subset: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont((await pdfFontBytes()).regular, { subset });
  doc.addPage([595.28, 841.89]).drawText(text, { x: 51, y: 780, size: 12, font });
  return doc.save();
}

jest.setTimeout(60_000);

describe('a PDF drawn and read as a person sees it', () => {
  it('reads back what the page shows, diacritics included', async () => {
    const page = await seePdf(await onePage('Gülşen Łukasz ontmoet Émile bij de reünie', false), 'whole-font');
    expect(reads(page, 'gülşen łukasz ONTMOET émile bij de reünie')).toBe(true);
    expect(reads(page, 'Gulsen Lukasz')).toBe(false);
  });

  it('fails a PDF whose text layer is right but whose font MuPDF cannot draw', async () => {
    await expect(seePdf(await onePage('Gülşen Łukasz ontmoet Émile bij de reünie', true), 'broken-subset')).rejects.toThrow(/MuPDF: .*invalid outline/);
  });
});
