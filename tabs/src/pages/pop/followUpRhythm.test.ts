import { describe, expect, it } from '@jest/globals';
import type { FollowUpsResponse } from '@koers/domain';
import { createElement } from 'react';
import { markup, unlabelledControls, visibleText } from '../../testing/markup';
import { FollowUpList, FollowUpRhythmEditor } from './FollowUpRhythm';

const agreed: FollowUpsResponse = {
  rhythm: { count: 3, intervalMonths: 3 },
  agreedOn: '2026-12-02',
  followUps: [
    { number: 1, due: '2027-03-02', state: 'gehouden', at: '2027-03-03T09:00:00.000Z' },
    { number: 2, due: '2027-06-02', state: 'voorgesteld', proposedAt: '2027-05-19T02:45:00.000Z' },
    { number: 3, due: '2027-09-02', state: 'open' },
  ],
};

const list = (followUps: FollowUpsResponse, locale: 'nl-NL' | 'nl-BE' | 'en-GB' = 'nl-NL') => visibleText(markup(createElement(FollowUpList, { followUps, timeZone: 'Europe/Amsterdam' }), locale));

describe('the Vervolggesprekken block', () => {
  it('shows the agreed rhythm in words and each date with where it stands', () => {
    const text = list(agreed);
    expect(text).toContain('3 vervolggesprekken, om de 3 maanden');
    expect(text).toContain('Afgesproken op 2 december 2026.');
    expect(text).toContain('Vervolggesprek 1 rond 2 maart 2027 Gehouden op 3 maart 2027');
    expect(text).toContain('Vervolggesprek 2 rond 2 juni 2027 Voorgesteld Koers stelde op 19 mei 2027 momenten voor aan de leidinggevende');
    expect(text).toContain('Vervolggesprek 3 rond 2 september 2027 Nog niet gepland');
  });

  it('speaks English and Flemish where they differ', () => {
    expect(list(agreed, 'en-GB')).toContain('3 follow-up conversations, every 3 months');
    expect(list(agreed, 'en-GB')).toContain('Follow-up conversation 3 around 2 September 2027 Not planned yet');
    expect(list(agreed, 'nl-BE')).toContain('Vervolggesprek 3 rond 2 september 2027 Nog niet ingepland');
    const monthly = list({ rhythm: { count: 1, intervalMonths: 1 }, followUps: [{ number: 1, due: '2027-01-02', state: 'gepland', at: '2027-01-04T08:00:00.000Z' }] }, 'nl-BE');
    expect(monthly).toContain('1 vervolggesprek, elke maand');
    expect(monthly).toContain('Ingepland op 4 januari 2027');
  });

  it('says how to add a rhythm when the agreed plan has none', () => {
    expect(list({ followUps: [] })).toContain('Er zijn geen vervolggesprekken afgesproken.');
  });

  it('labels the count, the interval and the first date in the editor', () => {
    const html = markup(createElement(FollowUpRhythmEditor, { value: { count: 2, intervalMonths: 3 }, onChange: () => undefined }));
    expect(unlabelledControls(html)).toEqual([]);
    for (const label of ['Aantal vervolggesprekken', 'Om de', 'Eerste vervolggesprek rond (optioneel)']) expect(visibleText(html)).toContain(label);
    const none = visibleText(markup(createElement(FollowUpRhythmEditor, { value: undefined, onChange: () => undefined })));
    expect(none).not.toContain('Om de');
  });
});
