/** Why a row of an imported function house or learning offer was refused, as HR reads it next to Excel. */
export const catalogueNl = {
  'catalogue.sheet-error': '{sheet}, rij {row}{column, select, other {, kolom {column}} none {}}: {reason}',
  'catalogue.sheet-error.missing-sheet': 'dit tabblad ontbreekt in het bestand',
  'catalogue.sheet-error.missing-column': 'deze kolom ontbreekt in de kopregel',
  'catalogue.sheet-error.merged-cell': 'samengevoegde cel; maak de cellen los en vul elke rij zelf in',
  'catalogue.sheet-error.formula-without-value': 'formule zonder uitkomst; sla het bestand op in Excel zodat de uitkomst erin staat',
  'catalogue.sheet-error.required': 'verplicht, maar leeg',
  'catalogue.sheet-error.not-a-number': '“{detail}” is geen getal',
  'catalogue.sheet-error.not-yes-no': '“{detail}” is geen ja of nee',
  'catalogue.sheet-error.invalid-level-list': '“{detail}” is geen competentie met niveau, zoals plannen:3',
  'catalogue.sheet-error.invalid': '“{detail}” is hier geen geldige waarde',
  'catalogue.sheet-error.invalid-choice': 'kies uit: {detail}',
  'catalogue.sheet-error.too-long': 'te lang (hoogstens {detail} tekens)',
  'catalogue.sheet-error.duplicate-id': '“{detail}” staat er twee keer in',
  'catalogue.sheet-error.unknown-reference': '“{detail}” bestaat niet in het functiehuis',
} as const;

type CatalogueTextKey = keyof typeof catalogueNl;

export const catalogueEn: { readonly [K in CatalogueTextKey]: string } = {
  'catalogue.sheet-error': '{sheet}, row {row}{column, select, other {, column {column}} none {}}: {reason}',
  'catalogue.sheet-error.missing-sheet': 'this sheet is missing from the file',
  'catalogue.sheet-error.missing-column': 'this column is missing from the header row',
  'catalogue.sheet-error.merged-cell': 'merged cell; unmerge the cells and fill in every row',
  'catalogue.sheet-error.formula-without-value': 'formula without a result; save the file in Excel so the result is stored',
  'catalogue.sheet-error.required': 'required, but empty',
  'catalogue.sheet-error.not-a-number': '“{detail}” is not a number',
  'catalogue.sheet-error.not-yes-no': '“{detail}” is not yes or no',
  'catalogue.sheet-error.invalid-level-list': '“{detail}” is not a competence with a level, such as plannen:3',
  'catalogue.sheet-error.invalid': '“{detail}” is not a valid value here',
  'catalogue.sheet-error.invalid-choice': 'choose from: {detail}',
  'catalogue.sheet-error.too-long': 'too long (at most {detail} characters)',
  'catalogue.sheet-error.duplicate-id': '“{detail}” appears twice',
  'catalogue.sheet-error.unknown-reference': '“{detail}” does not exist in the function house',
};
