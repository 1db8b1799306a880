import { SAMPLE_PEOPLE } from '@koers/app';
import { HomeResponse } from '@koers/domain';
import { useLocalStack } from '../testing/localStack';

const { jeroen, ahmed, sanne } = SAMPLE_PEOPLE;
const stack = useLocalStack();

describe('GET /api/home', () => {
  it("gives a manager a row per team member with the next action, and no page of their own without a manager", async () => {
    const { api, tokenFor } = stack.current();
    const response = await api('/home', { token: await tokenFor(jeroen.email) });
    expect(response.status).toBe(200);
    const home = HomeResponse.parse(await response.json());
    expect(home.team?.map((r) => r.person.displayName)).toEqual(['Ahmed Yilmaz', 'Fatima El Amrani', 'Linda de Wit', 'Noor Visser']);
    expect(home.team?.find((r) => r.person.id === ahmed.id)).toMatchObject({ popStatus: 'geen', nextAction: { kind: 'plan-conversation' } });
    expect(home.own).toBeUndefined();
    expect(home.timeZone).toBe('Europe/Amsterdam');
  });

  it('gives an employee their own part, dated by the app clock', async () => {
    const { api, tokenFor } = stack.current();
    const home = HomeResponse.parse(await (await api('/home', { token: await tokenFor(sanne.email) })).json());
    expect(home.own).toMatchObject({ goals: [], checkIns: [], managerSees: { manager: { displayName: 'Linda de Wit' }, plans: 0 } });
    expect(Number.isNaN(Date.parse(home.now))).toBe(false);
    expect(home.team).toBeUndefined();
  });

  it('answers 401 without a token', async () => {
    expect((await stack.current().api('/home')).status).toBe(401);
  });
});
