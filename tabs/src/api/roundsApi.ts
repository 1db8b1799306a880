import { contracts } from '@koers/contracts';
import type {
  ExemptionReason,
  RoundDirectoryResponse,
  RoundInput,
  RoundListResponse,
  RoundMembersResponse,
  RoundMemberView,
  RoundPlanConfirmInput,
  RoundPlanConfirmResponse,
  RoundPlanResponse,
  RoundResponse,
  TeamRoundsResponse,
} from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';

/** Conversation rounds (@koers/contracts' rounds routes): HR's, and a manager's exemptions and planning. */
export interface RoundsApi {
  list(signal?: AbortSignal): Promise<RoundListResponse>;
  create(input: RoundInput): Promise<RoundResponse>;
  update(roundId: string, etag: string, input: RoundInput): Promise<RoundResponse>;
  start(roundId: string, etag: string): Promise<RoundResponse>;
  close(roundId: string, etag: string): Promise<RoundResponse>;
  members(roundId: string, signal?: AbortSignal): Promise<RoundMembersResponse>;
  setExemption(roundId: string, personId: string, reason: ExemptionReason): Promise<RoundMemberView>;
  removeExemption(roundId: string, personId: string): Promise<RoundMemberView>;
  team(signal?: AbortSignal): Promise<TeamRoundsResponse>;
  audience(signal?: AbortSignal): Promise<RoundDirectoryResponse>;
  plan(roundId: string, signal?: AbortSignal): Promise<RoundPlanResponse>;
  confirmPlan(roundId: string, input: RoundPlanConfirmInput): Promise<RoundPlanConfirmResponse>;
}

export function roundsApi(call: AuthorizedCall): RoundsApi {
  const client = apiClient(call);
  return {
    list: (signal) => client.call(contracts.listRounds, { signal }),
    create: (input) => client.call(contracts.createRound, { body: input }),
    update: (roundId, etag, input) => client.call(contracts.updateRound, { params: { roundId }, body: input, ifMatch: etag }),
    start: (roundId, etag) => client.call(contracts.startRound, { params: { roundId }, ifMatch: etag }),
    close: (roundId, etag) => client.call(contracts.closeRound, { params: { roundId }, ifMatch: etag }),
    members: (roundId, signal) => client.call(contracts.roundMembers, { params: { roundId }, signal }),
    setExemption: (roundId, personId, reason) => client.call(contracts.setRoundExemption, { params: { roundId, personId }, body: { reason } }),
    removeExemption: (roundId, personId) => client.call(contracts.removeRoundExemption, { params: { roundId, personId } }),
    team: (signal) => client.call(contracts.teamRounds, { signal }),
    audience: (signal) => client.call(contracts.roundAudienceOptions, { signal }),
    plan: (roundId, signal) => client.call(contracts.roundPlan, { params: { roundId }, signal }),
    confirmPlan: (roundId, input) => client.call(contracts.confirmRoundPlan, { params: { roundId }, body: input }),
  };
}
