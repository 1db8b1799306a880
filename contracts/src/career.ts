import { z } from 'zod';
import { AssignFunctionRequest, CareerOptionsQuery, CareerOptionsResponse, ConfirmJobTitleRequest, FunctionLinksResponse, TrainingRightInput, TrainingRightResponse, TrainingRightYear } from '@koers/domain';
import { defineContracts, json } from './contract';
import { PersonParams } from './people';

/**
 * "Where can I grow?" for one person, and HR's links of people to the function house. The
 * options are the person's and their conversation partner's; the links are Koers.HR's.
 */
export const TrainingRightParams = PersonParams.extend({ year: z.coerce.number().pipe(TrainingRightYear) });

export const careerContracts = defineContracts({
  careerOptions: {
    method: 'GET',
    path: 'people/{id}/career-options',
    summary:
      "The person's function, the career paths from it and per path the competences they still lack with the learning offer and its cost for them. The person and whoever holds their career conversations; anyone else 404. With conversationId, the employee's self-assessment of that preparation counts (the manager's view only once it is shared)",
    tags: ['catalogue'],
    auth: 'bearer',
    params: PersonParams,
    query: CareerOptionsQuery,
    response: json('CareerOptionsResponse', CareerOptionsResponse),
    problems: [400, 404],
  },
  functionLinks: {
    method: 'GET',
    path: 'function-links',
    summary: "Koers.HR: the directory's job titles with the function the catalogue suggests and the one HR confirmed, and the people HR gave a function by hand",
    tags: ['catalogue'],
    auth: 'bearer',
    response: json('FunctionLinksResponse', FunctionLinksResponse),
    problems: [403],
  },
  confirmJobTitle: {
    method: 'PUT',
    path: 'function-links/job-titles',
    summary: 'Koers.HR: confirm which function a directory job title means (null withdraws it); everyone with the title then holds it. 404 for a function the function house does not have',
    tags: ['catalogue'],
    auth: 'bearer',
    body: ConfirmJobTitleRequest,
    response: json('FunctionLinksResponse', FunctionLinksResponse),
    problems: [400, 403, 404],
  },
  assignFunction: {
    method: 'PUT',
    path: 'function-links/people/{id}',
    summary: "Koers.HR: give one person a function by hand, over their job title (null: their job title decides again). 404 for an unknown person or function",
    tags: ['catalogue'],
    auth: 'bearer',
    params: PersonParams,
    body: AssignFunctionRequest,
    response: json('FunctionLinksResponse', FunctionLinksResponse),
    problems: [400, 403, 404],
  },
  trainingRight: {
    method: 'GET',
    path: 'people/{id}/training-rights/{year}',
    summary:
      "A Belgian person's Federale Leerrekening of one calendar year as HR recorded it: days of the right, used and left (right null while none is recorded). The person, whoever holds their career conversations and Koers.HR; anyone else 404. An organisation outside Belgium 409 training-right-not-belgian",
    tags: ['catalogue'],
    auth: 'bearer',
    params: TrainingRightParams,
    response: json('TrainingRightResponse', TrainingRightResponse),
    problems: [400, 404, 409],
  },
  setTrainingRight: {
    method: 'PUT',
    path: 'people/{id}/training-rights/{year}',
    summary:
      "Koers.HR: record a Belgian person's training right of one calendar year (days of the right and days used, half days allowed, 0–365); the latest record wins. An organisation outside Belgium 409 training-right-not-belgian; an unknown person 404",
    tags: ['catalogue'],
    auth: 'bearer',
    params: TrainingRightParams,
    body: TrainingRightInput,
    response: json('TrainingRightResponse', TrainingRightResponse),
    problems: [400, 403, 404, 409],
  },
});
