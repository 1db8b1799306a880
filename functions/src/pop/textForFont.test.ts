import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { pdfFontBytes } from './pdfFonts';
import { textForFont, type TextForFont } from './textForFont';

let helvetica: PDFFont;
let safe: TextForFont;
let noto: PDFFont;
let forNoto: TextForFont;

beforeAll(async () => {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  helvetica = await doc.embedFont(StandardFonts.Helvetica);
  safe = textForFont(new Set(helvetica.getCharacterSet()));
  noto = await doc.embedFont((await pdfFontBytes()).regular, { subset: true });
  forNoto = textForFont(new Set(noto.getCharacterSet()));
});

/** Every assigned plane: the BMP, the supplementary ones (emoji, historic scripts, CJK extensions), tags and private use. */
function everyCharacter(sanitise: TextForFont): string {
  const ranges: [number, number][] = [[0, 0xd7ff], [0xe000, 0x3ffff], [0xe0000, 0xe01ff], [0xf0000, 0xf00ff], [0x10ff00, 0x10ffff]];
  let all = '';
  for (const [from, to] of ranges) for (let cp = from; cp <= to; cp++) all += sanitise(String.fromCodePoint(cp));
  return all;
}

describe('texts for the PDF\'s own font (Noto Sans)', () => {
  it.each([
    ['Turkish, Polish and Czech names keep every letter', 'Gülşen Yılmaz, İstanbul, Łukasz Wiśniewski, Dvořák', 'Gülşen Yılmaz, İstanbul, Łukasz Wiśniewski, Dvořák'],
    ['Greek and Cyrillic stay', 'Νίκος Иван', 'Νίκος Иван'],
    ['Dutch diacritics, the euro and quotes stay', 'Chloë, reünie € 1.500 — “goed”', 'Chloë, reünie € 1.500 — “goed”'],
    ['a script the font lacks still shows as "?", emoji are still left out', '研修 👍🏽 ok', '?? ok'],
  ])('%s', (_name, input, expected) => expect(forNoto(input)).toBe(expected));

  it('leaves nothing the font cannot draw', () => {
    const drawable = new Set(noto.getCharacterSet());
    const missing = [...new Set(everyCharacter(forNoto))].filter((ch) => !drawable.has(ch.codePointAt(0) ?? -1));
    expect(missing).toEqual([]);
  });
});

describe('texts for a standard PDF font (WinAnsi only, as Helvetica)', () => {
  it.each([
    ['Dutch and Flemish diacritics stay', 'Chloë, Zoë, ideeën, reünie, café, naïef, coördinatie, één', 'Chloë, Zoë, ideeën, reünie, café, naïef, coördinatie, één'],
    ['a decomposed é (as macOS may send it) stays é', 'e\u0301e\u0308n', 'éën'],
    ['the euro sign and typographic quotes stay', '€ 1.500 — “goed” ‘zo’ …', '€ 1.500 — “goed” ‘zo’ …'],
    ['Turkish letters lose the mark the font lacks', 'Gülşen Yılmaz, İstanbul, Ağaoğlu', 'Gülsen Yilmaz, Istanbul, Agaoglu'],
    ['Polish and Czech letters too', 'Łukasz Wiśniewski, Dvořák, Żaneta', 'Lukasz Wisniewski, Dvorák, Zaneta'],
    ['symbols get a plain spelling', '≤ 10, ≥ 2, a → b, 3 − 1', '<= 10, >= 2, a -> b, 3 - 1'],
    ['ligatures and full-width letters are unfolded', 'ﬁets Ａ１', 'fiets A1'],
    ['emoji are left out, with their joiners and skin tones', 'Top 👍🏽 team 👨‍👩‍👧 🇳🇱!', 'Top team !'],
    ['letters of another script show as "?"', '研修 Иван', '?? ????'],
    ['line breaks and tabs become single spaces', 'een\r\ntwee\tdrie\u00a0vier', 'een twee drie vier'],
  ])('%s', (_name, input, expected) => expect(safe(input)).toBe(expected));

  it('makes every Unicode character encodable, so no name or goal can make the PDF fail', () => {
    const all = everyCharacter(safe);
    expect(() => helvetica.widthOfTextAtSize(all, 10)).not.toThrow();
  });
});
