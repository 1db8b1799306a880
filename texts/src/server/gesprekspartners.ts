/** Why a row of an imported gesprekspartner list was refused, as HR reads it next to Excel. */
export const gesprekspartnersServerNl = {
  'gesprekspartners.row-error': 'Rij {row}, kolom {column}: {reason}',
  'gesprekspartners.row-error.missing-column': 'deze kolom ontbreekt in de kopregel (ook goed: e-mail medewerker, leidinggevende e-mail)',
  'gesprekspartners.row-error.merged-cell': 'samengevoegde cel; maak de cellen los en vul elke rij zelf in',
  'gesprekspartners.row-error.formula-without-value': 'formule zonder uitkomst; sla het bestand op in Excel zodat de uitkomst erin staat',
  'gesprekspartners.row-error.required': 'verplicht, maar leeg',
  'gesprekspartners.row-error.invalid-email': '“{detail}” is geen e-mailadres',
  'gesprekspartners.row-error.duplicate-person': 'deze persoon staat al in rij {detail}',
  'gesprekspartners.row-error.unknown-person': 'Koers kent niemand met het adres {detail}',
  'gesprekspartners.row-error.unknown-partner': 'Koers kent geen gesprekspartner met het adres {detail}',
  'gesprekspartners.row-error.person-not-in-scope': '{detail} is uit dienst of valt buiten de synchronisatie',
  'gesprekspartners.row-error.partner-not-in-scope': 'gesprekspartner {detail} is uit dienst of valt buiten de synchronisatie',
  'gesprekspartners.row-error.self': 'iemand kan niet zijn eigen gesprekspartner zijn',
  'gesprekspartners.row-error.cycle': 'met {detail} als gesprekspartner ontstaat een kring: zij zouden elkaars gesprekken voeren',
} as const;

type GesprekspartnersServerKey = keyof typeof gesprekspartnersServerNl;

export const gesprekspartnersServerEn: { readonly [K in GesprekspartnersServerKey]: string } = {
  'gesprekspartners.row-error': 'Row {row}, column {column}: {reason}',
  'gesprekspartners.row-error.missing-column': 'this column is missing from the header row (also accepted: employee e-mail, manager e-mail)',
  'gesprekspartners.row-error.merged-cell': 'merged cell; unmerge the cells and fill in every row',
  'gesprekspartners.row-error.formula-without-value': 'formula without a result; save the file in Excel so the result is stored',
  'gesprekspartners.row-error.required': 'required, but empty',
  'gesprekspartners.row-error.invalid-email': '“{detail}” is not an e-mail address',
  'gesprekspartners.row-error.duplicate-person': 'this person is already on row {detail}',
  'gesprekspartners.row-error.unknown-person': 'Koers knows nobody with the address {detail}',
  'gesprekspartners.row-error.unknown-partner': 'Koers knows no conversation partner with the address {detail}',
  'gesprekspartners.row-error.person-not-in-scope': '{detail} has left or is outside the directory sync',
  'gesprekspartners.row-error.partner-not-in-scope': 'conversation partner {detail} has left or is outside the directory sync',
  'gesprekspartners.row-error.self': 'nobody can be their own conversation partner',
  'gesprekspartners.row-error.cycle': 'with {detail} as partner the chain goes round in a circle: they would hold each other’s conversations',
};
