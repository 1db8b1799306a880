import { HomeResponse } from '@koers/domain';
import { defineContracts, json } from './contract';

/** The home page: what the signed-in person should do next (their own part, their team's, the conversations held). */
export const homeContracts = defineContracts({
  home: {
    method: 'GET',
    path: 'home',
    summary: 'What to do next: my next conversation, goals and check-ins, my team with the next action per person, and the conversations held',
    tags: ['people'],
    auth: 'bearer',
    response: json('HomeResponse', HomeResponse),
  },
});
