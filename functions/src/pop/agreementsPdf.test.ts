import { MAX_GOALS, type AgreementsPdfInput, type PopGoalInput } from '@koers/domain';
import { seePdf, unread, type SeenPage } from '../testing/pdfRender';
import { extractPdfText, type PdfText } from '../testing/pdfText';
import { AHMED, AN, JEROEN, WOUT, ahmedGoals, approvedInput, maximalGoals } from './__tests__/agreementsFixtures';
import { MIN_SIZE, renderAgreementsPdf } from './agreementsPdf';

interface Rendered extends PdfText {
  /** The page as MuPDF and Poppler draw it (both without complaint), read back with OCR. */
  seen: SeenPage;
}

// Drawing and reading a page takes seconds: tests that look at the same plan share one drawing.
const drawings = new Map<string, Promise<Rendered>>();

/** Every PDF a test makes is read as text and drawn: a PDF that does not draw cleanly fails the test. */
function rendered(input: AgreementsPdfInput): Promise<Rendered> {
  const key = JSON.stringify(input);
  let drawing = drawings.get(key);
  if (!drawing) {
    const test = (expect.getState().currentTestName ?? 'pdf').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
    const name = `${String(drawings.size + 1).padStart(2, '0')}-${test}`;
    drawing = renderAgreementsPdf(input).then(async (bytes) => {
      const [text, seen] = await Promise.all([extractPdfText(bytes), seePdf(bytes, name)]);
      return { ...text, seen };
    });
    drawings.set(key, drawing);
  }
  return drawing;
}

function expectAllIn(text: string, expected: readonly string[]): void {
  for (const part of expected) expect(text).toContain(part);
}

/** What a reader sees on the drawn page: every expected text, letter for letter (case and spacing aside). */
function expectSeen(page: SeenPage, expected: readonly string[]): void {
  expect(unread(page, expected)).toEqual([]);
}

function fontSizes(pdf: PdfText): number[] {
  return pdf.pages.flatMap((page) => page.items.map((item) => item.fontSize));
}

// Each PDF is drawn twice and read with OCR: a few seconds a page, more on a busy machine.
jest.setTimeout(60_000);

describe('the "Gemaakte afspraken" PDF', () => {
  it('records Ahmed\'s approved plan on one A4 page: who, which version, every agreement, both signatures', async () => {
    const pdf = await rendered(approvedInput({ goals: ahmedGoals }));

    expect(pdf.pageCount).toBe(1);
    expect(pdf.pages[0]).toMatchObject({ width: 595.28, height: 841.89 });
    const text = pdf.flatText;
    expectAllIn(text, [
      'Gemaakte afspraken',
      'Installatiebedrijf Hendriks B.V.',
      'Medewerker: Ahmed Yilmaz (Werkvoorbereider)',
      'Leidinggevende: Jeroen Hendriks (Directeur)',
      'Versie 1, vastgesteld op 8 december 2026',
      '1. Zelfstandig offertes voor zorginstellingen opstellen',
      '2. BIM-modellen lezen en controleren',
      'Soort: Verbreden in de eigen functie',
      'Route: Meelopen (met Linda de Wit bij offertegesprekken)',
      'Soort: Verdiepen in de eigen functie',
      'Route: Opleiding (Basiscursus Revit MEP)',
      'Deadline: 30 juni 2027',
      'Akkoord: medewerker en leidinggevende',
      'Acties: Drie keer meelopen bij een offertegesprek; Twee offertes zelf schrijven, Linda leest mee',
      'Succescriteria: In juni 2027 heb ik twee offertes zelfstandig verstuurd, zonder correcties goedgekeurd',
      'Mijlpalen: Eerste offerte verstuurd (1 maart 2027)',
      'Wat: Offertes voor installaties in zorginstellingen',
      'Hoe: Eerst meelopen, daarna zelf schrijven met feedback',
      'Wanneer: Vanaf januari, op dinsdagmiddag',
      'Waar: Kantoor Eindhoven en bij de klant',
      'Middelen: budget € 1.500, 40 uur werktijd; Cursus calculeren bij de brancheorganisatie',
      'Begeleiding: Linda de Wit',
      'Eigen inzet: 60 uur',
      'Voortgangsgesprekken: 15 februari 2027, 15 mei 2027',
      'Haalbaarheid: besproken — Past naast het project Zuiderpark, vier uur per week',
      'Twee controles zonder hulp uitgevoerd vóór oktober 2027',
      // The signatures: both approval timestamps in Amsterdam time (UTC+1 in December).
      'Goedgekeurd door Ahmed Yilmaz op 8 december 2026 om 10:12',
      'Goedgekeurd door Jeroen Hendriks op 8 december 2026 om 14:40',
      'Gemaakt op 9 december 2026 om 08:05 met Koers',
    ]);
    // A short plan is not shrunk: its agreements are at the full 10 pt.
    expect(Math.min(...fontSizes(pdf))).toBeGreaterThanOrEqual(7.5);
    expect(pdf.pages[0]?.items.find((item) => item.str.startsWith('Drie keer meelopen'))?.fontSize).toBe(10);
    expect(text).not.toContain('…');
  });

  it('shows Ahmed\'s plan of three goals on the drawn page: names, every goal, the dates, the signatures', async () => {
    const { seen } = await rendered(approvedInput({ goals: ahmedGoals }));

    expect(ahmedGoals.length).toBeGreaterThanOrEqual(3);
    expectSeen(seen, [
      'Gemaakte afspraken',
      'Medewerker: Ahmed Yilmaz (Werkvoorbereider)',
      'Leidinggevende: Jeroen Hendriks (Directeur)',
      'Versie 1, vastgesteld op 8 december 2026',
      ...ahmedGoals.map((goal, i) => `${i + 1}. ${goal.title}`),
      'Deadline: 30 juni 2027',
      '1 oktober 2027',
      'Deadline: 15 december 2027',
      'Mijlpalen: Eerste offerte verstuurd (1 maart 2027)',
      'Voortgangsgesprekken: 15 februari 2027, 15 mei 2027',
      'Twee controles zonder hulp uitgevoerd vóór oktober 2027',
      'Goedgekeurd door Ahmed Yilmaz op 8 december 2026 om 10:12',
      'Goedgekeurd door Jeroen Hendriks op 8 december 2026 om 14:40',
      'Gemaakt op 9 december 2026 om 08:05 met Koers',
    ]);
  });

  it('uses the width of the A4 page: 18 mm margins, the long lines running across to the right margin', async () => {
    const { seen } = await rendered(approvedInput({ goals: ahmedGoals }));

    expect(seen.width).toBeCloseTo(210, 0);
    expect(seen.height).toBeCloseTo(297, 0);
    const left = Math.min(...seen.lines.map((line) => line.left));
    const right = Math.max(...seen.lines.map((line) => line.right));
    expect(left).toBeGreaterThan(16);
    expect(left).toBeLessThan(21);
    // A line is wrapped only where it meets the right margin: the widest lines end within 2 cm of it.
    expect(right).toBeGreaterThan(210 - 18 - 20);
    expect(right).toBeLessThan(210 - 16);
    expect(Math.min(...seen.lines.map((line) => line.top))).toBeLessThan(25);
  });

  it('carries title, author (the organisation) and language in its metadata, names intact', async () => {
    const pdf = await rendered(approvedInput({ goals: ahmedGoals, employee: { ...AHMED, displayName: 'Ahmet Yılmaz' } }));
    expect(pdf.title).toBe('Gemaakte afspraken — Ahmet Yılmaz, versie 1');
    expect(pdf.author).toBe('Installatiebedrijf Hendriks B.V.');
    expect(pdf.language).toBe('nl-NL');
  });

  it('speaks English to an English organisation, on the same clock', async () => {
    const pdf = await rendered(approvedInput({ goals: ahmedGoals, locale: 'en-GB' }));
    const text = pdf.flatText;
    expectAllIn(text, [
      'Agreements made',
      'Employee: Ahmed Yilmaz',
      'Manager: Jeroen Hendriks',
      'Version 1, agreed on 8 December 2026',
      'Kind: Broadening in the current job',
      'Route: Shadowing',
      'Kind: Deepening in the current job',
      'Route: Training',
      'Deadline: 30 June 2027',
      'Agreed by: employee and manager',
      'Resources: budget €1,500, 40 hours of working time',
      'Progress reviews: 15 February 2027, 15 May 2027',
      'Own effort: 60 hours',
      'Feasibility: discussed',
      'Approved by Ahmed Yilmaz on 8 December 2026 at 10:12',
      'Approved by Jeroen Hendriks on 8 December 2026 at 14:40',
      'Generated on 9 December 2026 at 08:05 by Koers',
    ]);
    expect(text).not.toContain('Gemaakte afspraken');
    expect(pdf.title).toBe('Agreements made — Ahmed Yilmaz, version 1');
    expect(pdf.language).toBe('en-GB');
    expectSeen(pdf.seen, [
      'Agreements made',
      'Employee: Ahmed Yilmaz (Werkvoorbereider)',
      'Manager: Jeroen Hendriks (Directeur)',
      'Version 1, agreed on 8 December 2026',
      ...ahmedGoals.map((goal, i) => `${i + 1}. ${goal.title}`),
      'Deadline: 30 June 2027',
      'Progress reviews: 15 February 2027, 15 May 2027',
      'Approved by Ahmed Yilmaz on 8 December 2026 at 10:12',
      'Approved by Jeroen Hendriks on 8 December 2026 at 14:40',
    ]);
  });

  it('lists the agreed vervolggesprekken and their dates, counted from the day both approved', async () => {
    const pdf = await rendered(approvedInput({ goals: ahmedGoals, rhythm: { count: 2, intervalMonths: 3 } }));
    // Agreed on 8 December 2026: the first one interval later, the second one more.
    expectAllIn(pdf.flatText, ['Vervolggesprekken', '2 vervolggesprekken, om de 3 maanden. Rond 8 maart 2027, 8 juni 2027.']);
    expectSeen(pdf.seen, ['Vervolggesprekken', '2 vervolggesprekken, om de 3 maanden. Rond 8 maart 2027, 8 juni 2027.', 'Goedgekeurd door Jeroen Hendriks op 8 december 2026 om 14:40']);
  });

  it('lists the follow-up conversations in English for an English reader', async () => {
    const pdf = await rendered(approvedInput({ goals: ahmedGoals, locale: 'en-GB', rhythm: { count: 3, intervalMonths: 1, firstDate: '2027-01-31' } }));
    expectSeen(pdf.seen, ['Follow-up conversations', '3 follow-up conversations, every month. Around 31 January 2027, 28 February 2027, 31 March 2027.']);
  });

  it('says "1 hour" for a single hour and rounds hours to one decimal', async () => {
    const [first] = ahmedGoals;
    const goals: PopGoalInput[] = [{ ...(first as PopGoalInput), middelen: { ...first?.middelen, timeHours: 1 }, inzetHours: 2.54 }];
    const english = (await rendered(approvedInput({ goals, locale: 'en-GB' }))).flatText;
    expect(english).toContain('1 hour of working time');
    expect(english).toContain('Own effort: 2.5 hours');
    expect((await rendered(approvedInput({ goals }))).flatText).toContain('Eigen inzet: 2,5 uur');
  });

  it("uses Flemish wording in a Flemish organisation (Drukkerij Peeters, Brussels time), with the goal's training days against the Federale Leerrekening", async () => {
    const learning = [
      { id: 'kleurbeheer-iso', title: 'Kleurbeheer', provider: 'Vormingsfonds', hours: 14, costEuro: 300, requiredForJob: false, trainingDays: 2 },
      { id: 'prepress-basis', title: 'Prepress', provider: 'Leerplatform', hours: 12, costEuro: 250, requiredForJob: false, trainingDays: 1.5 },
    ];
    const goals: PopGoalInput[] = [{ ...(ahmedGoals[0] as PopGoalInput), acceptance: { employee: true, manager: false }, learning }];
    const trainingRight = { year: 2026, rightDays: 5, usedDays: 2, leftDays: 3 };
    const pdf = await rendered({ ...approvedInput({ goals, employee: WOUT, manager: AN, organisation: 'peeters' }), trainingRight });
    const text = pdf.flatText;
    expectAllIn(text, [
      'Opleidingsdagen: 3,5 dagen; Federale leerrekening 2026: 2 van 5 dagen gebruikt, 3 over',
      'Drukkerij Peeters BV',
      'Opvolgingsgesprekken: 15 februari 2027, 15 mei 2027',
      'Akkoord: enkel de medewerker',
      'Goedgekeurd door Wout Claes op 8 december 2026 om 10:12',
      'Goedgekeurd door An Peeters op 8 december 2026 om 14:40',
    ]);
    expect(text).not.toContain('Voortgangsgesprekken');
    expect(pdf.language).toBe('nl-BE');
    expectSeen(pdf.seen, [
      'Drukkerij Peeters BV',
      `Medewerker: ${WOUT.displayName}`,
      `Leidinggevende: ${AN.displayName}`,
      `1. ${goals[0]?.title}`,
      'Deadline: 30 juni 2027',
      'Opvolgingsgesprekken: 15 februari 2027, 15 mei 2027',
      'Akkoord: enkel de medewerker',
      'Goedgekeurd door Wout Claes op 8 december 2026 om 10:12',
      'Goedgekeurd door An Peeters op 8 december 2026 om 14:40',
      'Opleidingsdagen: 3,5 dagen',
      'Federale leerrekening 2026: 2 van 5 dagen gebruikt, 3 over',
    ]);
  });

  it('shrinks the type before it cuts anything: five goals with long explanations are complete, just smaller', async () => {
    const hoe = 'Zo gaan we het doen, stap voor stap, met een korte terugblik na elke stap. '.repeat(8).trim();
    const goals = [0, 1, 2, 3, 4].map((i): PopGoalInput => ({ ...(ahmedGoals[i % 2] as PopGoalInput), id: `g${i}`, title: `Doel ${i + 1}: ${ahmedGoals[i % 2]?.title}`, hoe }));
    const pdf = await rendered(approvedInput({ goals }));

    expect(pdf.pageCount).toBe(1);
    expect(pdf.flatText).not.toContain('…');
    expect(pdf.flatText.split(`Hoe: ${hoe}`)).toHaveLength(6);
    const sizes = fontSizes(pdf);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_SIZE);
    expect(pdf.pages[0]?.items.find((item) => item.str.startsWith('Drie keer meelopen'))?.fontSize).toBeLessThan(10);
    expectSeen(pdf.seen, [...goals.map((goal, i) => `${i + 1}. ${goal.title}`), 'Goedgekeurd door Jeroen Hendriks op 8 december 2026 om 14:40']);
  });

  it(`keeps a plan of ${MAX_GOALS} goals with every field at its limit on one page, readable, cutting with an ellipsis`, async () => {
    const pdf = await rendered(approvedInput({ goals: maximalGoals() }));

    expect(pdf.pageCount).toBe(1);
    const text = pdf.flatText;
    for (let g = 1; g <= MAX_GOALS; g++) expect(text).toContain(`${g}. Doelmarker${g} ideeën reünie café`);
    // What is never cut: the kind, route, deadline and acceptance of each goal, and both signatures.
    expect(text.match(/Soort: Doorgroeien/g)).toHaveLength(MAX_GOALS);
    expect(text.match(/Deadline: 31 december 2028/g)).toHaveLength(MAX_GOALS);
    expect(text.match(/Akkoord: medewerker en leidinggevende/g)).toHaveLength(MAX_GOALS);
    expectAllIn(text, [
      'Goedgekeurd door Ahmed Yilmaz op 8 december 2026 om 10:12',
      'Goedgekeurd door Jeroen Hendriks op 8 december 2026 om 14:40',
      'Gemaakt op 9 december 2026 om 08:05 met Koers',
    ]);
    // The commitments are still there, cut short; no text is smaller than the readable minimum.
    expect(text.match(/Acties: actie1 ideeën/g)).toHaveLength(MAX_GOALS);
    expect(text).toContain('…');
    expect(Math.min(...fontSizes(pdf))).toBeGreaterThanOrEqual(MIN_SIZE);
    // Drawn at the smallest size, the page still reads.
    expectSeen(pdf.seen, [
      ...Array.from({ length: MAX_GOALS }, (_, g) => `${g + 1}. Doelmarker${g + 1} ideeën reünie café`),
      'Goedgekeurd door Ahmed Yilmaz op 8 december 2026 om 10:12',
      'Goedgekeurd door Jeroen Hendriks op 8 december 2026 om 14:40',
    ]);
  });

  it('never cuts the follow-up dates: six of them still fit beside the largest plan', async () => {
    const pdf = await rendered(approvedInput({ goals: maximalGoals(), rhythm: { count: 6, intervalMonths: 2, firstDate: '2027-01-15' } }));
    expect(pdf.pageCount).toBe(1);
    const dates = 'Rond 15 januari 2027, 15 maart 2027, 15 mei 2027, 15 juli 2027, 15 september 2027, 15 november 2027.';
    expect(pdf.flatText).toContain(`6 vervolggesprekken, om de 2 maanden. ${dates}`);
    expectSeen(pdf.seen, ['Vervolggesprekken', 'Goedgekeurd door Jeroen Hendriks op 8 december 2026 om 14:40']);
  });

  it('keeps the widest possible text (every character a "W", no spaces) on one page', async () => {
    const pdf = await rendered(approvedInput({ goals: maximalGoals((length) => 'W'.repeat(length)), employee: { ...AHMED, displayName: 'W'.repeat(300) } }));
    expect(pdf.pageCount).toBe(1);
    expect(pdf.flatText).toContain('Goedgekeurd door Jeroen Hendriks op 8 december 2026 om 14:40');
    expectSeen(pdf.seen, ['Goedgekeurd door Jeroen Hendriks op 8 december 2026 om 14:40']);
    expect(Math.min(...fontSizes(pdf))).toBeGreaterThanOrEqual(MIN_SIZE);
    // Nothing is drawn outside the page's margins.
    for (const item of pdf.pages[0]?.items ?? []) {
      expect(item.x).toBeGreaterThanOrEqual(40);
      expect(item.y).toBeGreaterThanOrEqual(40);
    }
  });

  it('keeps Turkish and Polish names letter for letter (the PDF embeds Noto Sans), and never fails on emoji, symbols or Chinese', async () => {
    const employee = { ...AHMED, displayName: 'Gülşen Yılmaz-Øztürk 🚀', jobTitle: 'Werkvoorbereider ≥ niveau 3' };
    const manager = { ...JEROEN, displayName: 'Łukasz Wiśniewski' };
    const goals: PopGoalInput[] = [
      {
        ...(ahmedGoals[0] as PopGoalInput),
        title: 'Één keer per maand presenteren ≤ 10 min 😀👍🏽 voor het 研修 team',
        actions: ['Ideeën van Chloë en Zoë verzamelen → reünie', 'Naïeve aannames toetsen bij de coördinator'],
        wat: 'Tab\tgescheiden,\r\nmeerdere regels en een e\u0301 die los geschreven is',
      },
    ];
    const pdf = await rendered(approvedInput({ goals, employee, manager }));

    expect(pdf.pageCount).toBe(1);
    const text = pdf.flatText;
    expectAllIn(text, [
      'Medewerker: Gülşen Yılmaz-Øztürk (Werkvoorbereider >= niveau 3)',
      'Goedgekeurd door Gülşen Yılmaz-Øztürk op 8 december 2026 om 10:12',
      'Goedgekeurd door Łukasz Wiśniewski op 8 december 2026 om 14:40',
      '1. Één keer per maand presenteren <= 10 min voor het ?? team',
      'Acties: Ideeën van Chloë en Zoë verzamelen -> reünie; Naïeve aannames toetsen bij de coördinator',
      'Wat: Tab gescheiden, meerdere regels en een é die los geschreven is',
    ]);
    // The metadata is Unicode: there the name is exactly as written.
    expect(pdf.title).toBe('Gemaakte afspraken — Gülşen Yılmaz-Øztürk 🚀, versie 1');
    expectSeen(pdf.seen, [
      'Medewerker: Gülşen Yılmaz-Øztürk',
      'Goedgekeurd door Łukasz Wiśniewski op 8 december 2026 om 14:40',
      'Één keer per maand presenteren <= 10 min',
      'Acties: Ideeën van Chloë en Zoë verzamelen -> reünie',
    ]);
  });

  it('draws names with diacritics letter for letter, as a person reads them on the page', async () => {
    const employee = { ...AHMED, displayName: 'Ahmed Yılmaz-Çelik' };
    const manager = { ...JEROEN, displayName: 'Zoë Ćwikła' };
    const goals: PopGoalInput[] = [{ ...(ahmedGoals[0] as PopGoalInput), title: 'Émile Brûlé begeleidt de reünie met Gülşen en Łukasz' }];
    const { seen } = await rendered(approvedInput({ goals, employee, manager }));

    expectSeen(seen, [
      'Medewerker: Ahmed Yılmaz-Çelik (Werkvoorbereider)',
      '1. Émile Brûlé begeleidt de reünie met Gülşen en Łukasz',
      'Goedgekeurd door Ahmed Yılmaz-Çelik op 8 december 2026 om 10:12',
      // "Ć" is drawn (look at the page), but Tesseract reads a capital C with an acute as a plain
      // "C" in one line of two, at 250 to 400 dpi alike: the rest of the name is read exactly.
      'Leidinggevende: Zoë',
      'wikła (Directeur)',
      'Goedgekeurd door Zoë',
      'wikła op 8 december 2026 om 14:40',
    ]);
  });

  it('says so when the approved version has no goals, and still shows both signatures', async () => {
    const pdf = await rendered(approvedInput({ goals: [] }));
    expect(pdf.flatText).toContain('Deze versie bevat geen doelen.');
    expect(pdf.flatText).toContain('Goedgekeurd door Jeroen Hendriks op 8 december 2026 om 14:40');
    expectSeen(pdf.seen, ['Deze versie bevat geen doelen.', 'Goedgekeurd door Ahmed Yilmaz op 8 december 2026 om 10:12']);
  });

  it('names the target function and each course with provider, hours and cost, and says required training is free and in working time', async () => {
    const [first, ...rest] = ahmedGoals;
    const goal: PopGoalInput = {
      ...first!,
      targetFunctionId: 'werkvoorbereider',
      targetFunctionName: 'Werkvoorbereider',
      middelen: { budgetEuro: 1000, note: '' },
      learning: [
        { id: 'werkvoorbereiding-ew', title: 'Werkvoorbereider E&W', provider: 'Installatie-opleider', hours: 80, costEuro: 1200, fund: 'O&O-fonds', requiredForJob: false },
        { id: 'vca-basis-cursus', title: 'VCA Basis', provider: 'Regionaal opleidingscentrum', hours: 8, costEuro: 295, requiredForJob: true },
      ],
    };
    const pdf = await rendered(approvedInput({ goals: [goal, ...rest] }));
    expectAllIn(pdf.flatText, [
      'Doelfunctie: Werkvoorbereider',
      'Leeraanbod: Werkvoorbereider E&W (Installatie-opleider, 80 uur, € 1.200 na O&O-fonds); VCA Basis (Regionaal opleidingscentrum, 8 uur, verplicht voor de functie, dus kosteloos voor de medewerker en in werktijd volgens art. 7:611a BW)',
      'Kosten voor de medewerker: € 200',
    ]);
    expectSeen(pdf.seen, ['Doelfunctie: Werkvoorbereider', 'Werkvoorbereider E&W', 'VCA Basis', 'in werktijd volgens art. 7:611a BW']);

    const flemish = await rendered(approvedInput({ goals: [goal], employee: WOUT, manager: AN, organisation: 'peeters' }));
    expect(flemish.flatText).toContain('kosteloos voor de werknemer en tijdens de werkuren');
    expect(flemish.flatText).not.toContain('7:611a');
  });

  it("carries the employee's own remark under the signatures, with its date and when it changed", async () => {
    const input = approvedInput({ goals: ahmedGoals.slice(0, 1) });
    const remark = { version: input.version.number, by: AHMED.id, at: '2026-12-10T09:00:00.000Z', changedAt: '2026-12-12T09:00:00.000Z', text: 'Ik zie de planning van de cursus anders: pas na de zomer.' };
    const pdf = await rendered({ ...input, pop: { ...input.pop, remarks: [remark] } });
    expect(pdf.flatText).toContain('Opmerking van Ahmed Yilmaz, 10 december 2026 (gewijzigd op 12 december 2026): Ik zie de planning van de cursus anders: pas na de zomer.');
    expectSeen(pdf.seen, ['Opmerking van Ahmed Yilmaz, 10 december 2026', 'Ik zie de planning van de cursus anders']);
  });

  it('writes down why a goal was agreed, when the two said so', async () => {
    const [first, ...rest] = ahmedGoals;
    const pdf = await rendered(approvedInput({ goals: [{ ...first!, waarom: 'Dan help ik de zorgklanten zelf' }, ...rest] }));
    expect(pdf.flatText).toContain('Waarom: Dan help ik de zorgklanten zelf');
    expectSeen(pdf.seen, ['Dan help ik de zorgklanten zelf']);
  });
});
