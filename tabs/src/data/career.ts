import type { AssignFunctionRequest, ConfirmJobTitleRequest, TrainingRightInput } from '@koers/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useKoersApi } from './KoersApiContext';
import { queryKeys } from './queryKeys';

/** HR's links of job titles and people to functions. */
export function useFunctionLinks(enabled: boolean) {
  const api = useKoersApi();
  return useQuery({ queryKey: queryKeys.functionLinks(), queryFn: ({ signal }) => api.career.links(signal), enabled });
}

/** Confirms a job title or assigns one person; the answer is the new list, and every career view reads again. */
export function useChangeFunctionLink() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: { jobTitle: ConfirmJobTitleRequest } | { personId: string; assign: AssignFunctionRequest }) =>
      'jobTitle' in change ? api.career.confirmJobTitle(change.jobTitle) : api.career.assignFunction(change.personId, change.assign),
    onSuccess: async (links) => {
      client.setQueryData(queryKeys.functionLinks(), links);
      await client.invalidateQueries({ queryKey: queryKeys.lists.careerOptions() });
    },
  });
}

/** A person's Federale Leerrekening of one year (Belgian organisations only). */
export function useTrainingRight(personId: string, year: number, enabled: boolean) {
  const api = useKoersApi();
  return useQuery({ queryKey: queryKeys.trainingRight(personId, year), queryFn: ({ signal }) => api.career.trainingRight(personId, year, signal), enabled });
}

/** Koers.HR records a person's year; the answer replaces what was read. */
export function useSetTrainingRight() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, year, input }: { personId: string; year: number; input: TrainingRightInput }) => api.career.setTrainingRight(personId, year, input),
    onSuccess: (saved) => client.setQueryData(queryKeys.trainingRight(saved.personId, saved.year), saved),
  });
}
