import { describe, expect, it } from '@jest/globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { TimelineItem } from '@koers/domain';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '../../i18n/I18nContext';
import { sampleHeldWithLinda, sampleOwnItem, samplePopItem } from '../../testing/portfolioSamples';
import { translator } from '../../testing/translator';
import type { Locale } from '../../i18n/locale';
import { TimelineCard, type CanvasRecordSlot, type OwnerControls } from './TimelineCard';

/** The card as server-rendered HTML: what the browser gets before any script runs. */
function render(item: TimelineItem, owner?: OwnerControls, locale: Locale = 'nl-NL', canvasRecord?: CanvasRecordSlot): string {
  return renderToStaticMarkup(
    createElement(FluentProvider, { theme: webLightTheme }, createElement(I18nProvider, { locale, texts: translator(locale), children: createElement(TimelineCard, { item, today: '2026-12-01', owner, canvasRecord }) })),
  );
}

const training: TimelineItem = {
  ...sampleOwnItem(undefined, { description: 'Modellen lezen', link: 'https://www.isso.nl/bim' }),
  visibility: 'leidinggevende',
};
const heldWithLinda = sampleHeldWithLinda;

const owner: OwnerControls = { managerName: 'Jeroen Hendriks', setVisibility: async () => undefined, edit: () => undefined, remove: () => undefined };
const labelled = (html: string, text: string) => new RegExp(`<label[^>]*>${text}</label>`).test(html);

describe('a timeline card', () => {
  it('gives the owner a labelled switch that says who sees it, and edit and delete for an own entry', () => {
    const html = render(training, owner);
    expect(labelled(html, 'Zichtbaar voor mijn leidinggevende')).toBe(true);
    expect(html).toMatch(/role="switch"[^>]*checked=""|checked=""[^>]*role="switch"/);
    expect(html).toContain('Jeroen Hendriks ziet dit.');
    expect(html).toContain('>Bewerken<');
    expect(html).toContain('>Verwijderen<');
    // The link opens apart from Koers and tells where it goes.
    expect(html).toMatch(/<a[^>]*href="https:\/\/www\.isso\.nl\/bim"[^>]*rel="noopener noreferrer"/);
    expect(html).toContain('Link: www.isso.nl');
  });

  it('shows a manager the same card read-only: no switch, no buttons', () => {
    const html = render(training);
    expect(html).toContain('Cursus BIM');
    expect(html).not.toContain('role="switch"');
    expect(html).not.toContain('<button');
  });

  it('explains that a conversation with a previous manager stays private until shared', () => {
    const html = render(heldWithLinda, owner);
    expect(html).toContain('Loopbaangesprek gehouden');
    expect(html).toContain('Dit was met Linda de Wit. Jeroen Hendriks ziet het alleen als je het zichtbaar maakt.');
    expect(html).not.toContain('>Bewerken<');
  });

  it('locks the switch of what the manager took part in, and says why', () => {
    const html = render({ ...heldWithLinda, visibility: 'leidinggevende', sharedByNature: true, manager: { id: 'x', displayName: 'Jeroen Hendriks' } }, owner, 'en-GB');
    expect(html).toMatch(/<input[^>]*disabled=""[^>]*role="switch"|<input[^>]*role="switch"[^>]*disabled=""/);
    expect(html).toContain('Jeroen Hendriks took part in this and therefore always sees it.');
  });

  it('links a POP to the plan for the people who made it, not for a later manager', () => {
    expect(render(samplePopItem, owner)).toContain('href="#/pop/p1"');
    expect(render(samplePopItem)).toContain('href="#/pop/p1"');
    expect(render({ ...samplePopItem, sharedByNature: false })).not.toContain('#/pop/');
  });

  it('shows a held conversation’s Koerskaart to its two people only, not to a later manager it was shared with', () => {
    const slot: CanvasRecordSlot = (conversationId) => createElement('p', null, `koerskaart ${conversationId}`);
    expect(render(heldWithLinda, owner, 'nl-NL', slot)).toContain('koerskaart g0');
    expect(render({ ...heldWithLinda, visibility: 'leidinggevende', sharedByNature: true }, undefined, 'nl-NL', slot)).toContain('koerskaart g0');
    expect(render({ ...heldWithLinda, visibility: 'leidinggevende' }, undefined, 'nl-NL', slot)).not.toContain('koerskaart');
  });

  it('has no switch when there is no manager to share with', () => {
    expect(render(training, { ...owner, managerName: undefined })).not.toContain('role="switch"');
  });
});
