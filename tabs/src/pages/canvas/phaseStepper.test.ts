import { describe, expect, it } from '@jest/globals';
import { createElement } from 'react';
import { markup } from '../../testing/markup';
import { PhaseStepper } from './PhaseStepper';

describe('the phase stepper', () => {
  it('offers to make a phase the current one on an open canvas', () => {
    const html = markup(createElement(PhaseStepper, { phase: 'voorstellen', onPhase: () => undefined }));
    expect(html.match(/<button/g)).toHaveLength(3);
    expect(html).toContain('aria-label="Maak 3. Afspraken de huidige fase (Straks)"');
  });

  it('on a closed canvas only shows where the conversation was, or shows another phase to this reader without making it current', () => {
    const shown = markup(createElement(PhaseStepper, { phase: 'voorstellen' }));
    expect(shown).not.toContain('<button');
    expect(shown).toContain('aria-current="step"');
    const lookAt = markup(createElement(PhaseStepper, { phase: 'voorstellen', onPhase: () => undefined, makesCurrent: false, compact: true }));
    expect(lookAt.match(/<button/g)).toHaveLength(3);
    expect(lookAt).not.toContain('Maak ');
    expect(lookAt).toContain('aria-label="3. Afspraken (Straks)"');
  });
});
