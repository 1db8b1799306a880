import { describe, expect, it } from '@jest/globals';
import type { MeResponse } from '@koers/contracts';
import type { ReminderDefaultsResponse } from '@koers/domain';
import { createElement } from 'react';
import { markup, unlabelledControls, visibleText } from '../../testing/markup';
import { withApi } from '../../testing/withApi';
import { sampleMeAhmed } from '../../testing/popSamples';
import { DefaultsForm, SettingsPage } from '../SettingsPage';
import { translator } from '../../testing/translator';
import { daysBeforeChoices, sameDefaults, savedMessage, toggleDayBefore } from './defaultsForm';

const fatima: MeResponse = { ...sampleMeAhmed, me: { ...sampleMeAhmed.me, id: '0a000000-0000-4000-8000-000000000102', displayName: 'Fatima El Amrani', roles: ['hr'] } };
const loaded: ReminderDefaultsResponse = { defaults: { checkInCadenceDays: 30, reminderDaysBefore: [7, 1], digestStaleCadences: 2 }, etag: '"e1"' };
const tagsOf = (html: string, testId: string) => [...html.matchAll(new RegExp(`<[^>]*data-testid="${testId}"[^>]*>`, 'g'))].map((m) => m[0]);
const form = (initial = loaded, locale: 'nl-NL' | 'nl-BE' | 'en-GB' = 'nl-NL') => markup(withApi(createElement(DefaultsForm, { initial, organisation: 'Installatiebedrijf Hendriks B.V.' })), locale);

describe('the "Instellingen" page', () => {
  it('tells someone outside HR that only HR may, without a form', () => {
    const html = markup(withApi(createElement(SettingsPage, { me: sampleMeAhmed })));
    expect(visibleText(html)).toContain('Alleen HR kan de instellingen van de organisatie bekijken en wijzigen.');
    expect(tagsOf(html, 'settings-form')).toEqual([]);
  });

  it('loads the defaults for HR first', () => {
    const html = markup(withApi(createElement(SettingsPage, { me: fatima })));
    expect(visibleText(html)).toContain('De instellingen worden geladen…');
  });

  it('shows the stored defaults in labelled controls, with what the digest threshold means in days and a word on quiet hours', () => {
    const html = form();
    const text = visibleText(html);
    expect(unlabelledControls(html)).toEqual([]);
    expect(text).toContain('Bij Installatiebedrijf Hendriks B.V. gelden deze instellingen voor iedereen.');
    expect(html).toMatch(/<option value="30" selected="">Elke maand<\/option>/);
    const ticked = tagsOf(html, 'settings-day-before').filter((tag) => /checked=""/.test(tag)).map((tag) => /data-days="(\d+)"/.exec(tag)?.[1]);
    expect(ticked).toEqual(['7', '1']);
    expect(text).toContain('1 dag van tevoren');
    expect(text).toContain('14 dagen van tevoren');
    expect(html).toMatch(/<option value="2" selected="">2 × het ritme<\/option>/);
    expect(text).toContain('na ongeveer 60 dagen zonder update');
    expect(text).toContain('Stille uren');
    expect(text).toContain('Opslaan');
  });

  it('turns further ticks off once five moments are chosen, and says why', () => {
    const html = form({ ...loaded, defaults: { ...loaded.defaults, reminderDaysBefore: [30, 14, 7, 3, 1] } });
    const unticked = tagsOf(html, 'settings-day-before').filter((tag) => !/checked=""/.test(tag));
    expect(unticked.length).toBeGreaterThan(0);
    expect(unticked.every((tag) => /disabled=""/.test(tag))).toBe(true);
    expect(visibleText(html)).toContain('Kies hoogstens vijf momenten.');
  });

  it('shows a stored value that is no preset, and says "Bewaren" in Flemish', () => {
    const html = form({ ...loaded, defaults: { checkInCadenceDays: 45, reminderDaysBefore: [5], digestStaleCadences: 3 } }, 'nl-BE');
    expect(html).toMatch(/<option value="45" selected="">Elke 45 dagen<\/option>/);
    expect(tagsOf(html, 'settings-day-before').filter((tag) => /checked=""/.test(tag)).map((tag) => /data-days="(\d+)"/.exec(tag)?.[1])).toEqual(['5']);
    expect(visibleText(html)).toContain('Bewaren');
  });
});

describe('the settings form', () => {
  const d = loaded.defaults;
  it('ticks and unticks moments, longest first, and never more than five', () => {
    expect(toggleDayBefore(d, 14, true).reminderDaysBefore).toEqual([14, 7, 1]);
    expect(toggleDayBefore(d, 7, false).reminderDaysBefore).toEqual([1]);
    const five = { ...d, reminderDaysBefore: [30, 14, 7, 3, 1] };
    expect(toggleDayBefore(five, 2, true)).toBe(five);
  });

  it('offers the presets and anything stored, and knows when nothing changed', () => {
    expect(daysBeforeChoices([5], [])).toEqual([30, 14, 7, 5, 3, 2, 1]);
    expect(sameDefaults(d, { ...d, reminderDaysBefore: [1, 7] })).toBe(true);
    expect(sameDefaults(d, { ...d, checkInCadenceDays: 14 })).toBe(false);
  });

  it('says after a save how many plans follow at once, and when the rest of a large organisation follows', () => {
    const nl = translator('nl-NL');
    expect(savedMessage(nl, { plans: 0, pending: 0 })).toBe('Opgeslagen. Er is nog geen goedgekeurd plan; elk nieuw plan volgt deze standaard.');
    expect(savedMessage(nl, { plans: 1, pending: 0 })).toContain('het ene goedgekeurde plan');
    expect(savedMessage(nl, { plans: 12, pending: 0 })).toContain('van 12 goedgekeurde plannen zijn meteen aangepast.');
    expect(savedMessage(nl, { plans: 400, pending: 1600 })).toBe(
      'Opgeslagen. De herinneringen van 400 goedgekeurde plannen zijn meteen aangepast; de overige 1.600 volgen vannacht. Tot dan gaat er geen check-in uit op het oude ritme.',
    );
    expect(savedMessage(translator('en-GB'), { plans: 400, pending: 1600 })).toContain('the other 1,600 follow tonight');
  });
});
