import { contracts } from '@koers/contracts';
import type { AssignFunctionRequest, CareerOptionsResponse, ConfirmJobTitleRequest, FunctionLinksResponse } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';
import { careerOptionsApi } from './careerOptionsApi';

/** A person's career options and HR's function links (@koers/contracts' career routes). */
export interface CareerApi {
  /** With `conversationId`, the employee's self-assessment of that preparation counts. */
  options(personId: string, conversationId: string | undefined, signal?: AbortSignal): Promise<CareerOptionsResponse>;
  links(signal?: AbortSignal): Promise<FunctionLinksResponse>;
  confirmJobTitle(request: ConfirmJobTitleRequest): Promise<FunctionLinksResponse>;
  assignFunction(personId: string, request: AssignFunctionRequest): Promise<FunctionLinksResponse>;
}

export function careerApi(call: AuthorizedCall): CareerApi {
  const client = apiClient(call);
  return {
    ...careerOptionsApi(call),
    links: (signal) => client.call(contracts.functionLinks, { signal }),
    confirmJobTitle: (request) => client.call(contracts.confirmJobTitle, { body: request }),
    assignFunction: (personId, request) => client.call(contracts.assignFunction, { params: { id: personId }, body: request }),
  };
}
