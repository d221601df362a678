/**
 * `npm run build && npm exec -- node dist/scripts/bench/profile-api.js [--profiles 2000] [--needs 500] [--seconds 15] [--rounds 1]`
 * Where the API's CPU goes per request: the bench's environment and world (smaller by default), then
 * closed-loop searchNeeds, searchSuppliers and need(id) at 32 connections, each under the V8 sampling
 * profiler of the api process (over its inspector). Prints self time per package and function, per
 * request, and writes each `.cpuprofile` to the log directory. With `--rounds N` it waits between rounds
 * for the file `<log dir>/next` (touch it after `npm run build`) and restarts the api from dist/, so a
 * change is profiled against the same world. See docs/benchmarks.md.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@navet/database';
import { ReferenceCatalogue } from '@navet/reference';
import { ALL_ENTITIES } from '../../apps/entities';
import { freePort, killAllNow } from '../services';
import { login, verifiedBuyer } from './accounts';
import { startBenchEnvironment } from './bench-environment';
import { formatSummary, InspectorProfiler, summarizeProfile } from './cpu-profile';
import { KeepAliveClient } from './http-client';
import { measureNeedThroughput } from './phases/api-throughput';
import { loadWorld } from './phases/load-world';
import { measureSearchCapacity } from './phases/search-capacity';
import { searchMix } from './query-mix';
import { QueueWatch } from './queue-watch';
import { loadWorldPools } from './world-pools';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** CPU seconds (user + system) the process has used: unlike the profile's wall-clock samples, not inflated
 * when other processes share the cores. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function main(): Promise<void> {
  const counts = { profiles: option('profiles', 2000), needs: option('needs', 500) };
  const seconds = option('seconds', 15);
  const rounds = option('rounds', 1);
  const inspectPort = await freePort();
  const env = await startBenchEnvironment({ logLevel: 'warn', apiFlags: [`--inspect=127.0.0.1:${inspectPort}`] });
  const ds = new DataSource(dataSourceOptions(env.databaseUrl, ALL_ENTITIES, 4));
  const watch = new QueueWatch(env.redisUrl, env.queuePrefix, ds);
  const client = new KeepAliveClient(env.apiUrl);
  try {
    await ds.initialize();
    const pools = loadWorldPools(ReferenceCatalogue.fromFiles());
    await loadWorld(ds, pools, counts, watch, 1_800_000);
    await ds.query('ANALYZE');
    const buyer = await verifiedBuyer(client, await login(client, env.admin.email, env.admin.password));
    const mix = searchMix(pools, 5000);
    for (let round = 1; round <= rounds; round++) {
      if (round > 1) {
        const next = join(env.logDir, 'next');
        console.log(`[profile] waiting for ${next} (rebuild, then touch it)`);
        while (!existsSync(next)) await sleep(1000);
        rmSync(next);
        await env.restartApi();
      }
      const phases: [string, () => Promise<{ requestsPerSecond: number; seconds: number; errors: number }>][] = [
        ['searchNeeds', () => measureSearchCapacity(env.apiUrl, mix, 'needs', seconds, null)],
        ['searchSuppliers', () => measureSearchCapacity(env.apiUrl, mix, 'suppliers', seconds, buyer.token)],
        ['need(id)', () => measureNeedThroughput(env.apiUrl, client, ds, seconds)],
      ];
      const profiler = await InspectorProfiler.connect(inspectPort);
      for (const [name, run] of phases) {
        // Warm-up without the profiler: JIT and caches as in a running system.
        await measureSearchCapacity(env.apiUrl, mix, 'needs', 3, null);
        await profiler.start();
        const cpuBefore = cpuSeconds(env.api.pid);
        const result = await run();
        const cpu = cpuSeconds(env.api.pid) - cpuBefore;
        const profile = await profiler.stop();
        const file = join(env.logDir, `round${round}-${name.replace(/\W/g, '')}.cpuprofile`);
        writeFileSync(file, JSON.stringify(profile));
        const requests = Math.round(result.requestsPerSecond * result.seconds);
        console.log(
          `[profile] ${name}: api CPU ${((cpu / Math.max(requests, 1)) * 1000).toFixed(2)} ms per request (${cpu.toFixed(1)} s)`,
        );
        console.log(
          `${formatSummary(`round ${round} ${name} ${result.requestsPerSecond.toFixed(0)} req/s, errors ${result.errors}`, summarizeProfile(profile), requests)}\n(${file})\n`,
        );
      }
      profiler.close();
    }
  } finally {
    client.close();
    await watch.close();
    if (ds.isInitialized) await ds.destroy();
    await env.stop();
  }
}

main().catch((e: unknown) => {
  console.error(`[profile] failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  killAllNow();
  process.exit(1);
});
