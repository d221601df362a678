/**
 * How long the background criteria replay (job matching.evaluate-criteria: the candidate and the
 * active criteria over the same labelled needs) takes on the demo data's recorded outcomes:
 *   npm run build && npm run measure:replay -- [--runs 3]
 * Finds or starts PostgreSQL, Redis and Meilisearch as `npm start` does; the demo and its outcomes are
 * seeded into a database, index prefix and queue prefix of this run's own, removed again at the end.
 * Each run is one `startCriteriaEvaluation` (candidate = the active values) replayed by the job's code
 * in this process; the first run also fills the worker's word-count cache, as a fresh worker's would.
 */
import { parseArgs } from 'node:util';
import { CriteriaReplayService, MatchCriteriaService } from '@navet/matching';
import { insertActor } from '@navet/testing';
import { openDemoMatchingEnv } from './demo-matching-env';
import { seedDemoOutcomes } from '../seed/demo-outcomes';

const log = (line: string) => console.log(`[replay] ${line}`);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  const runs = Math.max(1, Number(values.runs) || 3);
  const env = await openDemoMatchingEnv('replay', log);
  try {
    const { app, ds, catalogue } = env;
    const outcomes = await seedDemoOutcomes(ds, catalogue);
    log(`demo: ${env.profiles} profiles indexed, ${outcomes.needs} recorded outcomes`);

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
