import type { ConversationListResponse as ConversationList, MeResponse as Me } from '@koers/domain';
import { ConversationListResponse, MeResponse } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { canvasApi, type CanvasApi } from './canvasApi';

export interface KoersApi {
  me(signal?: AbortSignal): Promise<Me>;
  conversations(scope: 'mine' | 'team', signal?: AbortSignal): Promise<ConversationList>;
  canvas: CanvasApi;
}

export function koersApi(call: AuthorizedCall): KoersApi {
  return {
    me: (signal) => call({ path: '/me', schema: MeResponse, signal }),
    conversations: (scope, signal) =>
      call({ path: `/conversations?scope=${scope}`, schema: ConversationListResponse, signal }),
    canvas: canvasApi(call),
  };
}
