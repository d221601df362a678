import { MeiliClient, SearchService, waitForTask } from '@navet/search';
import { DemoDocuments } from './demo-documents';
import { QueryOutcome, queryOutcome } from './bilingual-recall';
import type { BilingualQuery } from './query-set';

/**
 * Indexes the demo documents into `meili`'s two indexes. `equivalents: false` empties the
 * equivalentTerms field, which is what search saw before it existed (CPV labels of both languages only).
 */
export async function indexDemoDocuments(meili: MeiliClient, docs: DemoDocuments, equivalents = true): Promise<void> {
  await meili.ensureIndexes();
  const strip = <T extends { equivalentTerms: string[] }>(d: T): T => (equivalents ? d : { ...d, equivalentTerms: [] });
  await waitForTask(meili.client.index(meili.needsIndexUid).addDocuments(docs.needs.map((n) => strip(n.doc))), 300_000);
  await waitForTask(meili.client.index(meili.suppliersIndexUid).addDocuments(docs.suppliers.map((s) => strip(s.doc))), 300_000);
}

/** Document keys of the first page, best first. */
export async function topKeys(
  search: SearchService,
  docs: DemoDocuments,
  index: 'needs' | 'suppliers',
  query: string,
): Promise<string[]> {
  const keyOf = new Map([...docs.needs, ...docs.suppliers].map((d) => [d.doc.id, d.key]));
  const request = { query, page: 1, pageSize: 10 };
  const result = index === 'needs' ? await search.searchNeeds(request) : await search.searchSuppliers(request);
  return result.hits.map((h) => keyOf.get(h.id) ?? h.id);
}

export async function runQuerySet(
  search: SearchService,
  docs: DemoDocuments,
  queries: readonly BilingualQuery[],
): Promise<QueryOutcome[]> {
  const out: QueryOutcome[] = [];
  for (const q of queries) out.push(queryOutcome(q, await topKeys(search, docs, q.index, q.query)));
  return out;
}
