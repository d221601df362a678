import type { EnqueuedTaskPromise, Index, Meilisearch } from 'meilisearch';
import { applyIndex, createIndexIfMissing, dropIndex } from '../client/index-setup';
import { waitForTask } from '../client/meili-task';
import type { IndexSource } from './index-sources';

export const REINDEX_BATCH_SIZE = 1000;
/**
 * Additions enqueued ahead of Meilisearch. Meilisearch merges the additions waiting in its queue into
 * one indexing pass, and PostgreSQL reads overlap that pass; the bound keeps the queued payloads
 * (and the work thrown away after a failure) small.
 */
export const REINDEX_MAX_IN_FLIGHT = 16;

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
  maxInFlight = REINDEX_MAX_IN_FLIGHT,
): Promise<number> {
  const buildUid = `${liveUid}_build_${Date.now()}`;
  try {
    await applyIndex(client, buildUid, source.kind);
    const count = await addAll(client.index(buildUid), source, batchSize, maxInFlight);
    // A swap needs both sides to exist.
    await createIndexIfMissing(client, liveUid);
    await waitForTask(client.swapIndexes([{ indexes: [liveUid, buildUid], rename: false }]));
    return count;
  } finally {
    // After the swap this holds the old documents; after a failure, the partial build.
    await dropIndex(client, buildUid);
  }
}

/**
 * Adds every document of `source` to `index`, reading the next batch while Meilisearch indexes the
 * previous ones, with at most `maxInFlight` additions enqueued. Every enqueued task is awaited, after
 * a failure too: no failure goes unreported, and nothing still writes to the index the caller drops.
 */
async function addAll(index: Index, source: IndexSource, batchSize: number, maxInFlight: number): Promise<number> {
  const inFlight: EnqueuedTaskPromise[] = [];
  let afterId: string | null = null;
  let count = 0;
  try {
    for (;;) {
      const docs = await source.batchAfter(afterId, batchSize);
      if (!docs.length) break;
      const enqueued = index.addDocuments(docs, { primaryKey: 'id' });
      // Only tracked once Meilisearch has accepted it: a rejected request fails here, not unobserved later.
      await enqueued;
      inFlight.push(enqueued);
      count += docs.length;
      afterId = docs[docs.length - 1].id;
      // Tasks of one index finish in order, so the oldest is the one to wait for.
      if (inFlight.length >= maxInFlight) await waitForTask(inFlight.shift()!);
      if (docs.length < batchSize) break;
    }
    while (inFlight.length) await waitForTask(inFlight.shift()!);
    return count;
  } catch (e) {
    const rest = await Promise.allSettled(inFlight.map((t) => waitForTask(t)));
    const more = rest.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    if (more.length) {
      throw new AggregateError([e, ...more], `index build failed: ${errorMessage(e)} (+${more.length} more)`, { cause: e });
    }
    throw e;
  }
}

const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
