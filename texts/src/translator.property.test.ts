import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import { en, nl, nlBE, type MessageKey } from './catalogue';
import { messageOptions, simpleMessage, translatorOver, type Locale } from './translator';

/**
 * The translator shows a text with only words and `{name}` arguments without making an
 * IntlMessageFormat for it. Whatever the values, what it shows must be exactly what
 * IntlMessageFormat would have shown (or fail as it fails), for every text in every language,
 * whether the text comes as written or parsed (as the built tab ships it).
 */

const LOCALES: readonly Locale[] = ['nl-NL', 'nl-BE', 'en-GB'];
const KEYS = Object.keys(nl) as MessageKey[];

function textOf(locale: Locale, key: MessageKey): string {
  if (locale === 'en-GB') return en[key];
  if (locale === 'nl-BE') return nlBE[key] ?? nl[key];
  return nl[key];
}

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }>; children?: Element[] };

/** The values a message asks for, each with the kinds of value it may sensibly get. */
function argumentsOf(elements: readonly Element[], into = new Map<string, fc.Arbitrary<unknown>>()): Map<string, fc.Arbitrary<unknown>> {
  const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', "Sanne's", '{naam}', '<b>', 'B.V.'));
  const anyNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, 1, 2, -1, 1600));
  for (const element of elements) {
    const name = element.value;
    if (element.type === 1 && name) into.set(name, fc.oneof(anyText, anyNumber, fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n })));
    if ((element.type === 2 || element.type === 6) && name) into.set(name, anyNumber);
    if ((element.type === 3 || element.type === 4) && name) into.set(name, fc.integer({ min: 0, max: 4_102_444_800_000 }));
    if (element.type === 5 && name) into.set(name, fc.oneof(fc.constantFrom(...Object.keys(element.options ?? {})), fc.string()));
    for (const option of Object.values(element.options ?? {})) argumentsOf(option.value, into);
    if (element.children) argumentsOf(element.children, into);
  }
  return into;
}

type Outcome = { shown: unknown } | { failed: string };

function outcome(format: () => unknown): Outcome {
  try {
    return { shown: format() };
  } catch (error) {
    return { failed: error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error) };
  }
}

describe('the text engine without IntlMessageFormat for simple texts', () => {
  it('sees the words and arguments of a simple text, and leaves quoting, plurals and numbers to IntlMessageFormat', () => {
    expect(simpleMessage('Hoi {firstName}')).toEqual(['Hoi ', { argument: 'firstName' }]);
    expect(simpleMessage("Sanne's plan voor {jaar}")).toEqual(["Sanne's plan voor ", { argument: 'jaar' }]);
    expect(simpleMessage("Schrijf '{naam}' zo")).toBeUndefined();
    expect(simpleMessage('{count, plural, one {# doel} other {# doelen}}')).toBeUndefined();
    expect(simpleMessage('{value, number, percent}')).toBeUndefined();
    expect(simpleMessage('{ naam }')).toBeUndefined();
  });

  it('takes the shortcut for most of the catalogue', () => {
    const simple = KEYS.filter((key) => simpleMessage(nl[key]) !== undefined);
    expect(simple.length).toBeGreaterThan(KEYS.length / 2);
    expect(simple).toContain('home.greeting');
  });

  for (const locale of LOCALES) {
    for (const form of ['written', 'parsed'] as const) {
      it(`shows every ${locale} text, ${form}, exactly as IntlMessageFormat would, with any values`, () => {
        // The parsed form as the build writes it: the parser's elements, through JSON.
        const source = (key: MessageKey): string =>
          form === 'written' ? textOf(locale, key) : (JSON.parse(JSON.stringify(new IntlMessageFormat(textOf(locale, key), locale, undefined, messageOptions).getAst())) as string);
        const reference = new Map<MessageKey, IntlMessageFormat>();
        const referenceOf = (key: MessageKey) => {
          let formatter = reference.get(key);
          if (!formatter) {
            formatter = new IntlMessageFormat(source(key), locale, undefined, messageOptions);
            reference.set(key, formatter);
          }
          return formatter;
        };
        const t = translatorOver<MessageKey>(locale, source) as (key: MessageKey, values?: Record<string, unknown>) => string;
        for (const key of KEYS) {
          const wanted = argumentsOf(referenceOf(key).getAst());
          // Without the values it needs, a text fails the same way either way.
          expect({ key, outcome: outcome(() => t(key)) }).toEqual({ key, outcome: outcome(() => referenceOf(key).format()) });
          if (wanted.size === 0) continue;
          fc.assert(
            fc.property(fc.record(Object.fromEntries(wanted)), (values) => {
              expect({ key, outcome: outcome(() => t(key, values)) }).toEqual({ key, outcome: outcome(() => referenceOf(key).format(values as Record<string, string>)) });
            }),
            { numRuns: 8 },
          );
        }
      });
    }
  }
});
