import type { ExemptionReason, RoundInput, RoundPlanConfirmInput } from '@koers/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useKoersApi } from './KoersApiContext';
import { queryKeys } from './queryKeys';

/** HR's rounds, with their member counts and etags. */
export function useRounds() {
  const api = useKoersApi();
  return useQuery({ queryKey: queryKeys.rounds(), queryFn: ({ signal }) => api.rounds.list(signal) });
}

export function useRoundMembers(roundId: string) {
  const api = useKoersApi();
  return useQuery({ queryKey: queryKeys.roundMembers(roundId), queryFn: ({ signal }) => api.rounds.members(roundId, signal) });
}

/** What HR picks an audience from: departments and people of the directory. */
export function useRoundAudience() {
  const api = useKoersApi();
  return useQuery({ queryKey: queryKeys.roundAudience(), queryFn: ({ signal }) => api.rounds.audience(signal) });
}

/** A manager's running rounds with their own members. */
export function useTeamRounds() {
  const api = useKoersApi();
  return useQuery({ queryKey: queryKeys.teamRounds(), queryFn: ({ signal }) => api.rounds.team(signal) });
}

type RoundChange =
  | { kind: 'create'; input: RoundInput }
  | { kind: 'update'; roundId: string; etag: string; input: RoundInput }
  | { kind: 'start' | 'close'; roundId: string; etag: string };

/** Creates, edits, starts or closes a round; the list is read again afterwards. */
export function useChangeRound() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: RoundChange) => {
      switch (change.kind) {
        case 'create':
          return api.rounds.create(change.input);
        case 'update':
          return api.rounds.update(change.roundId, change.etag, change.input);
        case 'start':
          return api.rounds.start(change.roundId, change.etag);
        case 'close':
          return api.rounds.close(change.roundId, change.etag);
      }
    },
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.rounds() }),
  });
}

/** Sets (with a reason) or removes (reason undefined) one member's exemption. */
export function useExemption() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ roundId, personId, reason }: { roundId: string; personId: string; reason: ExemptionReason | undefined }) =>
      reason ? api.rounds.setExemption(roundId, personId, reason) : api.rounds.removeExemption(roundId, personId),
    onSuccess: async (_member, { roundId }) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.roundMembers(roundId) }),
        client.invalidateQueries({ queryKey: queryKeys.teamRounds() }),
        client.invalidateQueries({ queryKey: queryKeys.rounds() }),
      ]);
    },
  });
}

/** A manager's proposals for the members of a round they still have to plan. */
export function useRoundPlan(roundId: string) {
  const api = useKoersApi();
  return useQuery({ queryKey: queryKeys.roundPlan(roundId), queryFn: ({ signal }) => api.rounds.plan(roundId, signal) });
}

/** Books the confirmed times; the proposals, the team's rounds and the conversation lists are read again. */
export function useConfirmRoundPlan(roundId: string) {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RoundPlanConfirmInput) => api.rounds.confirmPlan(roundId, input),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.roundPlan(roundId) }),
        client.invalidateQueries({ queryKey: queryKeys.teamRounds() }),
        client.invalidateQueries({ queryKey: queryKeys.lists.conversations() }),
        client.invalidateQueries({ queryKey: queryKeys.lists.proposals() }),
      ]);
    },
  });
}
