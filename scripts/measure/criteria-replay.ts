/**
 * How long the background criteria replay (job matching.evaluate-criteria: the candidate and the
 * active criteria over the same labelled needs) takes on the demo data's recorded outcomes:
 *   npm run build && npm run measure:replay -- [--runs 3]
 * Finds or starts PostgreSQL, Redis and Meilisearch as `npm start` does; the demo and its outcomes are
 * seeded into a database, index prefix and queue prefix of this run's own, removed again at the end.
 * Each run is one `startCriteriaEvaluation` (candidate = the active values) replayed by the job's code
 * in this process; the first run also fills the worker's word-count cache, as a fresh worker's would.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { loadConfig } from '@navet/config';
import { dropDatabase } from '@navet/database';
import { CriteriaReplayService, MatchingJobsModule, MatchCriteriaService } from '@navet/matching';
import { OutboxModule } from '@navet/outbox';
import { QueueModule } from '@navet/queue';
import { ReferenceCatalogue, ReferenceModule } from '@navet/reference';
import { dropIndex, IndexSuppliersHandler, MeiliClient, SearchIndexingModule } from '@navet/search';
import { insertActor, moduleContext } from '@navet/testing';
import { prepareDatabase } from '../dev/prepare-database';
import { seedDemoOutcomes } from '../seed/demo-outcomes';
import { seedDemo } from '../seed/seed-demo';
import { resolveServices, withDatabase } from '../services';

const log = (line: string) => console.log(`[replay] ${line}`);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  const runs = Math.max(1, Number(values.runs) || 3);
  const services = await resolveServices({
    dataDir: join(process.cwd(), process.env.NAVET_DATA_DIR ?? '.data'),
    env: process.env,
    log: () => undefined,
  });
  const tag = randomBytes(4).toString('hex');
  const databaseUrl = withDatabase(services.postgres.url, `navet_replay_${tag}`);
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL: services.redis.url,
    MEILI_URL: services.meili.url,
    MEILI_MASTER_KEY: services.meili.masterKey ?? '',
    NAVET_SEARCH_PREFIX: `replay${tag}_`,
    NAVET_QUEUE_PREFIX: `replay${tag}`,
    RECONCILE_INTERVAL_SECONDS: '0',
  });
  await prepareDatabase(databaseUrl, log);
  const app = await moduleContext(config, [ReferenceModule, OutboxModule, QueueModule, SearchIndexingModule, MatchingJobsModule]);
  try {
    const ds = app.get(DataSource);
    const catalogue = ReferenceCatalogue.fromFiles();
    await seedDemo(ds, catalogue);
    const outcomes = await seedDemoOutcomes(ds, catalogue);
    const ids = ((await ds.query(`SELECT id FROM supplier_profiles`)) as { id: string }[]).map((r) => r.id);
    for (let i = 0; i < ids.length; i += 500) await app.get(IndexSuppliersHandler).handle({ supplierIds: ids.slice(i, i + 500) });
    log(`demo: ${ids.length} profiles indexed, ${outcomes.needs} recorded outcomes`);

    const admin = await insertActor(ds, 'ADMIN');
    const active = await app.get(MatchCriteriaService).active();
    const replay = app.get(CriteriaReplayService);
    const seconds: number[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await replay.start(admin, {
        weights: active.weights,
        minScore: active.minScore,
        maxSuggestionsPerNeed: active.maxSuggestionsPerNeed,
      });
      const started = performance.now();
      await replay.run(run.id);
      seconds.push((performance.now() - started) / 1000);
      const done = await replay.get(admin, run.id);
      log(
        `run ${i + 1}: ${seconds[i]!.toFixed(1)} s, ${done?.status}, ${done?.result?.evaluatedNeeds ?? 0} needs, nDCG@10 ${done?.result?.ndcgAt10.toFixed(3)} / active ${done?.activeResult?.ndcgAt10.toFixed(3)}`,
      );
    }
    const sorted = [...seconds].sort((a, b) => a - b);
    log(`median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} s over ${runs} runs (first ${seconds[0]!.toFixed(1)} s)`);
  } finally {
    await app.close();
    const meili = new MeiliClient(config);
    const { results } = await meili.client.getRawIndexes({ limit: 1000 });
    for (const { uid } of results) if (uid.startsWith(`replay${tag}_`)) await dropIndex(meili.client, uid);
    await dropDatabase(databaseUrl);
    await services.stop();
  }
}

void main().then(
  () => process.exit(process.exitCode ?? 0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
