import { contracts } from '@koers/contracts';
import type { RemarkResponse } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';

/** What a remark is about: an agreed plan or a held conversation. */
export type RemarkSubject = { kind: 'pop' | 'conversation'; id: string };

/** "Ik zie dit anders" (@koers/contracts' remark.ts): the employee writes or withdraws their remark. */
export interface RemarkApi {
  save(subject: RemarkSubject, text: string): Promise<RemarkResponse>;
  withdraw(subject: RemarkSubject): Promise<RemarkResponse>;
}

export function remarkApi(call: AuthorizedCall): RemarkApi {
  const client = apiClient(call);
  return {
    save: ({ kind, id }, text) => client.call(kind === 'pop' ? contracts.savePopRemark : contracts.saveConversationRemark, { params: { id }, body: { text } }),
    withdraw: ({ kind, id }) => client.call(kind === 'pop' ? contracts.withdrawPopRemark : contracts.withdrawConversationRemark, { params: { id } }),
  };
}
