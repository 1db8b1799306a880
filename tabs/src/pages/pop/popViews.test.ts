import { describe, expect, it } from '@jest/globals';
import { approvePop, currentVersion, PopGoals, recordProgress } from '@koers/domain';
import { createElement } from 'react';
import { markup, unlabelledControls, visibleText } from '../../testing/markup';
import { withApi } from '../../testing/withApi';
import { ahmed, jeroen, revisedPop, sampleMeAhmed, samplePop, smartGoal, viewOf } from '../../testing/popSamples';
import { ApprovalPanel } from './ApprovalPanel';
import { GoalEditor } from './GoalEditor';
import { GoalView } from './GoalView';
import type { GoalDraft } from './popForm';
import { draftFromGoal, newGoal, smartHints } from './popForm';
import { PopPlan } from './PopPlan';
import { ProgressPanel } from './ProgressPanel';

const TODAY = '2026-12-01';
const noop = () => undefined;

function editor(goal: GoalDraft, role: 'employee' | 'manager' = 'employee', locale: 'nl-NL' | 'nl-BE' | 'en-GB' = 'nl-NL', detailsOpen = true) {
  return markup(
    createElement(GoalEditor, { goal, n: 1, role, employee: ahmed, manager: jeroen, findings: smartHints(goal, TODAY), problems: [], onChange: noop, onRemove: noop, detailsOpen }),
    locale,
  );
}

/** The markup of the element with this data-testid, up to its end tag (one level of nesting is enough here). */
const attrsOf = (html: string, testId: string) => [...html.matchAll(new RegExp(`<[^>]*data-testid="${testId}"[^>]*>`, 'g'))].map((m) => m[0]);

describe('the goal editor', () => {
  it('labels every input, list item and date', () => {
    const goal = { ...draftFromGoal(PopGoals.parse([smartGoal])[0]!), voortgangsgesprekken: ['2027-02-01', ''] };
    const html = editor(goal);
    expect(html.match(/<(input|textarea|select)\b/g)?.length).toBeGreaterThan(20);
    expect(unlabelledControls(html)).toEqual([]);
    for (const label of ['Doel', 'Soort ontwikkeling', 'Route', 'Actie 1', 'Succescriterium 1', 'Deadline', 'Mijlpaal 1', 'Datum van mijlpaal 1', 'Budget (€)', 'Eigen inzet (uren)', 'Voortgangsgesprek 2']) {
      expect(visibleText(html)).toContain(label);
    }
  });

  it('offers no voortgangsgesprek dates for a new goal: the plan\'s rhythm agrees the follow-ups', () => {
    const html = editor(newGoal('g2', ahmed.id));
    expect(attrsOf(html, 'goal-checkins')).toEqual([]);
    expect(visibleText(html)).not.toContain('Voortgangsgesprek toevoegen');
  });

  it('keeps a goal\'s earlier voortgangsgesprek dates changeable and removable, but adds none', () => {
    const goal = { ...draftFromGoal(PopGoals.parse([smartGoal])[0]!), voortgangsgesprekken: ['2027-02-01'] };
    const html = editor(goal);
    expect(attrsOf(html, 'goal-checkins-item')).toHaveLength(1);
    expect(attrsOf(html, 'goal-checkins-remove')).toHaveLength(1);
    expect(attrsOf(html, 'goal-checkins-add')).toEqual([]);
    expect(visibleText(html)).toContain('ritme van het plan');
  });

  it('shows no empty "Voortgangsgesprekken" line on the agreed plan, only a goal\'s earlier dates', () => {
    const [goal] = PopGoals.parse([{ ...smartGoal, voortgangsgesprekken: [] }]);
    const without = visibleText(markup(createElement(GoalView, { goal: goal!, n: 1, names: {} }), 'nl-NL'));
    expect(without).not.toContain('Voortgangsgesprekken');
    const withDates = visibleText(markup(createElement(GoalView, { goal: { ...goal!, voortgangsgesprekken: ['2027-02-01'] }, n: 1, names: {} }), 'nl-NL'));
    expect(withDates).toContain('Voortgangsgesprekken');
    expect(withDates).toContain('1 februari 2027');
  });

  it('shows the SMART hints next to the goal in a polite live region, and says so once the goal is SMART', () => {
    const open = editor(newGoal('g2', ahmed.id));
    expect(open).toMatch(/aria-live="polite"/);
    expect(visibleText(open)).toContain('Welke concrete acties ga je doen? Noem er minstens één.');
    expect(visibleText(open)).toContain('Hoe weet je dat het gelukt is? Noem een meetbaar criterium.');
    const done = editor(draftFromGoal(PopGoals.parse([smartGoal])[0]!));
    expect(attrsOf(done, 'smart-hint')).toEqual([]);
    expect(visibleText(done)).toContain('Dit doel is SMART geformuleerd.');
    expect(visibleText(editor(newGoal('g2', ahmed.id), 'employee', 'en-GB'))).toContain('How will you know it worked? Name a measurable criterion.');
    const flemish = visibleText(editor(newGoal('g2', ahmed.id), 'employee', 'nl-BE'));
    expect(flemish).toContain('Welke concrete acties ga je ondernemen? Noem er minstens één.');
    // Where Flemish says it the Dutch way, the Dutch hint.
    expect(flemish).toContain('Wanneer moet het klaar zijn? Zet er een deadline op.');
  });

  it('asks the essentials first and folds the rest under "Meer details"', () => {
    const html = editor(draftFromGoal(PopGoals.parse([smartGoal])[0]!), 'employee', 'nl-NL', false);
    const text = visibleText(html);
    for (const label of ['Doel', 'Waarom dit doel?', 'Actie 1', 'Succescriterium 1', 'Deadline', 'Begeleiding (wie)', 'Meer details']) expect(text).toContain(label);
    for (const label of ['Soort ontwikkeling', 'Mijlpaal 1', 'Budget (€)', 'Voortgangsgesprek 1']) expect(text).not.toContain(label);
    expect(unlabelledControls(html)).toEqual([]);
  });

  it('lets each party tick only their own acceptance box', () => {
    const asEmployee = editor(newGoal('g2', ahmed.id), 'employee');
    const own = attrsOf(asEmployee, 'accept-employee');
    const other = attrsOf(asEmployee, 'accept-manager');
    expect(own.join('')).not.toMatch(/disabled/);
    expect(other.join('')).toMatch(/disabled/);
    expect(attrsOf(editor(newGoal('g2', ahmed.id), 'manager'), 'accept-employee').join('')).toMatch(/disabled/);
  });
});

describe('the approval panel', () => {
  const render = (dirty: boolean, view = viewOf(samplePop())) =>
    markup(createElement(ApprovalPanel, { view, dirty, pending: false, timeZone: 'Europe/Amsterdam', onApprove: noop, onReload: noop }));

  it('turns "Goedkeuren" off while there are unsaved edits, and says why', () => {
    const html = render(true);
    expect(attrsOf(html, 'approve').join('')).toMatch(/aria-disabled="true"/);
    expect(visibleText(html)).toContain('Sla eerst je wijzigingen op: je keurt goed wat opgeslagen is.');
    expect(attrsOf(render(false), 'approve').join('')).not.toMatch(/aria-disabled="true"/);
  });

  it('shows who approved which version when', () => {
    const pop = revisedPop();
    const approvedV1 = { ...pop, versions: pop.versions.slice(0, 1) };
    const html = render(false, viewOf(approvedV1, 'manager'));
    expect(visibleText(html)).toContain('Ahmed Yilmaz: goedgekeurd op 2 dec 2026, 10:00');
    expect(visibleText(html)).toContain('Jeroen Hendriks: goedgekeurd op 2 dec 2026, 11:00');
    expect(attrsOf(html, 'approve').join('')).toMatch(/aria-disabled="true"/);
    expect(visibleText(html)).toContain('Je hebt versie 1 goedgekeurd.');
  });
});

describe('the open plan', () => {
  const plan = (view = viewOf(revisedPop())) => markup(withApi(createElement(PopPlan, { me: sampleMeAhmed, initial: view, onBack: noop })));

  it('says clearly that an edit after approval is a new draft both approve again', () => {
    const html = plan();
    expect(visibleText(html)).toContain('Versie 2 — wacht op goedkeuring van beiden');
    expect(attrsOf(html, 'pop-status').join('')).toMatch(/data-status="concept"/);
  });

  it('lists every version with its approvals, newest first, with a PDF only for the approved one', () => {
    const html = plan();
    expect(attrsOf(html, 'history-version').map((tag) => /data-version="(\d+)"/.exec(tag)?.[1])).toEqual(['2', '1']);
    expect(attrsOf(html, 'pdf').map((tag) => /data-version="(\d+)"/.exec(tag)?.[1])).toEqual(['1', '1']);
    expect(visibleText(html)).toContain('PDF van versie 1 downloaden');
    expect(visibleText(html)).toContain('Versie 1 bekijken');
  });

  it('prints the plan as agreed, without navigation and buttons', () => {
    const html = plan();
    expect(attrsOf(html, 'pop-print-goals').join('')).toMatch(/data-print="only"/);
    expect(attrsOf(html, 'pop-editor').join('')).toMatch(/data-print="hide"/);
    expect(visibleText(html)).toContain('Zelfstandig drie offertes opstellen');
  });
});

describe('an agreed plan', () => {
  const agreed = () => {
    const draft = samplePop();
    const v1 = currentVersion(draft);
    const once = approvePop(draft, { version: 1, contentHash: v1.contentHash, by: ahmed.id, now: '2026-12-02T09:00:00.000Z' });
    const both = approvePop(once, { version: 1, contentHash: v1.contentHash, by: jeroen.id, now: '2026-12-02T10:00:00.000Z' });
    return recordProgress(both, { goalId: 'g1', status: 'op-koers', note: 'Eerste offerte ligt bij Jeroen', milestone: { id: 'm1', done: true }, by: ahmed.id, now: '2026-12-10T09:00:00.000Z' });
  };

  it('reads as the agreement: goal cards with kind, route, deadline, progress and the last note, and no form', () => {
    const html = markup(withApi(createElement(PopPlan, { me: sampleMeAhmed, initial: viewOf(agreed()), onBack: noop })));
    const text = visibleText(html);
    expect(attrsOf(html, 'pop-document')).toHaveLength(1);
    expect(attrsOf(html, 'pop-editor')).toEqual([]);
    expect(attrsOf(html, 'remove-goal')).toEqual([]);
    expect(attrsOf(html, 'goal-card').join('')).toMatch(/data-percent="67"/);
    for (const part of ['Verbreden binnen je functie', 'Meelopen met een andere afdeling', 'Deadline 30 juni 2027', '1 van 1 mijlpaal gehaald', 'Status: Op koers', 'Eerste offerte ligt bij Jeroen', 'Wijziging voorstellen']) {
      expect(text).toContain(part);
    }
    expect(html).toMatch(/role="progressbar"/);
  });
});

describe('the progress of a goal', () => {
  it('shows the status, the ticked milestones and the notes with who wrote them', () => {
    let pop = samplePop();
    pop = recordProgress(pop, { goalId: 'g1', status: 'op-koers', note: 'Eerste offerte ligt bij Jeroen', milestone: { id: 'm1', done: true }, by: ahmed.id, now: '2026-12-10T09:00:00.000Z' });
    const html = markup(createElement(ProgressPanel, { view: viewOf(pop), timeZone: 'Europe/Amsterdam', record: async () => undefined }));
    expect(html).toMatch(/<option value="op-koers" selected="">Op koers<\/option>/);
    expect(attrsOf(html, 'progress-milestone').join('')).toMatch(/checked/);
    expect(visibleText(html)).toContain('Ahmed Yilmaz, 10 dec 2026, 10:00');
    expect(visibleText(html)).toContain('Eerste offerte ligt bij Jeroen');
    expect(unlabelledControls(html)).toEqual([]);
  });
});
