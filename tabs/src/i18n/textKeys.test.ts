import { describe, expect, it } from '@jest/globals';
import { textKeysNamed } from './textKeys';

const keys = ['home.greeting', 'pop.route.training', 'pop.route.coaching', 'pop.routeLabel', 'state.retry'];

describe('the texts a module of the tab carries', () => {
  it('are the keys it spells as literals', () => {
    expect(textKeysNamed([{ text: 'home.greeting', open: false }, { text: 'Hoi', open: false }], keys)).toEqual(['home.greeting']);
  });

  it('include every text a template key could name', () => {
    expect(textKeysNamed([{ text: 'pop.route.', open: true }], keys).sort()).toEqual(['pop.route.coaching', 'pop.route.training']);
  });

  it('leave out a text whose key is only part of a longer string', () => {
    expect(textKeysNamed([{ text: 'state.retry later', open: false }, { text: 'home', open: false }], keys)).toEqual([]);
  });

  it('take no text for a template that starts without a dotted prefix', () => {
    expect(textKeysNamed([{ text: 'state', open: true }, { text: '', open: true }], keys)).toEqual([]);
  });
});
