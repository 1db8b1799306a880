import { describe, expect, it } from '@jest/globals';
import { initialGuidance, koerskaart, type CanvasView } from '@koers/domain';
import { createElement } from 'react';
import { markup, visibleText } from '../../testing/markup';
import { CanvasRecord } from './CanvasRecord';

const SANNE = '0a000000-0000-4000-8000-000000000106';
const LINDA = '0a000000-0000-4000-8000-000000000103';
const AT = '2026-11-20T10:00:00.000Z';

/** A held conversation's canvas: Sanne wrote a wish, Linda an agreement and a kernkwadrant. */
function heldView(): CanvasView {
  let state = koerskaart.emptyCanvas();
  const write = (userId: string, cardId: string, section: koerskaart.SectionId, texts: Partial<Record<koerskaart.FieldName, string>>, kind: koerskaart.CardKind = 'note') => {
    state = koerskaart.seedCard(state, { cardId, kind, section, order: koerskaart.orderAt(state, section, 99), texts }, { userId, now: AT });
  };
  write(SANNE, 'w', 'wensen', { text: 'Meer klantcontact' });
  write(LINDA, 'a', 'afspraken', { text: 'Cursus adviesvaardigheden' });
  write(LINDA, 'k', 'competentie', { kernkwaliteit: 'Precisie', valkuil: 'Perfectionisme' }, 'kernkwadrant');
  write(SANNE, 'leeg', 'opening', { text: '' });
  return {
    canvas: { id: 'g1', employeeId: SANNE, managerId: LINDA, guidance: initialGuidance('standaard'), state, lock: { by: LINDA, at: AT }, createdAt: AT, updatedAt: AT },
    etag: '"1"',
    conversation: { id: 'g1', kind: 'loopbaangesprek', status: 'gehouden' },
    employee: { id: SANNE, displayName: 'Sanne Jansen', email: 'sanne@hendriks.example' },
    manager: { id: LINDA, displayName: 'Linda de Wit', email: 'linda@hendriks.example' },
  };
}

describe('the Koerskaart in the record of a held conversation', () => {
  it('shows what was written per phase and section, and who wrote each note — "Door jou" to its writer', () => {
    const text = visibleText(markup(createElement(CanvasRecord, { view: heldView(), myUserId: SANNE, level: 4 })));
    expect(text).toContain('1. Uitwisseling en inventarisatie Competentie en talenten Kernkwaliteit: Precisie Valkuil: Perfectionisme Door Linda de Wit');
    expect(text).toContain('Wensen van de medewerker Meer klantcontact Door jou');
    expect(text).toContain('3. Afspraken Afspraken Cursus adviesvaardigheden Door Linda de Wit');
    // Sections nobody wrote in are not listed.
    expect(text).not.toContain('Hoe sta je in je werk?');
    expect(text).not.toContain('2. Voorstellen ontwikkelen');
  });

  it('offers nothing to edit: no fields, buttons or menus', () => {
    const html = markup(createElement(CanvasRecord, { view: heldView(), myUserId: LINDA, level: 3 }));
    expect(html).not.toMatch(/<(textarea|input|button)\b/);
    expect(html).toMatch(/<h3[^>]*>1\. Uitwisseling en inventarisatie<\/h3>/);
    expect(visibleText(html)).toContain('Meer klantcontact Door Sanne Jansen');
  });

  it('speaks English and Flemish too', () => {
    expect(visibleText(markup(createElement(CanvasRecord, { view: heldView(), myUserId: SANNE, level: 4 }), 'en-GB'))).toContain('Meer klantcontact By you');
    expect(visibleText(markup(createElement(CanvasRecord, { view: heldView(), myUserId: LINDA, level: 4 }), 'nl-BE'))).toContain('Wensen van het personeelslid Meer klantcontact Door Sanne Jansen');
  });
});
