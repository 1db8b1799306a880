import type { CopyTemplateRequest, PublishTemplateRequest, TemplateRef } from '@koers/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useKoersApi } from './KoersApiContext';
import { queryKeys } from './queryKeys';

/** The organisation's templates and the version new conversations pin. */
export function useTemplates() {
  const api = useKoersApi();
  return useQuery({ queryKey: queryKeys.templates(), queryFn: ({ signal }) => api.templates.list(signal) });
}

/** One version with its template's history; a version never changes, so it is read once. */
export function useTemplateVersion(ref: TemplateRef | undefined) {
  const api = useKoersApi();
  return useQuery({
    queryKey: queryKeys.templateVersion(ref?.templateId ?? '', ref?.version ?? 0),
    queryFn: ({ signal }) => {
      if (!ref) throw new Error('no template chosen');
      return api.templates.version(ref, signal);
    },
    enabled: ref !== undefined,
    staleTime: Infinity,
  });
}

/** Copy, publish and "in gebruik nemen": each changes the list, which is read again. */
export function useTemplateChanges() {
  const api = useKoersApi();
  const client = useQueryClient();
  // A version's content never changes, but the history it comes with does.
  const refresh = () =>
    Promise.all([client.invalidateQueries({ queryKey: queryKeys.templates() }), client.invalidateQueries({ queryKey: queryKeys.lists.templateVersions() })]);
  const copy = useMutation({ mutationFn: (request: CopyTemplateRequest) => api.templates.copy(request), onSuccess: refresh });
  const publish = useMutation({
    mutationFn: ({ templateId, request }: { templateId: string; request: PublishTemplateRequest }) => api.templates.publish(templateId, request),
    onSuccess: refresh,
  });
  const use = useMutation({ mutationFn: (templateId: string) => api.templates.use(templateId), onSuccess: refresh });
  return { copy, publish, use };
}
