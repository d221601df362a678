/**
 * CPU and wall time of the worker's per-need matching on the demo data, in one process (so a busy
 * shared machine disturbs it less than the bench's wall-clock figures):
 *   npm run build && npm run measure:matching -- [--rounds 2]
 * Seeds the demo into a database, index prefix and queue prefix of its own (removed at the end), then
 * (1) matches every published need from scratch (candidate generation, scoring, writes: what matching
 * the world after an import does per need) and (2) re-matches them after a criteria change (stored
 * candidates re-scored: what `updateMatchCriteria(rematch: true)` does per need), `--rounds` times.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { loadConfig } from '@navet/config';
import { dropDatabase } from '@navet/database';
import { ComputeForNeedService, MatchingJobsModule, MatchCriteriaService } from '@navet/matching';
import { OutboxModule } from '@navet/outbox';
import { QueueModule } from '@navet/queue';
import { ReferenceCatalogue, ReferenceModule } from '@navet/reference';
import { dropIndex, IndexSuppliersHandler, MeiliClient, SearchIndexingModule } from '@navet/search';
import { insertActor, moduleContext } from '@navet/testing';
import { prepareDatabase } from '../dev/prepare-database';
import { seedDemo } from '../seed/seed-demo';
import { resolveServices, withDatabase } from '../services';

const log = (line: string) => console.log(`[matching] ${line}`);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '2' } } });
  const rounds = Math.max(1, Number(values.rounds) || 2);
  const services = await resolveServices({
    dataDir: join(process.cwd(), process.env.NAVET_DATA_DIR ?? '.data'),
    env: process.env,
    log: () => undefined,
  });
  const tag = randomBytes(4).toString('hex');
  const databaseUrl = withDatabase(services.postgres.url, `navet_matching_${tag}`);
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL: services.redis.url,
    MEILI_URL: services.meili.url,
    MEILI_MASTER_KEY: services.meili.masterKey ?? '',
    NAVET_SEARCH_PREFIX: `matching${tag}_`,
    NAVET_QUEUE_PREFIX: `matching${tag}`,
    RECONCILE_INTERVAL_SECONDS: '0',
  });
  await prepareDatabase(databaseUrl, log);
  const app = await moduleContext(config, [ReferenceModule, OutboxModule, QueueModule, SearchIndexingModule, MatchingJobsModule]);
  try {
    const ds = app.get(DataSource);
    const catalogue = ReferenceCatalogue.fromFiles();
    await seedDemo(ds, catalogue);
    const ids = ((await ds.query(`SELECT id FROM supplier_profiles`)) as { id: string }[]).map((r) => r.id);
    for (let i = 0; i < ids.length; i += 500) await app.get(IndexSuppliersHandler).handle({ supplierIds: ids.slice(i, i + 500) });
    const needs = ((await ds.query(`SELECT id FROM needs WHERE status = 'PUBLISHED' ORDER BY id`)) as { id: string }[]).map(
      (r) => r.id,
    );
    log(`demo: ${ids.length} profiles indexed, ${needs.length} published needs`);

    const admin = await insertActor(ds, 'ADMIN');
    const criteria = app.get(MatchCriteriaService);
    const compute = app.get(ComputeForNeedService);
    const timed = async (label: string): Promise<void> => {
      const cpu = process.cpuUsage();
      const started = performance.now();
      let computed = 0;
      for (const id of needs) if ((await compute.compute(id)).outcome === 'computed') computed++;
      const wall = performance.now() - started;
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000;
      log(
        `${label}: ${computed} needs in ${(wall / 1000).toFixed(1)} s = ${((computed * 1000) / wall).toFixed(0)} needs/s; ` +
          `CPU ${(cpuMs / computed).toFixed(1)} ms per need (this process)`,
      );
    };
    for (let round = 1; round <= rounds; round++) {
      // A new pool mark makes every need generate its candidates again, as after an import.
      await ds.query(`UPDATE match_pool SET needs_stale_before = now() WHERE id = 1`);
      await timed(`round ${round}, from scratch`);
      const active = await criteria.active();
      const weights = { ...active.weights, region: active.weights.region + 0.01 * round };
      await criteria.update(
        admin,
        { weights, minScore: active.minScore, maxSuggestionsPerNeed: active.maxSuggestionsPerNeed },
        false,
      );
      await timed(`round ${round}, re-match after a criteria change`);
    }
  } finally {
    await app.close();
    const meili = new MeiliClient(config);
    const { results } = await meili.client.getRawIndexes({ limit: 1000 });
    for (const { uid } of results) if (uid.startsWith(`matching${tag}_`)) await dropIndex(meili.client, uid);
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
