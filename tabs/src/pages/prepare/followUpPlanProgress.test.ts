import { describe, expect, it } from '@jest/globals';
import { approvePop, currentVersion, popSummaryOf, recordProgress, type Conversation, type Pop, type PopListResponse } from '@koers/domain';
import { QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { ApiProvider } from '../../data/apiContext';
import { createQueryClient } from '../../data/queryClient';
import { queryKeys } from '../../data/queryKeys';
import { markup, visibleText } from '../../testing/markup';
import { ahmed, jeroen, samplePop, viewOf } from '../../testing/popSamples';
import { callerAgainst } from '../../testing/withApi';
import { FollowUpPlanProgress } from './FollowUpPlanProgress';

const followUp: Conversation = {
  id: 'vervolg-1',
  tenantId: '6f1c2a7e-0000-4000-8000-000000000001',
  employeeId: ahmed.id,
  managerId: jeroen.id,
  kind: 'vervolggesprek',
  status: 'gepland',
  start: '2027-03-02T09:00:00.000Z',
  end: '2027-03-02T10:00:00.000Z',
  createdAt: '2027-02-15T09:00:00.000Z',
  updatedAt: '2027-02-15T09:00:00.000Z',
};

function agreedWithProgress(): Pop {
  const draft = samplePop();
  const v1 = currentVersion(draft);
  const once = approvePop(draft, { version: 1, contentHash: v1.contentHash, by: ahmed.id, now: '2026-12-02T09:00:00.000Z' });
  const both = approvePop(once, { version: 1, contentHash: v1.contentHash, by: jeroen.id, now: '2026-12-02T10:00:00.000Z' });
  return recordProgress(both, { goalId: 'g1', status: 'op-koers', note: 'Eerste offerte ligt bij Jeroen', milestone: { id: 'm1', done: true }, by: ahmed.id, now: '2027-01-10T09:00:00.000Z' });
}

/** The block as it first renders, with the plans already read (or not) into the cache. */
function render(pops: readonly Pop[] | undefined, locale: 'nl-NL' | 'en-GB' = 'nl-NL'): string {
  const client = createQueryClient();
  if (pops) {
    const list: PopListResponse = { employee: ahmed, pops: pops.map(popSummaryOf) };
    client.setQueryData(queryKeys.pops(ahmed.id), list);
    for (const pop of pops) client.setQueryData(queryKeys.pop(pop.id), viewOf(pop));
  }
  const element = createElement(FollowUpPlanProgress, { conversation: followUp, timeZone: 'Europe/Amsterdam' });
  return markup(createElement(QueryClientProvider, { client, children: createElement(ApiProvider, { call: callerAgainst('http://127.0.0.1:9/api'), children: element }) }), locale);
}

describe('where the plan stands, on Voorbereiden for a vervolggesprek', () => {
  it('shows each agreed goal with its status, milestones done, deadline and last note', () => {
    const text = visibleText(render([agreedWithProgress()]));
    for (const part of ['Waar het POP staat', 'Zelfstandig offertes voor zorginstellingen opstellen', 'Status: Op koers', '1 van 1 mijlpaal gehaald', 'Deadline 30 juni 2027', 'Eerste offerte ligt bij Jeroen', 'Het POP openen']) {
      expect(text).toContain(part);
    }
  });

  it('speaks English to an English reader', () => {
    const text = visibleText(render([agreedWithProgress()], 'en-GB'));
    for (const part of ['Where the plan stands', 'Status: On track', 'Deadline 30 June 2027', 'Open the plan']) expect(text).toContain(part);
  });

  it('says so while the plan is being read', () => {
    expect(render(undefined)).toContain('data-testid="follow-up-plan-loading"');
  });

  it('says there is no agreed plan yet when the two only have a draft', () => {
    const html = render([samplePop()]);
    expect(html).toContain('data-testid="follow-up-plan-none"');
    expect(visibleText(html)).toContain('Jullie hebben nog geen goedgekeurd POP.');
  });
});
