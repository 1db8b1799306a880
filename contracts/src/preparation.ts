import { PreparationResponse, SavePreparationRequest } from '@koers/domain';
import { ConversationParams } from './booking';
import { defineContracts, json } from './contract';

/** Preparing a conversation: each side's own answers; the employee's stay private until shared. */
export const preparationContracts = defineContracts({
  preparation: {
    method: 'GET',
    path: 'conversations/{id}/preparation',
    summary: "The caller's own preparation; the manager also sees the answers the employee shared, nothing else",
    tags: ['booking'],
    auth: 'bearer',
    params: ConversationParams,
    response: json('PreparationResponse', PreparationResponse),
    problems: [400, 404],
  },
  savePreparation: {
    method: 'PUT',
    path: 'conversations/{id}/preparation',
    summary: "Save the caller's preparation, partially or done (If-Match once it exists); each employee answer is private until shared",
    tags: ['booking'],
    auth: 'bearer',
    ifMatch: 'optional',
    params: ConversationParams,
    body: SavePreparationRequest,
    response: json('PreparationResponse', PreparationResponse),
    problems: [404, 409, 412],
  },
});
