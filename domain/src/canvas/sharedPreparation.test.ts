import type { PreparationResponse } from '../bookingApi';
import { KoerskaartVariant, sectionsFor } from '../koerskaart';
import { prepQuestionsFor, type Preparation } from '../preparation';
import { sharedAnswersBySection } from './sharedPreparation';

const TENANT = '6f1c2a7e-0000-4000-8000-000000000001';
const AHMED = '0a000000-0000-4000-8000-000000000104';
const JEROEN = '0a000000-0000-4000-8000-000000000101';
const AT = '2026-11-20T10:00:00.000Z';

function prep(role: 'employee' | 'manager', answers: Preparation['answers']): Preparation {
  return {
    id: `c-1|${role}`,
    tenantId: TENANT,
    employeeId: AHMED,
    conversationId: 'c-1',
    ownerId: role === 'employee' ? AHMED : JEROEN,
    role,
    answers,
    updatedAt: AT,
  };
}

const answer = (questionId: Preparation['answers'][number]['questionId'], text: string, shared: boolean) => ({ questionId, text, shared, updatedAt: AT });

type Response = Pick<PreparationResponse, 'role' | 'mine' | 'sharedByEmployee' | 'sharedByManager'>;

describe('the shared preparation answers on the Koerskaart', () => {
  const employeePrep = prep('employee', [
    answer('ondersteuning', 'Tijd voor een cursus', true),
    answer('hoe-sta-je', 'Goed, wel druk', true),
    answer('energie', 'Privé: de planning kost me energie', false),
    answer('sterktes', 'Overzicht houden', true),
    answer('kernkwaliteit', 'Zorgvuldig', true),
    answer('loopbaanwensen', '   ', true),
  ]);

  it('puts each shared answer in its question’s section, in the catalogue’s order, with the question text', () => {
    const byEmployee: Response = { role: 'employee', mine: employeePrep };
    expect(sharedAnswersBySection(byEmployee, 'nl', 'standaard')).toEqual({
      opening: [{ questionId: 'hoe-sta-je', author: 'employee', section: 'opening', question: 'Hoe sta je in je werk?', answer: 'Goed, wel druk' }],
      competentie: [
        expect.objectContaining({ questionId: 'sterktes', answer: 'Overzicht houden' }),
        expect.objectContaining({ questionId: 'kernkwaliteit', group: 'kernkwadrant', answer: 'Zorgvuldig' }),
      ],
      ondersteuning: [expect.objectContaining({ questionId: 'ondersteuning', answer: 'Tijd voor een cursus' })],
    });
  });

  it('shows the manager exactly what the employee sees: only the shared answers, never the private one', () => {
    const byManager: Response = { role: 'manager', mine: prep('manager', [answer('aanbod', 'Budget voor een cursus', false)]), sharedByEmployee: employeePrep };
    const forManager = sharedAnswersBySection(byManager, 'nl', 'standaard');
    expect(forManager).toEqual(sharedAnswersBySection({ role: 'employee', mine: employeePrep }, 'nl', 'standaard'));
    const texts = Object.values(forManager).flat().map((a) => a.answer);
    expect(texts).not.toContain('Privé: de planning kost me energie');
    // The manager's own unshared preparation is theirs alone, also on the canvas.
    expect(texts).not.toContain('Budget voor een cursus');
  });

  it("shows the manager's shared answers to both, after the employee's and marked as the manager's", () => {
    const managerPrep = prep('manager', [answer('paden', 'Projectleider', true), answer('aanbod', 'Privé budget', false)]);
    const forEmployee = sharedAnswersBySection({ role: 'employee', mine: employeePrep, sharedByManager: managerPrep }, 'nl', 'standaard');
    const forManager = sharedAnswersBySection({ role: 'manager', mine: managerPrep, sharedByEmployee: employeePrep }, 'nl', 'standaard');
    expect(forEmployee).toEqual(forManager);
    expect(forEmployee.mogelijkheden).toEqual([expect.objectContaining({ questionId: 'paden', author: 'manager', answer: 'Projectleider' })]);
    expect(JSON.stringify(forEmployee)).not.toContain('Privé budget');
  });

  it('asks the question in the reader’s language', () => {
    const shown = sharedAnswersBySection({ role: 'employee', mine: employeePrep }, 'en', 'standaard');
    expect(shown.opening?.[0]?.question).toBe('How do you feel about your work?');
  });

  it('shows nothing without an employee preparation, or when the manager is handed a manager preparation', () => {
    expect(sharedAnswersBySection({ role: 'employee' }, 'nl', 'standaard')).toEqual({});
    expect(sharedAnswersBySection({ role: 'manager' }, 'nl', 'standaard')).toEqual({});
    const wrong = prep('manager', [answer('aanbod', 'x', true)]);
    expect(sharedAnswersBySection({ role: 'manager', sharedByEmployee: wrong }, 'nl', 'standaard')).toEqual({});
    expect(sharedAnswersBySection({ role: 'employee', sharedByManager: employeePrep }, 'nl', 'standaard')).toEqual({});
  });

  it('has a section on every variant of the canvas for every employee question', () => {
    for (const variant of KoerskaartVariant.options) {
      const sections = sectionsFor(variant).map((s) => s.id);
      for (const question of prepQuestionsFor('employee')) expect({ question: question.id, in: sections.includes(question.section) }).toEqual({ question: question.id, in: true });
    }
  });
});
