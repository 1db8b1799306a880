import { describe, expect, it } from '@jest/globals';
import type { TimelineItem } from '@koers/domain';
import { translator } from '../../i18n/locale';
import { civilDateLabel, expiryText, hostOf, itemTitle, periodText } from './timelineText';

const nl = translator('nl-NL');
const en = translator('en-GB');

const own = (period: { from: string; to?: string }): TimelineItem => ({
  id: '3f6c1e2a-9b7d-4c1e-8f00-1234567890ab',
  source: 'eigen',
  period,
  visibility: 'prive',
  content: { kind: 'werkervaring', title: 'Werkvoorbereider', period, organisation: 'Hendriks', description: '' },
  ongoing: period.to === undefined,
  etag: '"e"',
  updatedAt: '2026-11-01T10:00:00Z',
});

const pop: TimelineItem = {
  id: 'pop:p1',
  source: 'pop',
  period: { from: '2026-07-01', to: '2026-07-01' },
  visibility: 'leidinggevende',
  manager: { id: '0a000000-0000-4000-8000-000000000101', displayName: 'Jeroen Hendriks' },
  sharedByNature: true,
  popId: 'p1',
  version: 2,
  approvedAt: '2026-06-30T22:30:00Z',
  goalTitles: ['Plannen'],
};

describe('how a timeline item reads', () => {
  it('shows a civil date the same in any browser zone', () => {
    expect(civilDateLabel('2026-07-01', 'nl-NL')).toMatch(/^1 jul\.? 2026$/);
    expect(civilDateLabel('2026-07-01', 'en-GB')).toMatch(/^1 Jul 2026$/);
  });

  it('says "sinds" for what is still going on, a range for what ended, one day for an event', () => {
    expect(periodText(own({ from: '2022-04-01' }), nl, 'nl-NL')).toMatch(/^Sinds 1 apr\.? 2022$/);
    expect(periodText(own({ from: '2015-08-01', to: '2022-03-31' }), nl, 'nl-NL')).toMatch(/^1 aug\.? 2015 – 31 mrt\.? 2022$/);
    expect(periodText(pop, en, 'en-GB')).toBe('1 Jul 2026');
  });

  it('names automatic entries by what happened', () => {
    expect(itemTitle(pop, nl)).toBe('POP goedgekeurd (versie 2)');
    expect(itemTitle({ ...pop, id: 'gesprek:g', source: 'gesprek', conversationId: 'g', conversationKind: 'vervolggesprek', heldAt: '2026-06-30T08:00:00Z' }, en)).toBe('Follow-up conversation held');
    expect(itemTitle(own({ from: '2022-04-01' }), nl)).toBe('Werkvoorbereider');
  });

  it('tells whether a certificate is still valid', () => {
    const cert = { kind: 'certificaat' as const, title: 'VCA', period: { from: '2020-01-01' }, organisation: '', description: '', issuer: 'SSVV', expiresOn: '2030-01-01' };
    expect(expiryText(cert, '2026-12-01', nl, 'nl-NL')).toMatch(/^Geldig tot 1 jan\.? 2030$/);
    expect(expiryText(cert, '2031-01-01', nl, 'nl-NL')).toMatch(/^Verlopen op 1 jan\.? 2030$/);
    expect(expiryText({ ...cert, expiresOn: undefined }, '2026-12-01', nl, 'nl-NL')).toBeUndefined();
  });

  it('shows the host a link goes to', () => {
    expect(hostOf('https://www.isso.nl/publicaties/123?x=1')).toBe('www.isso.nl');
  });
});
