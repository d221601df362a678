/**
 * `npm run bench -- [--profiles 100000] [--needs 20000] [--duration 60] [--rate 100] [--json out.json]`
 * Builds a deterministic synthetic world from data/demo, loads it through the importer into a
 * database of its own, runs the real api and worker processes, and measures search latency (against
 * direct Meilisearch and a PostgreSQL full-text baseline), freshness, reindexing, re-matching, need(id)
 * throughput, SQL statements per search and memory. See docs/benchmarks.md.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Meilisearch } from 'meilisearch';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@navet/database';
import { storedSuggestionEvidence } from '@navet/matching';
import { ReferenceCatalogue } from '@navet/reference';
import { ALL_ENTITIES } from '../../apps/entities';
import { killAllNow } from '../services';
import { login, verifiedBuyer } from './accounts';
import { BenchEnvironment, startBenchEnvironment } from './bench-environment';
import { parseBenchOptions } from './bench-options';
import { BenchReport, formatTable, reportRows } from './bench-report';
import { KeepAliveClient } from './http-client';
import { measureNeedThroughput } from './phases/api-throughput';
import { measureFreshness, registerRecipients } from './phases/freshness';
import { measureReindex } from './phases/indexing';
import { loadWorld } from './phases/load-world';
import { measureRematch } from './phases/rematch';
import { measureSearchCapacity } from './phases/search-capacity';
import { measureSearchLatency } from './phases/search-latency';
import { measureSqlStatements } from './phases/sql-count';
import { buildPgBaseline } from './pg-baseline';
import { processMemory } from './process-memory';
import { searchMix } from './query-mix';
import { QueueWatch } from './queue-watch';
import { graphqlTarget, meiliHttpTarget, meiliJsTarget, pgTarget } from './search-targets';
import { loadWorldPools } from './world-pools';

const log = (line: string) => console.log(`[bench] ${line}`);

async function run(env: BenchEnvironment, options: ReturnType<typeof parseBenchOptions>): Promise<BenchReport> {
  const startedAt = new Date().toISOString();
  const loadAtStart = loadavg()[0]!;
  const catalogue = ReferenceCatalogue.fromFiles();
  const ds = new DataSource(dataSourceOptions(env.databaseUrl, ALL_ENTITIES, 4));
  await ds.initialize();
  const pool = new Pool({ connectionString: env.databaseUrl, max: 16 });
  const watch = new QueueWatch(env.redisUrl, env.queuePrefix, ds);
  const api = new KeepAliveClient(env.apiUrl);
  const meiliHttp = new KeepAliveClient(env.meili.url, env.meili.key ? { authorization: `Bearer ${env.meili.key}` } : {});
  // Generous: the 100k world on 2 cores takes minutes to index and match.
  const drainTimeout = Math.max(600_000, ((options.profiles + options.needs) / 20) * 1000);
  try {
    const pools = loadWorldPools(catalogue);
    log(
      `world: ${options.profiles} profiles and ${options.needs} needs from ${pools.suppliers.length} real suppliers and ${pools.needs.length} real notices`,
    );
    const load = await loadWorld(ds, pools, options, watch, drainTimeout);
    log(`loaded in ${load.importSeconds.toFixed(1)} s; worker done ${load.workerDrainSeconds.toFixed(1)} s later`);
    // Measured in the steady state a running system has: statistics current (see QueueWatch).
    await ds.query('ANALYZE');
    const evidence = await storedSuggestionEvidence(ds);
    log(`stored suggestions: ${evidence.withEvidence} of ${evidence.suggestions} with topical evidence`);

    const adminToken = await login(api, env.admin.email, env.admin.password);
    const buyer = await verifiedBuyer(api, adminToken);
    await registerRecipients(api, 5);
    await watch.waitIdle({ timeoutMs: drainTimeout, label: 'accounts' });

    const baseline = await buildPgBaseline(ds, catalogue);
    log(`PostgreSQL baseline: ${baseline.rows} rows in ${baseline.seconds.toFixed(1)} s`);

    const mix = searchMix(pools, 5000);
    const search = await measureSearchLatency(
      [
        ['meiliHttp', meiliHttpTarget(meiliHttp, env.searchPrefix)],
        ['meiliJsClient', meiliJsTarget(new Meilisearch({ host: env.meili.url, apiKey: env.meili.key }), env.searchPrefix)],
        ['graphql', graphqlTarget(api, buyer.token)],
        ['postgres', pgTarget(pool)],
      ],
      mix,
      options.rate,
      options.duration,
    );

    log(`need(id) at 32 connections for ${options.apiDuration} s...`);
    const needById = await measureNeedThroughput(env.apiUrl, api, ds, options.apiDuration);
    const searchCapacity = [];
    for (const [kind, token] of [
      ['needs', null],
      ['suppliers', buyer.token],
    ] as const) {
      log(`closed-loop search${kind === 'needs' ? 'Needs' : 'Suppliers'} at 32 connections for ${options.apiDuration} s...`);
      searchCapacity.push(await measureSearchCapacity(env.apiUrl, mix, kind, options.apiDuration, token));
    }
    log('SQL statements per searchNeeds...');
    const sqlStatements = await measureSqlStatements(env);
    log(`freshness over ${options.freshness} needs...`);
    const freshness = await measureFreshness(api, ds, buyer, options.freshness, watch);
    log('reindexSearch...');
    const reindex = await measureReindex(api, ds, adminToken, watch, env.meili.pid, drainTimeout);
    log('re-matching all open needs...');
    const rematch = await measureRematch(api, ds, adminToken, watch, drainTimeout);
    const failed = await watch.failed();
    if (failed) log(`warning: ${failed} jobs failed during the run (see ${env.logDir}/worker.log)`);

    return {
      startedAt,
      machine: { cpus: cpus().length, node: process.version, loadAtStart, loadAtEnd: loadavg()[0]! },
      options,
      load,
      pgBaseline: { rows: baseline.rows, buildSeconds: baseline.seconds },
      search,
      needById,
      searchCapacity,
      sqlStatements,
      freshness,
      reindex,
      rematch,
      evidence: { suggestions: evidence.suggestions, withEvidence: evidence.withEvidence },
      memory: {
        apiPeakMb: processMemory(env.api.pid)?.peakMb ?? null,
        workerPeakMb: processMemory(env.worker.pid)?.peakMb ?? null,
        meiliPeakMb: processMemory(env.meili.pid)?.peakMb ?? null,
      },
    };
  } finally {
    api.close();
    meiliHttp.close();
    await watch.close();
    await pool.end();
    await ds.destroy();
  }
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const env = await startBenchEnvironment({ logLevel: options.logLevel });
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      log('interrupted; cleaning up...');
      void env.stop().finally(() => process.exit(130));
    });
  try {
    const report = await run(env, options);
    console.log(
      `\nNavet bench: ${options.profiles} profiles, ${options.needs} needs, ${report.machine.cpus} CPUs, search at ${options.rate} req/s for ${options.duration} s\n`,
    );
    console.log(formatTable(reportRows(report)));
    if (options.json) {
      writeFileSync(options.json, `${JSON.stringify({ ...report, rows: reportRows(report) }, null, 2)}\n`);
      log(`wrote ${options.json}`);
    }
  } finally {
    stopping = true;
    await env.stop();
  }
}

main().catch((e: unknown) => {
  console.error(`[bench] failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  killAllNow();
  process.exit(1);
});
