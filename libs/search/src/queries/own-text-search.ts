import type { Meilisearch, SearchParams } from 'meilisearch';
import { meiliErrorCode } from '../client/meili-errors';

type IndexQuery = SearchParams & { indexUid: string };

/**
 * A multi-search over the documents' own texts: each query searches `attributes` only
 * (attributesToSearchOn), the way the matcher counts and fetches words. Meilisearch knows only the
 * searchable attributes some document has, so it refuses the restriction on an index without
 * documents (or one whose documents all lack one of them); such a batch is sent again without it.
 */
export async function multiSearchOwnTexts<T extends Record<string, unknown>>(
  client: Meilisearch,
  queries: readonly IndexQuery[],
  attributes: readonly string[],
): Promise<{ hits: T[]; estimatedTotalHits?: number }[]> {
  const send = async (restrict: boolean) =>
    (
      await client.multiSearch<{ queries: IndexQuery[] }, T>({
        queries: queries.map((q) => (restrict ? { ...q, attributesToSearchOn: [...attributes] } : q)),
      })
    ).results;
  try {
    return await send(true);
  } catch (e) {
    if (meiliErrorCode(e) !== 'invalid_search_attributes_to_search_on') throw e;
    return send(false);
  }
}
