import { noticeActivity } from './activityNotice';

const people = { employee: { displayName: 'Sanne Bakker' }, manager: { displayName: 'Linda de Wit' } };
const links = { tabUrl: 'https://koers.example', teamsAppId: '5f0c6a52-8d7e-4f4b-9a61-3c2b1e0d9f87' };
const AT = '2026-12-01T09:00:00.000Z';
const EMPLOYEE = '0a000000-0000-4000-8000-000000000106';

describe('the activity feed notification of a notice', () => {
  it("names whoever approved, in the reader's language, and opens the plan in Teams", () => {
    const byEmployee = noticeActivity({ event: 'pop-approved', popId: 'pop-1', employeeId: EMPLOYEE, version: 2, by: 'employee', at: AT }, people, { locale: 'nl-NL' }, links);
    expect(byEmployee?.webUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\/5f0c6a52-8d7e-4f4b-9a61-3c2b1e0d9f87\/home\?webUrl=https%3A%2F%2Fkoers\.example%2F%23%2Fpop%2Fpop-1&/);
    expect({ ...byEmployee, webUrl: undefined }).toEqual({
      activityType: 'approvePop',
      topic: 'POP van Sanne Bakker',
      webUrl: undefined,
      previewText: 'Lees het POP na en keur het goed; daarna geldt het voor jullie allebei.',
      templateParameters: [{ name: 'person', value: 'Sanne Bakker' }],
    });
    const byManager = noticeActivity({ event: 'pop-approved', popId: 'pop-1', employeeId: EMPLOYEE, version: 2, by: 'manager', at: AT }, people, { locale: 'en-GB' }, links);
    expect(byManager).toMatchObject({ topic: "Sanne Bakker's POP", previewText: 'Read the POP and approve it; then it applies to you both.', templateParameters: [{ name: 'person', value: 'Linda de Wit' }] });
  });

  it('tells the manager who asks for help, and the employee who planned their conversation', () => {
    expect(noticeActivity({ event: 'help-needed', popId: 'pop-1', employeeId: EMPLOYEE, goalId: 'g1', at: AT }, people, { locale: 'nl-BE' }, links)).toMatchObject({
      activityType: 'helpAsked',
      previewText: 'Open het POP om te zien bij welk doel Sanne Bakker hulp vraagt.',
      templateParameters: [{ name: 'employee', value: 'Sanne Bakker' }],
    });
    expect(noticeActivity({ event: 'booked', conversationId: 'gesprek-1', employeeId: EMPLOYEE, revision: 1, at: AT }, people, { locale: 'nl-NL' }, { tabUrl: 'http://localhost:53000' })).toEqual({
      activityType: 'conversationPlanned',
      topic: 'Loopbaangesprek',
      webUrl: 'http://localhost:53000/#/prepare/gesprek-1',
      previewText: 'Bereid je voor met de vragen die Koers je in de chat stuurt.',
      templateParameters: [{ name: 'manager', value: 'Linda de Wit' }],
    });
  });

  it('has none for the notices that are chat only', () => {
    expect(noticeActivity({ event: 'cancelled', conversationId: 'gesprek-1', employeeId: EMPLOYEE, revision: 2, at: AT }, people, { locale: 'nl-NL' }, links)).toBeUndefined();
    expect(noticeActivity({ event: 'pop-agreed', popId: 'pop-1', employeeId: EMPLOYEE, version: 1, at: AT }, people, { locale: 'nl-NL' }, links)).toBeUndefined();
  });
});
