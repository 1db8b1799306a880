import { describe, expect, it } from '@jest/globals';
import type { Preparation } from '@koers/domain';
import { prepQuestionsFor, SavePreparationRequest } from '@koers/domain';
import { draftFrom, isDirty, rebase, saveRequest } from './prepForm';

const employeeQuestions = prepQuestionsFor('employee');
const managerQuestions = prepQuestionsFor('manager');

const stored: Preparation = {
  id: 'gesprek-1|employee',
  tenantId: '6f1c2a7e-0000-4000-8000-000000000001',
  employeeId: '0a000000-0000-4000-8000-000000000104',
  conversationId: 'gesprek-1',
  ownerId: '0a000000-0000-4000-8000-000000000104',
  role: 'employee',
  answers: [{ questionId: 'sterktes', text: 'Plannen', shared: true, updatedAt: '2026-11-20T10:00:00Z' }],
  updatedAt: '2026-11-20T10:00:00Z',
};

describe('the preparation form', () => {
  it('starts with every question of the role, private and empty unless stored', () => {
    const draft = draftFrom(employeeQuestions, stored);
    expect(Object.keys(draft)).toHaveLength(employeeQuestions.length);
    expect(draft.sterktes).toEqual({ text: 'Plannen', shared: true });
    expect(draft['hoe-sta-je']).toEqual({ text: '', shared: false });
  });

  it('counts a changed text or sharing switch as unsaved, trailing spaces not', () => {
    const base = draftFrom(employeeQuestions, stored);
    expect(isDirty(base, { ...base, sterktes: { text: 'Plannen  ', shared: true } })).toBe(false);
    expect(isDirty(base, { ...base, sterktes: { text: 'Plannen', shared: false } })).toBe(true);
    expect(isDirty(base, { ...base, valkuil: { text: 'Te snel', shared: false } })).toBe(true);
  });

  it('sends every question, trimmed, so an emptied answer is removed', () => {
    const base = draftFrom(employeeQuestions, stored);
    const request = saveRequest(employeeQuestions, { ...base, sterktes: { text: '', shared: true }, energie: { text: ' Klanten ', shared: false } }, false);
    const parsed = SavePreparationRequest.parse(request);
    expect(parsed.answers).toHaveLength(employeeQuestions.length);
    expect(parsed.answers.find((a) => a.questionId === 'sterktes')?.text).toBe('');
    expect(parsed.answers.find((a) => a.questionId === 'energie')?.text).toBe('Klanten');
    expect(parsed.completed).toBe(false);
  });

  it('shares a manager answer only when the manager switched it on', () => {
    const draft = { aanbod: { text: 'Coaching', shared: true }, paden: { text: 'Projectleider', shared: false } };
    const shared = saveRequest(managerQuestions, draft, true).answers.filter((a) => a.shared).map((a) => a.questionId);
    expect(shared).toEqual(['aanbod']);
  });

  it('after a conflict keeps what was typed here and takes the rest from the newest version', () => {
    const base = draftFrom(employeeQuestions, stored);
    const draft = { ...base, valkuil: { text: 'Te snel', shared: false } };
    const latest = { ...base, energie: { text: 'Uit de chat', shared: true }, valkuil: { text: 'Ander venster', shared: false } };
    const merged = rebase(base, draft, latest);
    expect(merged.valkuil).toEqual({ text: 'Te snel', shared: false });
    expect(merged.energie).toEqual({ text: 'Uit de chat', shared: true });
    expect(merged.sterktes).toEqual({ text: 'Plannen', shared: true });
    expect(isDirty(latest, merged)).toBe(true);
  });
});
