import { describe, expect, it } from '@jest/globals';
import type { HomeCheckIn, TeamRow } from '@koers/domain';
import { createElement } from 'react';
import { markup, unlabelledControls, visibleText } from '../../testing/markup';
import { withApi } from '../../testing/withApi';
import { ahmed } from '../../testing/popSamples';
import { CheckIns } from './CheckIns';
import { TeamSection } from './TeamSection';

const TZ = 'Europe/Amsterdam';
const noor = { id: '0a000000-0000-4000-8000-000000000104', displayName: 'Noor Visser', email: 'noor@hendriks.example', jobTitle: 'planner' };

const rows: TeamRow[] = [
  {
    person: ahmed,
    lastHeld: { id: 'c1', at: '2026-10-14T10:00:00.000Z' },
    nextPlanned: { id: 'c2', start: '2026-12-15T09:00:00.000Z' },
    preparationDone: true,
    popStatus: 'goedgekeurd',
    popId: 'pop-c1',
    helpNeeded: 1,
    overdueCheckIns: 2,
    nextAction: { kind: 'help', popId: 'pop-c1' },
  },
  { person: noor, popStatus: 'geen', helpNeeded: 0, overdueCheckIns: 0, nextAction: { kind: 'plan-conversation' } },
];

const tagsOf = (html: string, testId: string) => [...html.matchAll(new RegExp(`<[^>]*data-testid="${testId}"[^>]*>`, 'g'))].map((m) => m[0]);

describe("the manager's team table", () => {
  it('shows per person the last and next conversation, preparation, plan, help and check-ins, with the next step', () => {
    const html = markup(withApi(createElement(TeamSection, { rows, timeZone: TZ })));
    const text = visibleText(html);
    for (const column of ['Medewerker', 'Laatste gesprek', 'Volgend gesprek', 'Voorbereiding', 'POP', 'Hulp nodig', 'Check-ins te laat', 'Volgende stap']) expect(text).toContain(column);
    expect(text).toContain('14 okt 2026');
    expect(text).toContain('Klaar');
    expect(text).toContain('Goedgekeurd');
    expect(text).toContain('1 doel');
    expect(text).toContain('Niet gepland');
    expect(text).toContain('Nog geen POP');
    const actions = tagsOf(html, 'next-action');
    expect(actions[0]).toMatch(/href="#\/pop\/pop-c1"/);
    expect(actions[0]).toMatch(/aria-label="Hulpvraag bekijken voor Ahmed Yilmaz"/);
    expect(actions[1]).toMatch(/href="#\/plan"/);
    // The table scrolls inside its own focusable, named box on a narrow screen.
    expect(html).toMatch(/role="region" aria-label="Teamoverzicht, schuif opzij voor alle kolommen" tabindex="0"/);
  });

  it('says "ingepland" in Flemish', () => {
    expect(visibleText(markup(withApi(createElement(TeamSection, { rows, timeZone: 'Europe/Brussels' })), 'nl-BE'))).toContain('Niet ingepland');
  });
});

describe('a check-in on the home page', () => {
  const item: HomeCheckIn = { popId: 'pop-c1', goalId: 'g1', title: 'Zelfstandig offertes opstellen', seenVersion: 1, status: 'bezig', dueSince: '2026-11-19T09:00:00.000Z' };

  it('asks the three answers of the chat card, every control labelled (the note comes with an answer)', () => {
    const html = markup(withApi(createElement(CheckIns, { items: [item], timeZone: TZ })));
    const text = visibleText(html);
    for (const part of ['Zelfstandig offertes opstellen', 'Gevraagd sinds 19 nov 2026', 'Op koers', 'Hulp nodig', 'Afgerond', 'Check-in versturen']) expect(text).toContain(part);
    expect(unlabelledControls(html)).toEqual([]);
    expect(tagsOf(html, 'check-in-send').join('')).toMatch(/aria-disabled="true"/);
  });

  it('says when nothing is waiting', () => {
    expect(visibleText(markup(withApi(createElement(CheckIns, { items: [], timeZone: TZ }))))).toContain('Er staan geen check-ins open.');
  });
});
