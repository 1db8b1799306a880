import { useQuery } from '@tanstack/react-query';
import { careerOptionsApi } from '../api/careerOptionsApi';
import { useApi } from './apiContext';
import { queryKeys } from './queryKeys';

/** Where someone can grow: their function, the paths from it and what they still lack. */
export function useCareerOptions(personId: string, conversationId?: string) {
  const api = useApi(careerOptionsApi);
  return useQuery({ queryKey: queryKeys.careerOptions(personId, conversationId), queryFn: ({ signal }) => api.options(personId, conversationId, signal) });
}
