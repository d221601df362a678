import { allOf, MeiliClient, meiliErrorCode, needFilter, quote } from '@navet/search';
import type { PublishedNeedRow, SavedSearchCandidate } from '../persistence/saved-search.repository';

/** Raised while the need's document is missing or older than the database; the job retries with backoff. */
export class NeedNotIndexedYet extends Error {}

/** Bounds one request's size; normally every candidate fits in one. */
const MAX_QUERIES_PER_REQUEST = 500;

/**
 * Ids of the saved searches whose text query finds this need, as the search engine decides it:
 * one multi-search with one query per saved search, each restricted to this need's document and
 * the saved search's own filters. Every word must match (typos, prefixes and synonyms as in search),
 * so an alert is not sent for one word of a longer query.
 */
export async function confirmTextMatches(
  meili: MeiliClient,
  need: PublishedNeedRow,
  candidates: readonly SavedSearchCandidate[],
): Promise<Set<string>> {
  await meili.ready();
  await assertIndexed(meili, need);
  const hits = new Set<string>();
  for (let i = 0; i < candidates.length; i += MAX_QUERIES_PER_REQUEST) {
    const batch = candidates.slice(i, i + MAX_QUERIES_PER_REQUEST);
    const { results } = await meili.client.multiSearch({
      queries: batch.map((c) => ({
        indexUid: meili.needsIndexUid,
        q: c.query ?? '',
        filter: allOf([
          `id = ${quote(need.id)}`,
          needFilter({
            cpvPrefixes: c.cpvPrefixes,
            regionCodes: c.regionCodes,
            focusAreas: c.focusAreas,
          }) ?? null,
        ]),
        matchingStrategy: 'all' as const,
        limit: 1,
        attributesToRetrieve: ['id'],
      })),
    });
    results.forEach((r, n) => {
      if (r.hits.length > 0) hits.add(batch[n].id);
    });
  }
  return hits;
}

/** The need is indexed by a job running alongside this one; text matching must wait for it. */
async function assertIndexed(meili: MeiliClient, need: PublishedNeedRow): Promise<void> {
  let version: number | undefined;
  try {
    version = (await meili.client.index<{ version: number }>(meili.needsIndexUid).getDocument(need.id, { fields: ['version'] }))
      .version;
  } catch (e) {
    if (meiliErrorCode(e) !== 'document_not_found') throw e;
  }
  if (version === undefined || version < need.version)
    throw new NeedNotIndexedYet(`need ${need.id} is not in the search index yet`);
}
