/**
 * CPU and wall time of the worker's per-need matching on the demo data, in one process (so a busy
 * shared machine disturbs it less than the bench's wall-clock figures):
 *   npm run build && npm run measure:matching -- [--rounds 2]
 * Seeds the demo into a database, index prefix and queue prefix of its own (removed at the end), then
 * (1) matches every published need from scratch (candidate generation, scoring, writes: what matching
 * the world after an import does per need) and (2) re-matches them after a criteria change (stored
 * candidates re-scored: what `updateMatchCriteria(rematch: true)` does per need), `--rounds` times.
 */
import { parseArgs } from 'node:util';
import { ComputeForNeedService, MatchCriteriaService } from '@navet/matching';
import { insertActor } from '@navet/testing';
import { openDemoMatchingEnv } from './demo-matching-env';

const log = (line: string) => console.log(`[matching] ${line}`);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '2' } } });
  const rounds = Math.max(1, Number(values.rounds) || 2);
  const env = await openDemoMatchingEnv('matching', log);
  try {
    const { app, ds } = env;
    const needs = ((await ds.query(`SELECT id FROM needs WHERE status = 'PUBLISHED' ORDER BY id`)) as { id: string }[]).map(
      (r) => r.id,
    );
    log(`demo: ${env.profiles} profiles indexed, ${needs.length} published needs`);

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
    await env.close();
  }
}

void main().then(
  () => process.exit(process.exitCode ?? 0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
