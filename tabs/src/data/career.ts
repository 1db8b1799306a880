import type { AssignFunctionRequest, ConfirmJobTitleRequest } from '@koers/domain';
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
