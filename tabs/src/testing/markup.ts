import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Locale } from '@koers/domain';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '../i18n/I18nContext';
import { translator } from './translator';

/**
 * A component's HTML as the browser first gets it, in a locale: enough to check what a person
 * sees and what assistive technology is told (labels, live regions, disabled states) without a DOM.
 */
export function markup(element: ReactElement, locale: Locale = 'nl-NL'): string {
  return renderToStaticMarkup(createElement(FluentProvider, { theme: webLightTheme }, createElement(I18nProvider, { locale, texts: translator(locale), children: element })));
}

/** The text a person reads: tags and style blocks dropped, entities decoded, spaces collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every form control's id without a label pointing at it (for=, aria-labelledby or aria-label). */
export function unlabelledControls(html: string): string[] {
  const labelled = new Set([...html.matchAll(/<label[^>]*\bfor="([^"]+)"/g)].map((m) => m[1]));
  const ids = new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
  const missing: string[] = [];
  for (const control of html.matchAll(/<(input|textarea|select)\b([^>]*)>/g)) {
    const attrs = control[2] ?? '';
    if (/\btype="hidden"/.test(attrs)) continue;
    const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
    const labelledBy = /\baria-labelledby="([^"]+)"/.exec(attrs)?.[1];
    const ok = /\baria-label="[^"]+"/.test(attrs) || (id !== undefined && labelled.has(id)) || (labelledBy !== undefined && labelledBy.split(' ').every((l) => ids.has(l)));
    if (!ok) missing.push(id ?? `${control[1]}${attrs}`);
  }
  return missing;
}
