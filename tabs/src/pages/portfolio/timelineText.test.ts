import { describe, expect, it } from '@jest/globals';
import { translator } from '../../testing/translator';
import { sampleHeldWithLinda, samplePopItem, sampleOwnItem } from '../../testing/portfolioSamples';
import { civilDateLabel, expiryText, hostOf, itemTitle, periodText } from './timelineText';

const nl = translator('nl-NL');
const en = translator('en-GB');

const own = (period: { from: string; to?: string }) => sampleOwnItem(period, { kind: 'werkervaring', title: 'Werkvoorbereider' });
const pop = samplePopItem;

describe('how a timeline item reads', () => {
  it('shows a civil date the same in any browser zone', () => {
    expect(civilDateLabel('2026-07-01', 'nl-NL')).toMatch(/^1 jul\.? 2026$/);
    expect(civilDateLabel('2026-07-01', 'en-GB')).toMatch(/^1 Jul 2026$/);
  });

  it('says "sinds" for what is still going on, a range for what ended, one day for an event', () => {
    expect(periodText(own({ from: '2022-04-01' }), nl, 'nl-NL')).toMatch(/^Sinds 1 apr\.? 2022$/);
    expect(periodText(own({ from: '2015-08-01', to: '2022-03-31' }), nl, 'nl-NL')).toMatch(/^1 aug\.? 2015 – 31 mrt\.? 2022$/);
    expect(periodText(pop, en, 'en-GB')).toBe('1 Jul 2026');
    const cert = sampleOwnItem({ from: '2025-01-10' }, { kind: 'certificaat', issuer: 'SSVV' });
    expect(periodText(cert, nl, 'nl-NL')).toMatch(/^Behaald op 10 jan\.? 2025$/);
    expect(periodText(sampleOwnItem({ from: '2026-11-20' }, { kind: 'reflectie' }), en, 'en-GB')).toBe('20 Nov 2026');
  });

  it('names automatic entries by what happened', () => {
    expect(itemTitle(pop, nl)).toBe('POP goedgekeurd (versie 2)');
    expect(itemTitle({ ...sampleHeldWithLinda, conversationKind: 'vervolggesprek' }, en)).toBe('Follow-up conversation held');
    expect(itemTitle(own({ from: '2022-04-01' }), nl)).toBe('Werkvoorbereider');
  });

  it('tells whether a certificate is still valid', () => {
    const cert = { kind: 'certificaat' as const, title: 'VCA', period: { from: '2020-01-01' }, organisation: '', description: '', issuer: 'SSVV', expiresOn: '2030-01-01' };
    expect(expiryText(cert, '2026-12-01', nl, 'nl-NL')).toMatch(/^Geldig tot 1 jan\.? 2030$/);
    expect(expiryText(cert, '2031-01-01', nl, 'nl-NL')).toMatch(/^Verlopen op 1 jan\.? 2030$/);
    expect(expiryText(cert, '2029-11-15', nl, 'nl-NL')).toMatch(/^Verloopt binnenkort: geldig tot 1 jan\.? 2030$/);
    expect(expiryText({ ...cert, expiresOn: undefined }, '2026-12-01', nl, 'nl-NL')).toBeUndefined();
  });

  it('shows the host a link goes to', () => {
    expect(hostOf('https://www.isso.nl/publicaties/123?x=1')).toBe('www.isso.nl');
  });
});
