import { Meilisearch } from 'meilisearch';
import { meiliErrorCode } from './meili-errors';
import { indexUidFor, SEARCH_INDEX_KINDS, SearchIndexKind } from './index-kind';
import { INDEX_SETTINGS } from './index-settings';
import { MeiliTaskError, waitForTask } from './meili-task';

/** True when the index exists (a 404 is the only error taken as "missing"). */
export async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getRawIndex(uid);
    return true;
  } catch (e) {
    if (meiliErrorCode(e) === 'index_not_found') return false;
    throw e;
  }
}

/** Creates the index when missing; another process creating it at the same time is fine. */
export async function createIndexIfMissing(client: Meilisearch, uid: string): Promise<void> {
  if (await indexExists(client, uid)) return;
  try {
    await waitForTask(client.createIndex(uid, { primaryKey: 'id' }));
  } catch (e) {
    if (e instanceof MeiliTaskError && e.task.error?.code === 'index_already_exists') return;
    throw e;
  }
}

/** Creates `uid` if needed and applies the settings of `kind`; safe to repeat. */
export async function applyIndex(client: Meilisearch, uid: string, kind: SearchIndexKind): Promise<void> {
  await createIndexIfMissing(client, uid);
  await waitForTask(client.index(uid).updateSettings(INDEX_SETTINGS[kind]));
}

/** Creates both live indexes with their settings and waits until Meilisearch has applied them. */
export async function ensureIndexes(client: Meilisearch, prefix: string): Promise<void> {
  for (const kind of SEARCH_INDEX_KINDS) await applyIndex(client, indexUidFor(prefix, kind), kind);
}

/** Deletes the index and waits; an index that is already gone is fine. */
export async function dropIndex(client: Meilisearch, uid: string): Promise<void> {
  try {
    await waitForTask(client.deleteIndex(uid));
  } catch (e) {
    if (e instanceof MeiliTaskError && e.task.error?.code === 'index_not_found') return;
    throw e;
  }
}
