import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import {
  followUpDueDates,
  formatCivilDate,
  formatLongDate,
  formatTime,
  goalTrainingDays,
  learningLoad,
  rhythmAgreement,
  type AgreementsPdfInput,
  type AgreementsPdfRenderer,
  type Approval,
  type Locale,
  type PersonSummary,
  type PopGoal,
  type PopRemark,
  type TrainingRightBalance,
} from '@koers/domain';
import { createTranslator, toLocale, type Translate } from '@koers/texts';
import { pdfFontBytes } from './pdfFonts';
import { textForFont, type TextForFont } from './textForFont';

/**
 * "Gemaakte afspraken", the agreements recorded concisely: one A4 page per approved
 * version, whatever its size. The page is fitted in steps, each taken only when the one before
 * does not fit:
 *   1. one line per agreement (label: text) at 10 pt, shrinking to 8 pt;
 *   2. each goal's agreements as one flowing paragraph, 9 pt down to MIN_SIZE (7 pt, still readable);
 *   3. at MIN_SIZE, long parts are cut with an ellipsis, least important first: the explanations
 *      (waarom, wat, hoe, realism note), then the arrangements (resources, guidance, hours, dates, where,
 *      when), then the commitments (actions, criteria, milestones);
 *   4. as a last resort those parts are left out tier by tier, down to title, kind, route,
 *      deadline and acceptance per goal, which always fit (MAX_GOALS × five lines).
 * The header (who, which version) and the signatures (both approval timestamps) are never cut.
 */

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
/** 18 mm: the text runs across the page, clear of what a printer cannot reach. */
const MARGIN = 51;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const GOAL_INDENT = 14;
export const MIN_SIZE = 7;
const AIRY_SIZES = [10, 9.5, 9, 8.5, 8];
const COMPACT_SIZES = [9, 8.5, 8, 7.5, MIN_SIZE];
/** Below this a cut part says too little to be worth its line: the tier is left out instead. */
const MIN_CAP = 24;
const TITLE_MAX_LINES = 3;
const META_MAX_LINES = 2;
const LINE_HEIGHT = 1.25;
const ELLIPSIS = '…';

const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.38, 0.42);
const ACCENT = rgb(0.05, 0.3, 0.38);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

interface Run {
  text: string;
  bold: boolean;
}

interface Paragraph {
  runs: Run[];
  size: number;
  indent: number;
  spaceBefore: number;
  color: RGB;
  maxLines?: number;
}

interface Line {
  runs: Run[];
  size: number;
  indent: number;
  color: RGB;
  /** Distance from the previous line's baseline (or the block's top) to this baseline. */
  advance: number;
}

/** 1 = explanations, cut first; 3 = commitments, cut last. */
type Tier = 1 | 2 | 3;
type Caps = Record<Tier, number>;
const NO_CAPS: Caps = { 1: Infinity, 2: Infinity, 3: Infinity };

interface Segment {
  label: string;
  value: string;
  tier: Tier;
}

interface GoalContent {
  heading: string;
  /** Kind, route (detail cut as tier 2), deadline, acceptance: never left out. */
  meta: { label: string; value: string; detail?: string }[];
  segments: Segment[];
}

// ---------------------------------------------------------------------------------------------
// Text: cutting, measuring, wrapping

/** At most `cap` characters, cut at a word where one is near, ending in "…". */
export function cut(text: string, cap: number): string {
  if (text.length <= cap) return text;
  if (cap <= 1) return ELLIPSIS;
  let head = text.slice(0, cap - 1);
  const space = head.lastIndexOf(' ');
  if (space >= cap * 0.6) head = head.slice(0, space);
  return `${head.replace(/[\s,;:.\-–—]+$/u, '')}${ELLIPSIS}`;
}

const unitWidths = new WeakMap<PDFFont, Map<string, number>>();

/**
 * A text's width, remembered per font at 1 pt (width grows linearly with the size). The fitting
 * below measures the same words at many sizes, and an embedded font lays out every measurement
 * with fontkit: without this a long plan took a minute and a half to fit.
 */
function textWidth(font: PDFFont, text: string, size: number): number {
  let widths = unitWidths.get(font);
  if (!widths) {
    widths = new Map();
    unitWidths.set(font, widths);
  }
  let unit = widths.get(text);
  if (unit === undefined) {
    unit = font.widthOfTextAtSize(text, 1);
    widths.set(text, unit);
  }
  return unit * size;
}

function fontOf(fonts: Fonts, run: Run): PDFFont {
  return run.bold ? fonts.bold : fonts.regular;
}

function widthOf(fonts: Fonts, runs: readonly Run[], size: number): number {
  return runs.reduce((sum, run) => sum + textWidth(fontOf(fonts, run), run.text, size), 0);
}

function pushText(line: Run[], text: string, bold: boolean): void {
  const last = line[line.length - 1];
  if (last && last.bold === bold) last.text += text;
  else line.push({ text, bold });
}

function trimLineEnd(line: Run[]): Run[] {
  const runs = line.map((run) => ({ ...run }));
  while (runs.length > 0) {
    const last = runs[runs.length - 1] as Run;
    last.text = last.text.trimEnd();
    if (last.text !== '') break;
    runs.pop();
  }
  return runs;
}

/** Greedy wrapping of mixed bold/regular runs; a word longer than the line is broken by characters. */
function wrap(fonts: Fonts, runs: readonly Run[], size: number, width: number): Run[][] {
  const lines: Run[][] = [];
  let line: Run[] = [];
  let lineWidth = 0;
  const newLine = (): void => {
    lines.push(trimLineEnd(line));
    line = [];
    lineWidth = 0;
  };
  for (const run of runs) {
    const font = fontOf(fonts, run);
    // Words end at plain spaces only: a no-break space (keepTogether) holds "30 juni 2027" on one line.
    for (const token of run.text.match(/[^ ]+ *| +/gu) ?? []) {
      if (line.length === 0 && token.trim() === '') continue;
      const word = token.trimEnd();
      const wordWidth = textWidth(font, word, size);
      if (lineWidth + wordWidth <= width) {
        pushText(line, token, run.bold);
        lineWidth += textWidth(font, token, size);
        continue;
      }
      if (wordWidth <= width) {
        newLine();
        if (word === '') continue;
        pushText(line, token, run.bold);
        lineWidth = textWidth(font, token, size);
        continue;
      }
      // A word wider than a whole line (a long URL, "WWWW…"): break it where the line is full.
      for (const ch of token) {
        const chWidth = textWidth(font, ch, size);
        if (lineWidth + chWidth > width && line.length > 0) newLine();
        if (line.length === 0 && ch.trim() === '') continue;
        pushText(line, ch, run.bold);
        lineWidth += chWidth;
      }
    }
  }
  if (line.length > 0) newLine();
  return lines.filter((l) => l.length > 0);
}

/** The last line that fits, with "…" appended (shortened until it fits). */
function withEllipsis(fonts: Fonts, line: readonly Run[], size: number, width: number): Run[] {
  const runs = line.map((run) => ({ ...run }));
  for (;;) {
    const last = runs[runs.length - 1];
    if (!last) return [{ text: ELLIPSIS, bold: false }];
    const candidate = [...runs.slice(0, -1), { ...last, text: `${last.text.trimEnd()}${ELLIPSIS}` }];
    if (widthOf(fonts, candidate, size) <= width) return candidate;
    const chars = [...last.text];
    chars.pop();
    if (chars.length === 0) runs.pop();
    else last.text = chars.join('');
  }
}

function layout(fonts: Fonts, paragraphs: readonly Paragraph[]): { lines: Line[]; height: number } {
  const lines: Line[] = [];
  let height = 0;
  for (const p of paragraphs) {
    const width = CONTENT_WIDTH - p.indent;
    let wrapped = wrap(fonts, p.runs, p.size, width);
    if (p.maxLines !== undefined && wrapped.length > p.maxLines) {
      wrapped = [...wrapped.slice(0, p.maxLines - 1), withEllipsis(fonts, wrapped[p.maxLines - 1] ?? [], p.size, width)];
    }
    wrapped.forEach((runs, i) => {
      const advance = p.size * LINE_HEIGHT + (i === 0 ? p.spaceBefore : 0);
      lines.push({ runs, size: p.size, indent: p.indent, color: p.color, advance });
      height += advance;
    });
  }
  return { lines, height };
}

function draw(page: PDFPage, fonts: Fonts, lines: readonly Line[], top: number): number {
  let baseline = top;
  for (const line of lines) {
    baseline -= line.advance;
    let x = MARGIN + line.indent;
    for (const run of line.runs) {
      const font = fontOf(fonts, run);
      page.drawText(run.text, { x, y: baseline, size: line.size, font, color: line.color });
      x += textWidth(font, run.text, line.size);
    }
  }
  return baseline;
}

// ---------------------------------------------------------------------------------------------
// Content: what the page says, in the reader's language

interface Words {
  t: Translate;
  /** For dates and amounts. */
  locale: Locale;
  safe: TextForFont;
}

/** Dates and amounts are not split over two lines. */
function keepTogether(text: string): string {
  return text.replace(/ /g, '\u00A0');
}

function clean(words: Words, text: string): string {
  return words.safe(text).trim();
}

function person(words: Words, p: PersonSummary): string {
  return clean(words, p.jobTitle ? `${p.displayName} (${p.jobTitle})` : p.displayName);
}

/** Hours to one decimal, as they are written ("1,5 uur"); the text chooses "hour" or "hours". */
function roundedHours(value: number): number {
  return Math.round(value * 10) / 10;
}

/** What the linked learning leaves for the employee; while no budget is agreed, it says so. */
function employeeCost(words: Words, goal: PopGoal): string {
  const { employeeCostEuro } = learningLoad(goal);
  const amount = keepTogether(clean(words, new Intl.NumberFormat(words.locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(employeeCostEuro)));
  return goal.middelen.budgetEuro === undefined && employeeCostEuro > 0 ? words.t('agreements.employeeCostNoBudget', { amount }) : amount;
}

/**
 * A Belgian goal's training days, and beside them what is left of the employee's Federale
 * Leerrekening; empty when none of its items says how many days it takes.
 */
function trainingDays(words: Words, goal: PopGoal, right: TrainingRightBalance | undefined): string {
  const days = goalTrainingDays(goal.learning ?? []);
  if (days === undefined) return '';
  const number = (n: number) => new Intl.NumberFormat(words.locale, { maximumFractionDigits: 1 }).format(n);
  const own = words.t('agreements.trainingDaysValue', { days });
  if (!right) return own;
  const balance = words.t('agreements.trainingRight', { year: String(right.year), used: number(right.usedDays), right: number(right.rightDays), left: number(right.leftDays) });
  return `${own}; ${balance}`;
}

function goalContent(words: Words, goal: PopGoal, index: number, right: TrainingRightBalance | undefined): GoalContent {
  const { t, locale } = words;
  const s = (text: string): string => clean(words, text);
  const euro = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

  const meta: GoalContent['meta'] = [
    { label: t('agreements.kind'), value: t(`agreements.kind.${goal.kind}`) },
    { label: t('agreements.route'), value: t(`agreements.route.${goal.route}`), detail: s(goal.routeDetail) || undefined },
  ];
  if (goal.targetFunctionId) meta.push({ label: t('agreements.targetFunction'), value: s(goal.targetFunctionName ?? goal.targetFunctionId) });
  if (goal.deadline) meta.push({ label: t('agreements.deadline'), value: keepTogether(formatCivilDate(goal.deadline, locale)) });
  const { employee, manager } = goal.acceptance;
  const accepted = employee && manager ? 'both' : employee ? 'employee' : manager ? 'manager' : 'none';
  meta.push({ label: t('agreements.acceptance'), value: t('agreements.acceptedBy', { accepted }) });

  const middelen = [
    goal.middelen.budgetEuro !== undefined ? t('agreements.budget', { amount: keepTogether(s(euro.format(goal.middelen.budgetEuro))) }) : '',
    goal.middelen.timeHours !== undefined ? t('agreements.grantedHours', { hours: roundedHours(goal.middelen.timeHours) }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  const middelenText = [middelen, s(goal.middelen.note)].filter(Boolean).join('; ');
  const realism = [t(goal.realism.checked ? 'agreements.realismChecked' : 'agreements.realismNotChecked'), s(goal.realism.note)].filter(Boolean).join(' — ');
  const milestones = goal.milestones.map((m) => (m.due ? `${s(m.title)} (${keepTogether(formatCivilDate(m.due, locale))})` : s(m.title)));

  const learning = (goal.learning ?? []).map((item) => {
    const amount = keepTogether(s(euro.format(item.costEuro)));
    const cost = item.requiredForJob ? t('agreements.learningRequired') : item.fund ? t('agreements.learningCostAfterFund', { amount, fund: s(item.fund) }) : amount;
    const details = [s(item.provider), t('agreements.hours', { hours: roundedHours(item.hours) }), cost].filter(Boolean).join(', ');
    return t('agreements.learningItem', { title: s(item.title), details });
  });
  const segments: Segment[] = [
    { label: t('agreements.waarom'), value: s(goal.waarom ?? ''), tier: 1 },
    { label: t('agreements.learning'), value: learning.join('; '), tier: 3 },
    { label: t('agreements.employeeCost'), value: learning.length > 0 ? employeeCost(words, goal) : '', tier: 2 },
    { label: t('agreements.trainingDays'), value: trainingDays(words, goal, right), tier: 2 },
    { label: t('agreements.actions'), value: goal.actions.map(s).join('; '), tier: 3 },
    { label: t('agreements.successCriteria'), value: goal.successCriteria.map(s).join('; '), tier: 3 },
    { label: t('agreements.milestones'), value: milestones.join('; '), tier: 3 },
    { label: t('agreements.wat'), value: s(goal.wat), tier: 1 },
    { label: t('agreements.hoe'), value: s(goal.hoe), tier: 1 },
    { label: t('agreements.wanneer'), value: s(goal.wanneer), tier: 2 },
    { label: t('agreements.waar'), value: s(goal.waar), tier: 2 },
    { label: t('agreements.middelen'), value: middelenText, tier: 2 },
    { label: t('agreements.begeleiding'), value: s(goal.begeleiding.name), tier: 2 },
    { label: t('agreements.inzet'), value: goal.inzetHours !== undefined ? t('agreements.hours', { hours: roundedHours(goal.inzetHours) }) : '', tier: 2 },
    { label: t('agreements.voortgangsgesprekken'), value: goal.voortgangsgesprekken.map((d) => keepTogether(formatCivilDate(d, locale))).join(', '), tier: 2 },
    { label: t('agreements.realism'), value: realism, tier: 1 },
  ].filter((segment): segment is Segment => segment.value !== '');

  return { heading: `${index + 1}. ${s(goal.title)}`, meta, segments };
}

function capped(segment: { value: string; tier: Tier }, caps: Caps): string | undefined {
  const cap = caps[segment.tier];
  if (cap === 0) return undefined;
  return cut(segment.value, cap);
}

type Mode = 'airy' | 'compact';

function goalParagraphs(goals: readonly GoalContent[], mode: Mode, size: number, caps: Caps): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const goal of goals) {
    paragraphs.push({ runs: [{ text: goal.heading, bold: true }], size: size + 1, indent: 0, spaceBefore: size * 0.7, color: ACCENT, maxLines: TITLE_MAX_LINES });
    const meta: Run[] = [];
    goal.meta.forEach((m, i) => {
      const detail = m.detail ? capped({ value: m.detail, tier: 2 }, caps) : undefined;
      meta.push({ text: `${i === 0 ? '' : ' · '}${m.label}: `, bold: true }, { text: detail ? `${m.value} (${detail})` : m.value, bold: false });
    });
    paragraphs.push({ runs: meta, size, indent: GOAL_INDENT, spaceBefore: 0, color: MUTED, maxLines: META_MAX_LINES });
    const parts = goal.segments.flatMap((segment) => {
      const value = capped(segment, caps);
      return value === undefined ? [] : [{ label: segment.label, value }];
    });
    if (mode === 'airy') {
      for (const part of parts) {
        paragraphs.push({ runs: [{ text: `${part.label}: `, bold: true }, { text: part.value, bold: false }], size, indent: GOAL_INDENT, spaceBefore: 0, color: INK });
      }
    } else if (parts.length > 0) {
      const runs = parts.flatMap((part, i): Run[] => [{ text: `${i === 0 ? '' : ' · '}${part.label}: `, bold: true }, { text: part.value, bold: false }]);
      paragraphs.push({ runs, size, indent: GOAL_INDENT, spaceBefore: 0, color: INK });
    }
  }
  return paragraphs;
}

/** The first candidate that fits: shrink, then flow, then cut (least important first), then leave out. */
function fitGoals(fonts: Fonts, goals: readonly GoalContent[], available: number): Line[] {
  const attempt = (mode: Mode, size: number, caps: Caps): Line[] | undefined => {
    const { lines, height } = layout(fonts, goalParagraphs(goals, mode, size, caps));
    return height <= available ? lines : undefined;
  };
  for (const size of AIRY_SIZES) {
    const lines = attempt('airy', size, NO_CAPS);
    if (lines) return lines;
  }
  for (const size of COMPACT_SIZES) {
    const lines = attempt('compact', size, NO_CAPS);
    if (lines) return lines;
  }
  const longest = Math.max(MIN_CAP, ...goals.flatMap((g) => [...g.segments.map((s) => s.value.length), ...g.meta.map((m) => m.detail?.length ?? 0)]));
  const caps: Caps = { ...NO_CAPS };
  for (const tier of [1, 2, 3] as const) {
    // The largest cap for this tier that fits, by bisection (fitting only gets easier as a cap falls).
    let low = MIN_CAP;
    let high = longest;
    if (!attempt('compact', MIN_SIZE, { ...caps, [tier]: low })) {
      caps[tier] = MIN_CAP;
      continue;
    }
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (attempt('compact', MIN_SIZE, { ...caps, [tier]: mid })) low = mid;
      else high = mid - 1;
    }
    caps[tier] = low;
    return attempt('compact', MIN_SIZE, caps) as Line[];
  }
  for (const tier of [1, 2, 3] as const) {
    caps[tier] = 0;
    const lines = attempt('compact', MIN_SIZE, caps);
    if (lines) return lines;
  }
  // Only titles and meta are left: MAX_GOALS × (TITLE_MAX_LINES + META_MAX_LINES) lines fit at MIN_SIZE.
  return layout(fonts, goalParagraphs(goals, 'compact', MIN_SIZE, caps)).lines;
}

/**
 * The agreed follow-up rhythm and its dates, as they stood when this version was agreed (a later
 * version with another rhythm does not change this page). Empty when the version has no rhythm.
 */
function followUpParagraphs(words: Words, input: AgreementsPdfInput): Paragraph[] {
  const { rhythm } = input.version;
  if (!rhythm) return [];
  const { t } = words;
  const upToThis = { ...input.pop, versions: input.pop.versions.filter((v) => v.number <= input.version.number) };
  const agreement = rhythmAgreement(upToThis, input.timeZone);
  const dates = agreement ? followUpDueDates(agreement.rhythm, agreement.agreedOn) : [];
  const summary = t('agreements.followUps.summary', { count: rhythm.count, months: rhythm.intervalMonths });
  const when = dates.length > 0 ? `. ${t('agreements.followUps.dates', { dates: dates.map((d) => keepTogether(formatCivilDate(d, words.locale))).join(', ') })}` : '';
  return [
    { runs: [{ text: t('agreements.followUps.title'), bold: true }], size: 10.5, indent: 0, spaceBefore: 12, color: ACCENT, maxLines: 1 },
    { runs: [{ text: `${summary}${when}.`, bold: false }], size: 9.5, indent: 0, spaceBefore: 2, color: INK, maxLines: 3 },
  ];
}

/**
 * The employee's own remark on this version, under the signatures and never cut: it is their view
 * beside what both agreed, so it travels whole (2,000 characters fit in the lines allowed).
 */
function remarkParagraphs(words: Words, remark: PopRemark | undefined, employee: PersonSummary, timeZone: string): Paragraph[] {
  if (!remark) return [];
  const values = { name: clean(words, employee.displayName), date: formatLongDate(remark.at, timeZone, words.locale), text: clean(words, remark.text) };
  const text = remark.changedAt ? words.t('agreements.remarkChanged', { ...values, changed: formatLongDate(remark.changedAt, timeZone, words.locale) }) : words.t('agreements.remark', values);
  return [{ runs: [{ text, bold: false }], size: 9.5, indent: 0, spaceBefore: 6, color: INK, maxLines: 30 }];
}

function signatureLine(words: Words, who: PersonSummary, approval: Approval | undefined, timeZone: string): string {
  const name = clean(words, who.displayName);
  if (!approval) return words.t('agreements.notApproved', { name });
  return words.t('agreements.approvedBy', { name, date: formatLongDate(approval.at, timeZone, words.locale), time: formatTime(approval.at, timeZone) });
}

export const renderAgreementsPdf: AgreementsPdfRenderer = async (input: AgreementsPdfInput): Promise<Uint8Array> => {
  const locale = toLocale(input.locale);
  const t = createTranslator(locale);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const bytes = await pdfFontBytes();
  // Whole fonts, not subsets: @pdf-lib/fontkit writes Noto Sans subsets whose glyph offsets are
  // wrong, so MuPDF, Poppler, pdf.js and Chromium drew most letters as nothing while the text
  // layer still read right. Whole, the PDF is about 650 kB (the fonts compressed).
  const fonts: Fonts = { regular: await doc.embedFont(bytes.regular, { subset: false }), bold: await doc.embedFont(bytes.bold, { subset: false }) };
  // A text may be drawn in either: only what both have is kept.
  const bold = new Set(fonts.bold.getCharacterSet());
  const words: Words = { t, locale, safe: textForFont(new Set(fonts.regular.getCharacterSet().filter((cp) => bold.has(cp)))) };
  const { version, employee, manager, timeZone } = input;

  // Metadata is UTF-16 in the PDF: the names keep every character there.
  doc.setTitle(t('agreements.documentTitle', { name: employee.displayName, version: version.number }), { showInWindowTitleBar: true });
  doc.setAuthor(input.organisationName);
  doc.setSubject(t('agreements.title'));
  doc.setLanguage(input.locale);
  doc.setCreator('Koers');
  doc.setProducer('Koers');
  doc.setCreationDate(new Date(input.generatedAt));
  doc.setModificationDate(new Date(input.generatedAt));

  const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  const approvals = [version.approvals.employee?.at, version.approvals.manager?.at].filter((at): at is string => at !== undefined).sort();
  const agreedAt = approvals.length === 2 ? (approvals[1] as string) : version.createdAt;

  const header = layout(fonts, [
    { runs: [{ text: t('agreements.title'), bold: true }], size: 18, indent: 0, spaceBefore: 0, color: ACCENT, maxLines: 1 },
    { runs: [{ text: clean(words, input.organisationName), bold: true }], size: 10.5, indent: 0, spaceBefore: 3, color: INK, maxLines: 2 },
    { runs: [{ text: `${t('agreements.employee')}: `, bold: true }, { text: person(words, employee), bold: false }], size: 9.5, indent: 0, spaceBefore: 4, color: INK, maxLines: 2 },
    { runs: [{ text: `${t('agreements.manager')}: `, bold: true }, { text: person(words, manager), bold: false }], size: 9.5, indent: 0, spaceBefore: 0, color: INK, maxLines: 2 },
    { runs: [{ text: t('agreements.version', { version: version.number, date: formatLongDate(agreedAt, timeZone, locale) }), bold: false }], size: 9.5, indent: 0, spaceBefore: 0, color: INK, maxLines: 1 },
  ]);
  // Never cut, like the signatures: at most six dates on a few lines.
  const followUps = layout(fonts, followUpParagraphs(words, input));
  const signatures = layout(fonts, [
    { runs: [{ text: t('agreements.signatures'), bold: true }], size: 10.5, indent: 0, spaceBefore: 14, color: ACCENT, maxLines: 1 },
    { runs: [{ text: signatureLine(words, employee, version.approvals.employee, timeZone), bold: false }], size: 9.5, indent: 0, spaceBefore: 2, color: INK, maxLines: 2 },
    { runs: [{ text: signatureLine(words, manager, version.approvals.manager, timeZone), bold: false }], size: 9.5, indent: 0, spaceBefore: 0, color: INK, maxLines: 2 },
    ...remarkParagraphs(words, input.pop.remarks?.find((r) => r.version === version.number), employee, timeZone),
  ]);
  const footer = layout(fonts, [
    { runs: [{ text: t('agreements.generatedAt', { date: formatLongDate(input.generatedAt, timeZone, locale), time: formatTime(input.generatedAt, timeZone) }), bold: false }], size: 7.5, indent: 0, spaceBefore: 0, color: MUTED, maxLines: 1 },
  ]);

  const top = PAGE_HEIGHT - MARGIN;
  const rule = 8;
  const footerTop = MARGIN + footer.height;
  const available = top - footerTop - header.height - rule - followUps.height - signatures.height - 6;

  const goals = version.goals.map((goal, i) => goalContent(words, goal, i, input.trainingRight));
  const goalLines = goals.length > 0 ? fitGoals(fonts, goals, available) : layout(fonts, [{ runs: [{ text: t('agreements.noGoals'), bold: false }], size: 10, indent: 0, spaceBefore: 8, color: INK }]).lines;

  let y = draw(page, fonts, header.lines, top);
  y -= rule / 2;
  page.drawLine({ start: { x: MARGIN, y }, end: { x: PAGE_WIDTH - MARGIN, y }, thickness: 0.6, color: MUTED });
  y -= rule / 2 - 2;
  y = draw(page, fonts, goalLines, y);
  y = draw(page, fonts, followUps.lines, y);
  draw(page, fonts, signatures.lines, y);
  draw(page, fonts, footer.lines, footerTop);
  return doc.save();
};
