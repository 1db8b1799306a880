import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageKey } from './catalogue';
import { en, nl, nlBE } from './catalogue';
import { messageOptions } from './translator';

type Ast = ReturnType<IntlMessageFormat['getAst']>;

/** Each argument of a message with how it is used: "name" (plain), "plural", "select"… */
function argumentsOf(ast: Ast, found = new Map<string, string>()): Map<string, string> {
  const kinds: Record<number, string> = { 1: 'plain', 2: 'number', 3: 'date', 4: 'time', 5: 'select', 6: 'plural' };
  for (const element of ast) {
    const kind = kinds[element.type];
    if (kind && 'value' in element && typeof element.value === 'string') {
      const name = element.value;
      const isOrdinal = 'pluralType' in element && element.pluralType === 'ordinal';
      found.set(name, isOrdinal ? 'selectordinal' : kind);
    }
    if ('options' in element) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
  }
  return found;
}

/** The plural and select arguments, with their option keys. */
function choicesOf(ast: Ast, found: { name: string; type: number; keys: string[] }[] = []) {
  for (const element of ast) {
    if ('options' in element) {
      found.push({ name: element.value, type: element.type, keys: Object.keys(element.options) });
      for (const option of Object.values(element.options)) choicesOf(option.value, found);
    }
  }
  return found;
}

const parse = (text: string, locale: string): Ast => new IntlMessageFormat(text, locale, undefined, messageOptions).getAst();
const sorted = (args: Map<string, string>) => [...args.entries()].sort(([a], [b]) => a.localeCompare(b));
const keys = Object.keys(nl) as MessageKey[];

describe('the catalogues', () => {
  it('have every Dutch key in English, with a text, and no English key that Dutch lacks', () => {
    const missing = keys.filter((key) => typeof en[key] !== 'string' || en[key].trim() === '');
    expect(missing).toEqual([]);
    expect(Object.keys(en).filter((key) => !(key in nl))).toEqual([]);
  });

  it('override in nl-BE only keys that exist in Dutch', () => {
    expect(Object.keys(nlBE).filter((key) => !(key in nl))).toEqual([]);
  });

  it('only override a Dutch text in nl-BE where the wording really differs', () => {
    const same = Object.entries(nlBE).filter(([key, text]) => text === nl[key as MessageKey]);
    expect(same).toEqual([]);
  });

  it('hold only texts that parse as ICU messages in their own locale', () => {
    const broken: string[] = [];
    const tryParse = (language: string, key: string, text: string | undefined, locale: string) => {
      if (text === undefined) return;
      try {
        parse(text, locale);
      } catch (error) {
        broken.push(`${language} ${key}: ${(error as Error).message}`);
      }
    };
    for (const key of keys) {
      tryParse('nl', key, nl[key], 'nl-NL');
      tryParse('nl-BE', key, nlBE[key], 'nl-BE');
      tryParse('en', key, en[key], 'en-GB');
    }
    expect(broken).toEqual([]);
  });

  it('use the same arguments, in the same way, in every language', () => {
    for (const key of keys) {
      const source = sorted(argumentsOf(parse(nl[key], 'nl-NL')));
      expect({ key, args: sorted(argumentsOf(parse(en[key], 'en-GB'))) }).toEqual({ key, args: source });
      const flemish = nlBE[key];
      if (flemish !== undefined) expect({ key, args: sorted(argumentsOf(parse(flemish, 'nl-BE'))) }).toEqual({ key, args: source });
    }
  });

  it('give every plural a "one" and an "other" form and every select an "other" form', () => {
    const incomplete: string[] = [];
    const check = (language: string, key: string, text: string | undefined) => {
      if (text === undefined) return;
      for (const choice of choicesOf(parse(text, 'nl-NL'))) {
        const needed = choice.type === 6 ? ['one', 'other'] : ['other'];
        const lacking = needed.filter((k) => !choice.keys.includes(k));
        if (lacking.length > 0) incomplete.push(`${language} ${key} {${choice.name}} lacks ${lacking.join(', ')}`);
      }
    };
    for (const key of keys) {
      check('nl', key, nl[key]);
      check('nl-BE', key, nlBE[key]);
      check('en', key, en[key]);
    }
    expect(incomplete).toEqual([]);
  });

  it('never quote with an ASCII apostrophe before a brace, which would show the brace instead of the value', () => {
    const quoted = [nl, nlBE, en].flatMap((catalogue) => Object.entries(catalogue).filter(([, text]) => /(^|[^'])'[{}]/.test(text ?? '')).map(([key]) => key));
    expect(quoted).toEqual([]);
  });
});
