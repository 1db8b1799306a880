/**
 * A PDF font draws only the characters it has glyphs for: pdf-lib throws on others with the
 * standard fonts, and draws an empty box with an embedded one. Names and goals come from people,
 * so every text is made drawable here, one character at a time, keeping as much as a reader needs:
 *  - what the font has stays as it is, after NFC (a decomposed "e + ́" is "é"). With Noto Sans
 *    (pdfFonts.ts) that is every Latin, Greek and Cyrillic letter: "Gülşen Yılmaz", "Łódź", "Иван";
 *  - a letter with a mark the font lacks loses the mark (with a font of WinAnsi only, as
 *    Helvetica: "Yılmaz" → "Yilmaz", "Gülşen" → "Gülsen", "Łódź" → "Lódz");
 *  - common symbols it lacks get a plain spelling: "≤" → "<=", "→" → "->";
 *  - emoji are decoration and are left out; a letter of a script the font lacks becomes "?" so a
 *    reader sees something was there (a CJK name is "???", never an empty name);
 *  - line breaks, tabs and other white space become one space (the PDF wraps text itself).
 */

const SPELLED: Record<string, string> = {
  ı: 'i',
  İ: 'I',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ŀ: 'l',
  Ŀ: 'L',
  ŋ: 'ng',
  Ŋ: 'Ng',
  ĸ: 'k',
  ſ: 's',
  ə: 'e',
  Ə: 'E',
  '≤': '<=',
  '≥': '>=',
  '≠': '!=',
  '≈': '~',
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '—',
  '′': "'",
  '″': '"',
  '✓': 'v',
  '✔': 'v',
  '✗': 'x',
  '✘': 'x',
  '№': 'nr.',
  '⁄': '/',
  '∕': '/',
};

/** Joiners and selectors that only shape an emoji or a script; they carry no text of their own. */
const INVISIBLE_RANGES: readonly [number, number][] = [
  [0x200b, 0x200d], // zero-width space and (non-)joiners
  [0x2060, 0x2060], // word joiner
  [0xfeff, 0xfeff], // byte order mark
  [0xfe00, 0xfe0f], // variation selectors (emoji or text style)
  [0x20e3, 0x20e3], // keycap
  [0x1f3fb, 0x1f3ff], // skin tones
  [0xe0020, 0xe007f], // tag characters (flags of regions)
];

function invisible(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return INVISIBLE_RANGES.some(([from, to]) => cp >= from && cp <= to);
}
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;
const CONTROL = /\p{Cc}|\p{Cf}|\p{Co}|\p{Cs}/u;

export type TextForFont = (text: string) => string;

/** A sanitiser for the code points a font has (`PDFFont.getCharacterSet()`). */
export function textForFont(supported: ReadonlySet<number>): TextForFont {
  const encodable = (text: string): boolean => [...text].every((ch) => supported.has(ch.codePointAt(0) ?? -1));
  const cache = new Map<string, string>();
  const replace = (ch: string): string => {
    if (/\s/u.test(ch)) return ' ';
    if (encodable(ch)) return ch;
    const spelled = SPELLED[ch];
    if (spelled !== undefined && encodable(spelled)) return spelled;
    if (invisible(ch) || PICTOGRAPHIC.test(ch) || CONTROL.test(ch) || MARK.test(ch)) return '';
    const base = ch.normalize('NFKD').replace(MARKS, '');
    if (base !== '' && base !== ch && encodable(base)) return base;
    return '?';
  };
  return (text: string): string => {
    let out = '';
    for (const ch of text.normalize('NFC')) {
      let safe = cache.get(ch);
      if (safe === undefined) {
        safe = replace(ch);
        cache.set(ch, safe);
      }
      out += safe;
    }
    return out.replace(/ {2,}/g, ' ');
  };
}
