import type { ConversationListResponse as ConversationList, MeResponse as Me } from '@koers/domain';
import { ConversationListResponse, MeResponse } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';

export interface KoersApi {
  me(signal?: AbortSignal): Promise<Me>;
  conversations(scope: 'mine' | 'team', signal?: AbortSignal): Promise<ConversationList>;
}

export function koersApi(call: AuthorizedCall): KoersApi {
  return {
    me: (signal) => call({ path: '/me', schema: MeResponse, signal }),
    conversations: (scope, signal) =>
      call({ path: `/conversations?scope=${scope}`, schema: ConversationListResponse, signal }),
  };
}
