/**
 * Latency of the need co-pilot (`needAdvice`) on the demo data:
 *   npm run measure:advice -- [--runs 5] [--calls 100]
 * Seeds the demo (TED needs and profiles, the closed award needs with their outcomes) into a database,
 * index prefix and queue prefix of its own (removed at the end), indexes needs and profiles, then asks
 * for advice on drafts made from the demo's published needs as a buyer of a new organization (every
 * need is another buyer's): half with the need's CPV codes, half without. Each run takes `--calls`
 * drafts after 10 warm-up calls, one at a time; the service is called in process (GraphQL parsing and
 * HTTP are not included). Prints p50/p95/max per run and the median of the runs.
 */
import { parseArgs } from 'node:util';
import { AdviceModule, NeedAdviceService, NeedDraftInput } from '@navet/advice';
import { IndexNeedsHandler } from '@navet/search';
import { insertActor } from '@navet/testing';
import { seedDemoOutcomes } from '../../seed/demo-outcomes';
import { openDemoMatchingEnv } from '../demo-matching-env';

const log = (line: string) => console.log(`[advice] ${line}`);
const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface DraftRow {
  title: string;
  summary: string;
  description: string;
  desiredOutcomes: string[];
  language: string;
  cpvCodes: string[];
  regionCodes: string[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '5' }, calls: { type: 'string', default: '100' } },
  });
  const runs = Math.max(1, Number(values.runs) || 5);
  const calls = Math.max(10, Number(values.calls) || 100);
  const env = await openDemoMatchingEnv('advice', log, [AdviceModule]);
  try {
    const { app, ds, catalogue } = env;
    const outcomes = await seedDemoOutcomes(ds, catalogue);
    const ids = ((await ds.query(`SELECT id FROM needs WHERE status = 'PUBLISHED' ORDER BY id`)) as { id: string }[]).map(
      (r) => r.id,
    );
    for (let i = 0; i < ids.length; i += 500) await app.get(IndexNeedsHandler).handle({ needIds: ids.slice(i, i + 500) });
    log(`demo: ${env.profiles} profiles and ${ids.length} published needs indexed, ${outcomes.needs} closed needs with outcomes`);

    const rows = (await ds.query(
      `SELECT title, summary, description, desired_outcomes AS "desiredOutcomes", language, cpv_codes AS "cpvCodes",
              region_codes AS "regionCodes"
         FROM needs WHERE status = 'PUBLISHED' ORDER BY md5(id::text) LIMIT $1`,
      [calls],
    )) as DraftRow[];
    const drafts: NeedDraftInput[] = rows.map((r, i) => ({ ...r, cpvCodes: i % 2 === 0 ? r.cpvCodes : [] }));
    const buyer = await insertActor(ds, 'BUYER', { name: 'Mätkommun' });
    const advice = app.get(NeedAdviceService);
    for (const d of drafts.slice(0, 10)) await advice.advise(buyer, d);

    const summaries: { p50: number; p95: number; max: number }[] = [];
    for (let run = 1; run <= runs; run++) {
      const times: number[] = [];
      for (const d of drafts) {
        const started = performance.now();
        await advice.advise(buyer, d);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const s = { p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times.at(-1)! };
      summaries.push(s);
      log(
        `run ${run}: ${times.length} calls, p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`,
      );
    }
    log(
      `median of ${runs} runs: p50 ${median(summaries.map((s) => s.p50)).toFixed(1)} ms, ` +
        `p95 ${median(summaries.map((s) => s.p95)).toFixed(1)} ms`,
    );
  } finally {
    await env.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
