import type { Meilisearch } from 'meilisearch';
import { waitForTask } from '../client/meili-task';
import type { IndexedVersion } from '../persistence/indexed-version';
import type { IndexSource } from './index-sources';

const PAGE = 1000;

export interface ReconcileCounts {
  /** Searchable in PostgreSQL, missing from the index. */
  added: number;
  /** Indexed with another version than PostgreSQL has. */
  updated: number;
  /** Indexed but no longer searchable (or gone) in PostgreSQL. */
  deleted: number;
}

/** Every indexed id and version, read page by page. */
export async function indexedVersions(client: Meilisearch, uid: string): Promise<Map<string, number>> {
  const index = client.index<IndexedVersion>(uid);
  const out = new Map<string, number>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await index.getDocuments({ fields: ['id', 'version'], limit: PAGE, offset });
    for (const d of page.results) out.set(String(d.id), Number(d.version));
    if (page.results.length < PAGE) return out;
  }
}

/** Repairs drift between PostgreSQL (the truth) and one index; safe to run at any time, any number of times. */
export async function reconcileIndex(client: Meilisearch, uid: string, source: IndexSource): Promise<ReconcileCounts> {
  const [truth, indexed] = await Promise.all([source.versions(), indexedVersions(client, uid)]);
  const missing: string[] = [];
  const stale: string[] = [];
  for (const { id, version } of truth) {
    const have = indexed.get(id);
    if (have === undefined) missing.push(id);
    else if (have !== version) stale.push(id);
    indexed.delete(id);
  }
  const orphans = [...indexed.keys()];
  const index = client.index(uid);
  const toWrite = [...missing, ...stale];
  for (let i = 0; i < toWrite.length; i += PAGE) {
    const docs = await source.byIds(toWrite.slice(i, i + PAGE));
    if (docs.length) await waitForTask(index.addDocuments(docs, { primaryKey: 'id' }));
  }
  for (let i = 0; i < orphans.length; i += PAGE) await waitForTask(index.deleteDocuments(orphans.slice(i, i + PAGE)));
  return { added: missing.length, updated: stale.length, deleted: orphans.length };
}
