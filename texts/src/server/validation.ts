/**
 * Why a field of a request was refused (a 400 problem's `errors[].message`), in the caller's
 * language. The generic ones follow zod's issue codes (functions/src/http/validationText.ts picks
 * the text); the rest name the rules of the domain's schemas.
 */
export const validationNl = {
  'validation.required': 'verplicht',
  'validation.invalid-type':
    'verwacht {expected, select, string {tekst} number {een getal} int {een geheel getal} boolean {waar of onwaar} array {een lijst} object {een object} date {een datum} other {iets anders}}',
  'validation.too-small':
    '{origin, select, string {{minimum, plural, one {minstens # teken} other {minstens # tekens}}} array {{minimum, plural, one {minstens # item} other {minstens # items}}} set {{minimum, plural, one {minstens # item} other {minstens # items}}} other {{inclusive, select, true {minstens {minimum, number}} other {meer dan {minimum, number}}}}}',
  'validation.too-big':
    '{origin, select, string {{maximum, plural, one {hoogstens # teken} other {hoogstens # tekens}}} array {{maximum, plural, one {hoogstens # item} other {hoogstens # items}}} set {{maximum, plural, one {hoogstens # item} other {hoogstens # items}}} other {{inclusive, select, true {hoogstens {maximum, number}} other {minder dan {maximum, number}}}}}',
  'validation.invalid-format':
    '{format, select, email {geen geldig e-mailadres} url {geen geldig webadres} uuid {geen geldige id} guid {geen geldige id} datetime {geen geldig tijdstip (ISO 8601)} date {geen geldige datum (jjjj-mm-dd)} time {geen geldige tijd} other {niet in de juiste vorm}}',
  'validation.not-multiple-of': 'moet een veelvoud zijn van {divisor, number}',
  'validation.unrecognized-keys': '{count, plural, one {onbekend veld: {keys}} other {onbekende velden: {keys}}}',
  'validation.invalid-value': 'kies uit: {values}',
  'validation.invalid-union': 'past bij geen van de toegestane vormen',
  'validation.invalid': 'ongeldige waarde',
  'validation.continuation-token': 'geen vervolgtoken van deze lijst; begin opnieuw bij de eerste pagina',
  'validation.question-of-other-party': 'vraag {questionId} hoort bij de andere gesprekspartner',
  'validation.template.duplicate-question': 'de vraag {detail} staat er twee keer in',
  'validation.template.no-employee-question': 'geef de medewerker minstens één vraag',
  'validation.template.kernkwadrant-outside-competentie': 'een kernkwadrantvraag hoort bij het onderdeel competentie',
  'validation.template.variant-not-on-board': 'de koerskaart kent de variant {detail} niet voor deze fase',
} as const;

type ValidationKey = keyof typeof validationNl;

export const validationEn: { readonly [K in ValidationKey]: string } = {
  'validation.required': 'required',
  'validation.invalid-type':
    'expected {expected, select, string {text} number {a number} int {a whole number} boolean {true or false} array {a list} object {an object} date {a date} other {something else}}',
  'validation.too-small':
    '{origin, select, string {{minimum, plural, one {at least # character} other {at least # characters}}} array {{minimum, plural, one {at least # item} other {at least # items}}} set {{minimum, plural, one {at least # item} other {at least # items}}} other {{inclusive, select, true {at least {minimum, number}} other {more than {minimum, number}}}}}',
  'validation.too-big':
    '{origin, select, string {{maximum, plural, one {at most # character} other {at most # characters}}} array {{maximum, plural, one {at most # item} other {at most # items}}} set {{maximum, plural, one {at most # item} other {at most # items}}} other {{inclusive, select, true {at most {maximum, number}} other {less than {maximum, number}}}}}',
  'validation.invalid-format':
    '{format, select, email {not a valid email address} url {not a valid web address} uuid {not a valid id} guid {not a valid id} datetime {not a valid instant (ISO 8601)} date {not a valid date (yyyy-mm-dd)} time {not a valid time} other {not in the right form}}',
  'validation.not-multiple-of': 'must be a multiple of {divisor, number}',
  'validation.unrecognized-keys': '{count, plural, one {unknown field: {keys}} other {unknown fields: {keys}}}',
  'validation.invalid-value': 'choose from: {values}',
  'validation.invalid-union': 'matches none of the allowed shapes',
  'validation.invalid': 'invalid value',
  'validation.continuation-token': 'not a token of this list; start again from the first page',
  'validation.question-of-other-party': 'question {questionId} belongs to the other party',
  'validation.template.duplicate-question': 'question {detail} appears twice',
  'validation.template.no-employee-question': 'give the employee at least one question',
  'validation.template.kernkwadrant-outside-competentie': 'a core quadrant question belongs to the competence section',
  'validation.template.variant-not-on-board': 'the board has no variant {detail} for this phase',
};
