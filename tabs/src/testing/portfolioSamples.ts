import type { ConversationItem, OwnItem, PopItem } from '@koers/domain';

/** Timeline items as the API sends them, for the tab's tests. */

/** An own entry with the given period (no end: ongoing). */
export function sampleOwnItem(period: { from: string; to?: string } = { from: '2026-09-01', to: '2026-11-30' }, content: Partial<OwnItem['content']> = {}): OwnItem {
  return {
    id: '3f6c1e2a-9b7d-4c1e-8f00-1234567890ab',
    source: 'eigen',
    period,
    visibility: 'prive',
    content: { kind: 'opleiding', title: 'Cursus BIM', period, organisation: 'ISSO', description: '', ...content },
    ongoing: period.to === undefined,
    etag: '"e1"',
    updatedAt: '2026-11-01T10:00:00Z',
  };
}

export const samplePopItem: PopItem = {
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

/** A held conversation with a previous manager (Linda), not shared with the current one. */
export const sampleHeldWithLinda: ConversationItem = {
  id: 'gesprek:g0',
  source: 'gesprek',
  period: { from: '2024-05-13', to: '2024-05-13' },
  visibility: 'prive',
  manager: { id: '0a000000-0000-4000-8000-000000000103', displayName: 'Linda de Wit' },
  sharedByNature: false,
  conversationId: 'g0',
  conversationKind: 'loopbaangesprek',
  heldAt: '2024-05-13T08:00:00Z',
};
