/**
 * Latency of the need co-pilot (`needAdvice`) on the demo data:
 *   npm run measure:advice -- [--runs 5] [--calls 100]
 * Seeds the demo (TED needs and profiles, the closed award needs with their outcomes) into a database,
 * index prefix and queue prefix of its own (removed at the end), indexes needs and profiles, then asks
 * for advice on drafts made from the demo's published needs as a buyer of a new organization (every
 * need is another buyer's): half with the need's CPV codes, half without. Each run takes `--calls`
 * drafts after 10 warm-up calls, one at a time; the service is called in process (GraphQL parsing and
 * HTTP are not included). Prints p50/p95/max per run and the median of the runs, then checks the
 * likely-supplier count (SuggestionCounter) against the matcher's full ranking and selection per draft.
 */
import { parseArgs } from 'node:util';
import { AdviceModule, NeedAdviceService, NeedDraftInput } from '@navet/advice';
import { MatchCriteriaService, NeedRanker, selectSuggestions, SuggestionCounter } from '@navet/matching';
import { Need } from '@navet/needs';
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
    await checkLikelyCount(app.get(SuggestionCounter), app.get(NeedRanker), app.get(MatchCriteriaService), rows, buyer);
  } finally {
    await env.close();
  }
}

/** The count the co-pilot reports against `selectSuggestions(rank(draft))`, on the drafts with their codes and without. */
async function checkLikelyCount(
  counter: SuggestionCounter,
  ranker: NeedRanker,
  criteria: MatchCriteriaService,
  rows: DraftRow[],
  buyer: { organizationId: string },
): Promise<void> {
  const active = await criteria.active();
  let differ = 0;
  let total = 0;
  let error = 0;
  const exactTimes: number[] = [];
  const countTimes: number[] = [];
  for (const [i, r] of rows.entries()) {
    for (const cpvCodes of [r.cpvCodes, []]) {
      const need: Omit<Need, 'estimatedValueSek' | 'stage' | 'publishedAt' | 'createdAt' | 'updatedAt'> = {
        ...r,
        cpvCodes,
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        buyerOrganizationId: buyer.organizationId,
        focusAreas: [],
        readiness: 'NEEDS_ADAPTATION',
        dialogueDeadline: null,
        status: 'PUBLISHED',
        version: 1,
      };
      let t = performance.now();
      const exact = selectSuggestions((await ranker.rank(need, active)).ranked, active).length;
      exactTimes.push(performance.now() - t);
      t = performance.now();
      const counted = await counter.count(need, active);
      countTimes.push(performance.now() - t);
      total++;
      if (counted !== exact) differ++;
      error += Math.abs(counted - exact);
    }
  }
  log(
    `likely-supplier count vs the full ranking: ${total} drafts, ${differ} differ (total absolute error ${error}); ` +
      `median ${median(exactTimes).toFixed(1)} ms for the ranking, ${median(countTimes).toFixed(1)} ms for the count`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
