import { jobTitleLinkId, type Catalogue, type Stores } from '@koers/domain';
import { inBatches } from '../batches';

/**
 * A sample organisation's HR has confirmed what its job titles mean: every `functietitel` of its
 * function house links the people with that title, except the titles left to show as suggestions.
 */
export async function confirmJobTitles(stores: Stores, tenantId: string, catalogue: Catalogue, by: { id: string; at: string; except?: readonly string[] }): Promise<void> {
  const titles = catalogue.functions.flatMap((fn) => fn.jobTitles.filter((t) => !(by.except ?? []).includes(t)).map((jobTitle) => ({ jobTitle, functionId: fn.id })));
  await inBatches(titles, 10, ({ jobTitle, functionId }) =>
    stores.functionLinks.upsert({ kind: 'job-title', tenantId, id: jobTitleLinkId(jobTitle), jobTitle, functionId, setBy: by.id, setAt: by.at }),
  );
}
