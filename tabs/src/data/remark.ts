import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RemarkSubject } from '../api/remarkApi';
import { useKoersApi } from './KoersApiContext';
import { queryKeys } from './queryKeys';

/** The plan or conversation carries the remark: it is read again after a change. */
function useRefresh() {
  const client = useQueryClient();
  return ({ kind, id }: RemarkSubject) => client.invalidateQueries({ queryKey: kind === 'pop' ? queryKeys.pop(id) : queryKeys.conversation(id) });
}

export function useSaveRemark(subject: RemarkSubject) {
  const api = useKoersApi();
  const refresh = useRefresh();
  return useMutation({ mutationFn: (text: string) => api.remark.save(subject, text), onSuccess: () => refresh(subject) });
}

export function useWithdrawRemark(subject: RemarkSubject) {
  const api = useKoersApi();
  const refresh = useRefresh();
  return useMutation({ mutationFn: () => api.remark.withdraw(subject), onSuccess: () => refresh(subject) });
}
