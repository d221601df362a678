import type { Meilisearch } from 'meilisearch';
import { applyIndex, createIndexIfMissing, dropIndex } from '../client/index-setup';
import { waitForTask } from '../client/meili-task';
import type { IndexSource } from './index-sources';

export const REINDEX_BATCH_SIZE = 1000;

/**
 * Builds `${live}_build_<ts>` from PostgreSQL with fresh settings, then swaps it with the live index
 * in one Meilisearch task: searches see the old index or the new one, never a half-built one.
 * Returns the number of documents indexed.
 */
export async function rebuildIndex(
  client: Meilisearch,
  liveUid: string,
  source: IndexSource,
  batchSize = REINDEX_BATCH_SIZE,
): Promise<number> {
  const buildUid = `${liveUid}_build_${Date.now()}`;
  try {
    await applyIndex(client, buildUid, source.kind);
    const build = client.index(buildUid);
    let afterId: string | null = null;
    let count = 0;
    for (;;) {
      const docs = await source.batchAfter(afterId, batchSize);
      if (!docs.length) break;
      await waitForTask(build.addDocuments(docs, { primaryKey: 'id' }));
      count += docs.length;
      afterId = docs[docs.length - 1].id;
      if (docs.length < batchSize) break;
    }
    // A swap needs both sides to exist.
    await createIndexIfMissing(client, liveUid);
    await waitForTask(client.swapIndexes([{ indexes: [liveUid, buildUid], rename: false }]));
    return count;
  } finally {
    // After the swap this holds the old documents; after a failure, the partial build.
    await dropIndex(client, buildUid);
  }
}
