import { describe, expect, it } from '@jest/globals';
import { recordProgress, revisePop, setReminderPreferences, type Pop } from '@koers/domain';
import { createElement } from 'react';
import { translator } from '../../testing/translator';
import { markup, unlabelledControls, visibleText } from '../../testing/markup';
import { ahmed, revisedPop, samplePop, smartGoal, viewOf } from '../../testing/popSamples';
import { cadenceChoices, cadenceLabel, cadenceOfChoice, choiceValue, reminderGoals } from './reminderChoices';
import { RemindersPanel } from './RemindersPanel';

const NOW = '2026-12-05T09:00:00.000Z';
const save = async () => undefined;
const tagsOf = (html: string, testId: string) => [...html.matchAll(new RegExp(`<[^>]*data-testid="${testId}"[^>]*>`, 'g'))].map((m) => m[0]);
/** The agreed plan: version 1, approved by both. */
const agreed = (): Pop => {
  const pop = revisedPop();
  return { ...pop, versions: pop.versions.slice(0, 1) };
};
const panel = (pop: Pop) => markup(createElement(RemindersPanel, { view: viewOf(pop), orgCadence: 30, save }));

describe('the reminder controls of a plan', () => {
  it('wait for the agreement: a draft nobody approved has no controls, only the reason', () => {
    const html = panel(samplePop());
    expect(visibleText(html)).toContain('Herinneringen beginnen zodra jullie allebei het plan hebben goedgekeurd.');
    expect(html).not.toMatch(/<(input|select)\b/);
  });

  it('offer the plan-wide cadence with the organisation default named, and a labelled switch and cadence per agreed goal', () => {
    const html = panel(agreed());
    const text = visibleText(html);
    expect(text).toContain('Herinneringen');
    expect(text).toContain('Hoe vaak Koers vraagt hoe het gaat (hele plan)');
    expect(html).toMatch(/<option value="default" selected="">Standaard van de organisatie<\/option>/);
    expect(text).toContain('De standaard van de organisatie is nu: elke maand.');
    for (const choice of ['Elke week', 'Elke twee weken', 'Elke maand', 'Elk kwartaal']) expect(text).toContain(choice);
    expect(tagsOf(html, 'goal-reminders').join('')).toMatch(/data-goal-id="g1"/);
    expect(tagsOf(html, 'reminders-switch').join('')).toMatch(/role="switch"[^>]*checked=""|checked=""[^>]*role="switch"/);
    expect(text).toContain('Herinneringen voor dit doel');
    expect(text).toContain('Zoals het hele plan');
    expect(text).toContain('Het hele plan: elke maand.');
    expect(unlabelledControls(html)).toEqual([]);
  });

  it('show a paused goal as switched off with what still comes, and a goal\'s own cadence as chosen', () => {
    let pop = setReminderPreferences(agreed(), { goalId: 'g1', paused: true, by: ahmed.id, now: NOW });
    let html = panel(pop);
    expect(tagsOf(html, 'reminders-switch').join('')).not.toMatch(/checked/);
    expect(tagsOf(html, 'goal-reminders').join('')).toMatch(/data-paused="true"/);
    expect(visibleText(html)).toContain('Gepauzeerd: Koers vraagt niet meer hoe het gaat met dit doel. Een herinnering vóór een mijlpaal of de deadline komt nog wel.');
    expect(tagsOf(html, 'reminders-goal-cadence')).toEqual([]);

    pop = setReminderPreferences(agreed(), { goalId: 'g1', cadenceDays: 60, by: ahmed.id, now: NOW });
    pop = setReminderPreferences(pop, { cadenceDays: 14, by: ahmed.id, now: NOW });
    html = panel(pop);
    expect(html).toMatch(/<option value="14" selected="">Elke twee weken<\/option>/);
    expect(html).toMatch(/<option value="60" selected="">Elke 60 dagen<\/option>/);
    expect(visibleText(html)).toContain('Het hele plan: elke twee weken.');
  });

  it('say when a goal is done or not agreed yet, and speak English', () => {
    const pop = recordProgress(agreed(), { goalId: 'g1', status: 'afgerond', by: ahmed.id, now: NOW });
    expect(visibleText(panel(pop))).toContain('Afgerond: voor dit doel komen geen herinneringen meer.');
    expect(visibleText(panel(agreed()))).not.toContain('Dit doel staat nog niet in de goedgekeurde versie');
    const withNewGoal = revisePop(agreed(), { baseVersion: 1, goals: [smartGoal, { ...smartGoal, id: 'g2', title: 'Een tweede doel' }], by: ahmed.id, now: NOW });
    const html = panel(withNewGoal);
    expect(visibleText(html)).toContain('Dit doel staat nog niet in de goedgekeurde versie: herinneringen beginnen na jullie goedkeuring.');
    expect(tagsOf(html, 'goal-reminders').map((tag) => /data-goal-id="([^"]+)"/.exec(tag)?.[1])).toEqual(['g1']);
    // Without a known organisation default (an older API): no claim about what it is.
    const english = visibleText(markup(createElement(RemindersPanel, { view: viewOf(agreed()), save }), 'en-GB'));
    expect(english).toContain('Organisation default');
    expect(english).not.toContain("The organisation's default is now");
    expect(english).toContain('Reminders for this goal');
  });
});

describe('the cadence choices', () => {
  const t = translator('nl-NL');
  it('name the presets, and any other stored cadence in days', () => {
    expect([7, 14, 30, 91, 45].map((d) => cadenceLabel(d, t))).toEqual(['Elke week', 'Elke twee weken', 'Elke maand', 'Elk kwartaal', 'Elke 45 dagen']);
    expect(cadenceChoices(undefined)).toEqual([7, 14, 30, 91]);
    expect(cadenceChoices(45)).toEqual([7, 14, 30, 45, 91]);
  });

  it('send back "default" as null, so the plan or goal follows the organisation again', () => {
    expect(cadenceOfChoice(choiceValue(undefined))).toBeNull();
    expect(cadenceOfChoice(choiceValue(14))).toBe(14);
  });

  it('are about the goals both agreed, in their order, with what is stored per goal', () => {
    const pop = setReminderPreferences(agreed(), { goalId: 'g1', paused: true, by: ahmed.id, now: NOW });
    expect(reminderGoals(pop, pop.progress).map((g) => [g.goal.id, g.paused, g.own])).toEqual([['g1', true, undefined]]);
    expect(reminderGoals(samplePop([smartGoal]), [])).toEqual([]);
  });
});
