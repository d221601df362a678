/**
 * `npm run measure:bilingual`: recall of the Swedish <-> English query set (query-set.ts) on the demo
 * documents, with and without the equivalentTerms field (before: CPV labels of both languages only).
 * Finds or starts Meilisearch like the other scripts (MEILI_URL / MEILI_MASTER_KEY to use one);
 * the indexes it creates are dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { isAbsolute, join } from 'node:path';
import { projectRoot } from '@navet/core';
import { dropIndex, MeiliClient, SearchService } from '@navet/search';
import { resolveMeilisearch } from '../../services';
import { RECALL_DEPTH, summarize } from './bilingual-recall';
import { indexDemoDocuments, runQuerySet } from './bilingual-run';
import { demoDocuments } from './demo-documents';
import { BILINGUAL_QUERIES } from './query-set';

const log = (line: string): void => console.error(`[bilingual] ${line}`);

async function main(): Promise<void> {
  const dataDir = process.env.NAVET_DATA_DIR ?? '.data';
  const base = isAbsolute(dataDir) ? dataDir : join(projectRoot(), dataDir);
  const service = await resolveMeilisearch({ dataDir: join(base, 'measure'), env: process.env, log });
  const tag = randomBytes(4).toString('hex');
  const clients: MeiliClient[] = [];
  try {
    const docs = demoDocuments();
    log(`${docs.needs.length} needs, ${docs.suppliers.length} profiles, ${BILINGUAL_QUERIES.length} queries`);
    const rows: string[] = [];
    for (const equivalents of [false, true]) {
      const meili = new MeiliClient({
        meili: {
          url: service.url,
          masterKey: service.masterKey,
          indexPrefix: `m${tag}${equivalents ? 'b' : 'a'}_`,
          timeoutMs: 30_000,
        },
      });
      clients.push(meili);
      await indexDemoDocuments(meili, docs, equivalents);
      const outcomes = await runQuerySet(new SearchService(meili), docs, BILINGUAL_QUERIES);
      const name = equivalents ? 'with equivalentTerms' : 'CPV labels only';
      for (const index of ['needs', 'suppliers'] as const) {
        const s = summarize(outcomes.filter((o) => o.query.index === index));
        rows.push(
          `${name.padEnd(22)} ${index.padEnd(10)} ${String(s.queries).padStart(7)} ${s.meanRecall.toFixed(3).padStart(9)} ${s.hitRate.toFixed(3).padStart(7)}`,
        );
      }
      const all = summarize(outcomes);
      rows.push(
        `${name.padEnd(22)} ${'all'.padEnd(10)} ${String(all.queries).padStart(7)} ${all.meanRecall.toFixed(3).padStart(9)} ${all.hitRate.toFixed(3).padStart(7)}`,
      );
      if (equivalents)
        for (const o of outcomes.filter((x) => x.recall < 1))
          log(`partly missed: ${o.query.index} "${o.query.query}" found ${o.found}/${o.query.relevant.length}`);
    }
    console.log(`bilingual query set, recall@${RECALL_DEPTH} (mean over queries) and hit rate`);
    console.log(`${'documents'.padEnd(22)} ${'index'.padEnd(10)} queries    recall     hit`);
    for (const r of rows) console.log(r);
  } finally {
    for (const meili of clients)
      for (const uid of [meili.needsIndexUid, meili.suppliersIndexUid]) await dropIndex(meili.client, uid).catch(() => undefined);
    await service.stop();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
