import type { Page, PageRequest } from './ports';

/**
 * Reads every page of a list, up to `limit` items: for lists that are small by nature (one
 * manager's reports, one organisation's directory) and that the API answers in one piece.
 */
export async function readAll<T>(
  fetchPage: (page: PageRequest) => Promise<Page<T>>,
  limit = 1000,
): Promise<T[]> {
  const items: T[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await fetchPage({ maxItems: 100, continuationToken });
    items.push(...page.items);
    continuationToken = page.continuationToken;
  } while (continuationToken && items.length < limit);
  return items.slice(0, limit);
}
