import type { CatalogueImportRequest } from '@koers/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { KoersApi } from '../api/koersApi';
import { useKoersApi } from './KoersApiContext';
import { queryKeys } from './queryKeys';

const catalogueQuery = (api: KoersApi) => queryOptions({ queryKey: queryKeys.catalogue(), queryFn: ({ signal }) => api.catalogue.get(signal) });

/** The organisation's function house and learning offer, with the etag an import saves against. */
export function useCatalogue() {
  return useQuery(catalogueQuery(useKoersApi()));
}

/** Checks or stores a spreadsheet; a stored one is read again, so the page shows what was saved. */
export function useImportCatalogue() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ request, etag }: { request: CatalogueImportRequest; etag: string | null }) => api.catalogue.importFile(request, etag),
    onSuccess: async (result) => {
      if (result.saved) await client.invalidateQueries({ queryKey: queryKeys.catalogue() });
    },
  });
}
