import {
  applyPreparationSave,
  isPreparationDone,
  PREP_QUESTIONS,
  prepQuestionsFor,
  SavePreparationRequest,
  visiblePreparation,
  WrongQuestionError,
  type Preparation,
} from './preparation';

const TENANT = '6f1c2a7e-0000-4000-8000-000000000001';
const EMPLOYEE = '0a000000-0000-4000-8000-000000000104';
const MANAGER = '0a000000-0000-4000-8000-000000000101';
const OTHER = '0a000000-0000-4000-8000-000000000102';

const employeeBase = { id: 'c-1|employee', tenantId: TENANT, employeeId: EMPLOYEE, conversationId: 'c-1', ownerId: EMPLOYEE, role: 'employee' as const };
const managerBase = { ...employeeBase, id: 'c-1|manager', ownerId: MANAGER, role: 'manager' as const };

const save = (input: unknown) => SavePreparationRequest.parse(input);

describe('the preparation questions', () => {
  it('ask the employee about work, strengths, the kernkwadrant, wishes and support, and the manager about the organisation', () => {
    expect(prepQuestionsFor('employee').map((q) => q.id)).toEqual(
      expect.arrayContaining(['hoe-sta-je', 'sterktes', 'kernkwaliteit', 'valkuil', 'uitdaging', 'allergie', 'loopbaanwensen', 'ondersteuning']),
    );
    expect(prepQuestionsFor('manager').map((q) => q.id)).toEqual(['noden-organisatie', 'paden', 'aanbod']);
    for (const question of PREP_QUESTIONS) {
      expect(question.text.nl.length).toBeGreaterThan(5);
      expect(question.text.en.length).toBeGreaterThan(5);
    }
  });
});

describe('saving a preparation', () => {
  it('keeps answers private unless shared, drops empty ones and keeps the catalogue order', () => {
    const next = applyPreparationSave(
      undefined,
      employeeBase,
      save({ answers: [{ questionId: 'ondersteuning', text: 'Een cursus' }, { questionId: 'hoe-sta-je', text: 'Goed', shared: true }, { questionId: 'energie', text: '' }] }),
      '2026-12-01T10:00:00.000Z',
    );
    expect(next.answers).toEqual([
      { questionId: 'hoe-sta-je', text: 'Goed', shared: true, updatedAt: '2026-12-01T10:00:00.000Z' },
      { questionId: 'ondersteuning', text: 'Een cursus', shared: false, updatedAt: '2026-12-01T10:00:00.000Z' },
    ]);
    expect(isPreparationDone(next)).toBe(false);
  });

  it('keeps the time of an unchanged answer and records when it was marked done, once', () => {
    const first = applyPreparationSave(undefined, employeeBase, save({ answers: [{ questionId: 'sterktes', text: 'Plannen' }] }), '2026-12-01T10:00:00.000Z');
    const done = applyPreparationSave(first, employeeBase, save({ answers: [{ questionId: 'sterktes', text: 'Plannen' }], completed: true }), '2026-12-02T10:00:00.000Z');
    const again = applyPreparationSave(done, employeeBase, save({ answers: [{ questionId: 'sterktes', text: 'Plannen' }], completed: true }), '2026-12-03T10:00:00.000Z');
    expect(done.answers[0]?.updatedAt).toBe('2026-12-01T10:00:00.000Z');
    expect(again.completedAt).toBe('2026-12-02T10:00:00.000Z');
    const reopened = applyPreparationSave(again, employeeBase, save({ answers: [] }), '2026-12-04T10:00:00.000Z');
    expect(reopened.completedAt).toBeUndefined();
  });

  it('keeps the Koerskaart the employee chose until they choose another; a manager cannot choose it for them', () => {
    const chosen = applyPreparationSave(undefined, employeeBase, save({ answers: [], variant: 'langer-werken' }), '2026-12-01T10:00:00.000Z');
    expect(chosen.variant).toBe('langer-werken');
    expect(applyPreparationSave(chosen, employeeBase, save({ answers: [] }), '2026-12-02T10:00:00.000Z').variant).toBe('langer-werken');
    expect(applyPreparationSave(chosen, employeeBase, save({ answers: [], variant: 'standaard' }), '2026-12-03T10:00:00.000Z').variant).toBe('standaard');
    expect(applyPreparationSave(undefined, managerBase, save({ answers: [], variant: 'langer-werken' }), '2026-12-01T10:00:00.000Z')).not.toHaveProperty('variant');
  });

  it("shares a manager's answer only when marked, and refuses the other party's questions", () => {
    const manager = applyPreparationSave(
      undefined,
      managerBase,
      save({ answers: [{ questionId: 'paden', text: 'Projectleider', shared: true }, { questionId: 'aanbod', text: 'Budget voor een cursus' }] }),
      '2026-12-01T10:00:00.000Z',
    );
    expect(manager.answers.map((a) => a.shared)).toEqual([true, false]);
    expect(() => applyPreparationSave(undefined, employeeBase, save({ answers: [{ questionId: 'aanbod', text: 'x' }] }), '2026-12-01T10:00:00.000Z')).toThrow(
      WrongQuestionError,
    );
  });

  it('refuses the same question twice and over-long answers', () => {
    expect(SavePreparationRequest.safeParse({ answers: [{ questionId: 'sterktes', text: 'a' }, { questionId: 'sterktes', text: 'b' }] }).success).toBe(false);
    expect(SavePreparationRequest.safeParse({ answers: [{ questionId: 'sterktes', text: 'x'.repeat(2001) }] }).success).toBe(false);
  });
});

describe('who reads a preparation', () => {
  const prep: Preparation = applyPreparationSave(
    undefined,
    employeeBase,
    save({ answers: [{ questionId: 'hoe-sta-je', text: 'Gedeeld', shared: true }, { questionId: 'allergie', text: 'Privé' }] }),
    '2026-12-01T10:00:00.000Z',
  );

  it('shows the employee everything, the manager only what is shared, and nobody else anything', () => {
    expect(visiblePreparation(prep, { id: EMPLOYEE, tenantId: TENANT }, MANAGER)?.answers).toHaveLength(2);
    expect(visiblePreparation(prep, { id: MANAGER, tenantId: TENANT }, MANAGER)?.answers.map((a) => a.text)).toEqual(['Gedeeld']);
    expect(visiblePreparation(prep, { id: OTHER, tenantId: TENANT }, MANAGER)).toBeUndefined();
    expect(visiblePreparation(prep, { id: MANAGER, tenantId: '6f1c2a7e-0000-4000-8000-000000000002' }, MANAGER)).toBeUndefined();
  });

  it("shows the employee only what the manager shared of their preparation", () => {
    const own = applyPreparationSave(
      undefined,
      managerBase,
      save({ answers: [{ questionId: 'aanbod', text: 'Budget' }, { questionId: 'paden', text: 'Projectleider', shared: true }] }),
      '2026-12-01T10:00:00.000Z',
    );
    expect(visiblePreparation(own, { id: EMPLOYEE, tenantId: TENANT }, MANAGER)?.answers.map((a) => a.text)).toEqual(['Projectleider']);
    expect(visiblePreparation(own, { id: OTHER, tenantId: TENANT }, MANAGER)).toBeUndefined();
  });
});
