import { describe, expect, it } from '@jest/globals';
import { CreateEntryRequest, type OwnItem } from '@koers/domain';
import { sampleOwnItem } from '../../testing/portfolioSamples';
import { contentOf, draftFrom, emptyDraft, isDirty, serverErrors, validate } from './entryForm';

const stored: OwnItem = {
  ...sampleOwnItem({ from: '2025-01-10' }, { kind: 'certificaat', title: 'VCA-VOL', organisation: '', issuer: 'SSVV', expiresOn: '2035-01-10' }),
  visibility: 'leidinggevende',
};

describe('the entry dialog’s form', () => {
  it('starts a new entry today, private, as a training', () => {
    expect(emptyDraft('2026-12-01')).toMatchObject({ kind: 'opleiding', from: '2026-12-01', to: '', visibility: 'prive' });
  });

  it('sends what the API takes: no empty optional fields, a certificate’s fields only for a certificate', () => {
    const draft = { ...emptyDraft('2026-12-01'), title: ' Cursus BIM ', to: '', link: '  ', issuer: 'ISSO' };
    expect(contentOf(draft)).toEqual({ kind: 'opleiding', title: ' Cursus BIM ', period: { from: '2026-12-01' }, organisation: '', description: '' });
    expect(CreateEntryRequest.safeParse({ ...contentOf(draft), requestId: crypto.randomUUID() }).success).toBe(true);
    expect(contentOf(draftFrom(stored))).toMatchObject({ issuer: 'SSVV', expiresOn: '2035-01-10' });
    // A reflection is one day: an end date typed before switching the kind is not sent.
    expect(contentOf({ ...draft, kind: 'reflectie', to: '2026-12-31' }).period).toEqual({ from: '2026-12-01' });
  });

  it('names each wrong field with its own Dutch sentence', () => {
    const draft = { ...emptyDraft('2026-12-01'), from: '2026-12-01', to: '2026-11-01', link: 'http://isso.nl' };
    expect(validate(draft)).toEqual({ title: 'portfolio.error.title', to: 'portfolio.error.to', link: 'portfolio.error.link' });
    expect(validate({ ...draft, kind: 'certificaat', title: 'VCA', to: '', link: '' })).toEqual({ issuer: 'portfolio.error.issuer' });
    expect(validate({ ...draft, from: '', title: 'x', to: '', link: '' })).toEqual({ from: 'portfolio.error.from' });
    expect(validate(draftFrom(stored))).toEqual({});
  });

  it('puts the server’s field errors on the same fields', () => {
    expect(serverErrors(['period.to', 'link', 'somethingElse'])).toEqual({ to: 'portfolio.error.to', link: 'portfolio.error.link' });
  });

  it('counts a changed field as unsaved, trailing spaces not', () => {
    const base = draftFrom(stored);
    expect(isDirty(base, { ...base, title: 'VCA-VOL  ' })).toBe(false);
    expect(isDirty(base, { ...base, issuer: 'NIBHV' })).toBe(true);
  });
});
