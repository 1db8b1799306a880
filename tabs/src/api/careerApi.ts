import { contracts } from '@koers/contracts';
import type { AssignFunctionRequest, CareerOptionsResponse, ConfirmJobTitleRequest, FunctionLinksResponse, TrainingRightInput, TrainingRightResponse } from '@koers/domain';
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
  /** A Belgian person's Federale Leerrekening of one year. */
  trainingRight(personId: string, year: number, signal?: AbortSignal): Promise<TrainingRightResponse>;
  setTrainingRight(personId: string, year: number, input: TrainingRightInput): Promise<TrainingRightResponse>;
}

export function careerApi(call: AuthorizedCall): CareerApi {
  const client = apiClient(call);
  return {
    ...careerOptionsApi(call),
    links: (signal) => client.call(contracts.functionLinks, { signal }),
    confirmJobTitle: (request) => client.call(contracts.confirmJobTitle, { body: request }),
    assignFunction: (personId, request) => client.call(contracts.assignFunction, { params: { id: personId }, body: request }),
    trainingRight: (personId, year, signal) => client.call(contracts.trainingRight, { params: { id: personId, year }, signal }),
    setTrainingRight: (personId, year, input) => client.call(contracts.setTrainingRight, { params: { id: personId, year }, body: input }),
  };
}
