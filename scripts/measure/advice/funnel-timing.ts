/**
 * Time and statement count of the innovation funnel on the bench's world:
 *   npm run measure:funnel -- [--profiles 100000] [--needs 20000] [--calls 20] [--explain]
 * Loads the bench's synthetic world (scripts/bench world generator, through the importer) into a
 * database of its own on the PostgreSQL `npm start` uses (dropped at the end). Running the matcher over
 * it takes hours on a small machine, so the rows the funnel reads are synthesized in SQL at the bench's
 * measured density (~25 suggestions per need, as its last run stored 492,479 for 20,000 needs):
 * 1% of suggestions with interest, half of those connected, a dialogue with messages per connection,
 * 2% of needs closed as procured with an outcome, publication dates spread over two years. Then each
 * grouping is asked `--calls` times (after 3 warm-up calls) over all time and over one year, through
 * InnovationFunnelService on a DataSource whose statements are counted. `--explain` also prints each
 * case's plan (EXPLAIN ANALYZE of the statement, taken after the timed calls).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { dataSourceOptions, dropDatabase } from '@navet/database';
import { Importer } from '@navet/importer';
import { FUNNEL_GROUPINGS } from '@navet/needs';
import { InnovationFunnelService } from '@navet/open-data';
import { JobPriority } from '@navet/queue';
import { asJsonLines, needLines, supplierLines } from '../../bench/world-generator';
import { loadWorldPools } from '../../bench/world-pools';
import { prepareDatabase } from '../../dev/prepare-database';
import { resolvePostgres, withDatabase } from '../../services';

const log = (line: string) => console.log(`[funnel] ${line}`);
const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

const SYNTHESIZE = [
  // Publication dates over two years, so MONTH has 24 groups and a one-year period half the needs.
  `UPDATE needs SET published_at = now() - make_interval(days => abs(hashtext(id::text)) % 730) WHERE published_at IS NOT NULL`,
  // 25 distinct profiles per need by a stride over the numbered profiles (a hash join, no array lookups).
  `INSERT INTO matches (id, need_id, supplier_id, status, score, components, explanation, criteria_version, origin, created_at, updated_at)
   WITH p AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS i FROM supplier_profiles),
        c AS (SELECT count(*)::int AS cnt FROM supplier_profiles),
        n AS (SELECT id, row_number() OVER (ORDER BY id)::int AS rn FROM needs WHERE status = 'PUBLISHED'),
        pick AS (SELECT n.id AS need_id, ((n.rn::bigint * 7919 + k * 4729) % c.cnt)::int AS i
                   FROM n CROSS JOIN c CROSS JOIN generate_series(1, 25) k)
   SELECT gen_random_uuid(), pick.need_id, p.id, 'SUGGESTED', 0.5, '[]', '', 1, 'MATCHER', now(), now()
     FROM pick JOIN p USING (i)
   ON CONFLICT DO NOTHING`,
  `UPDATE matches SET status = 'INTERESTED', supplier_interested = true WHERE abs(hashtext(id::text)) % 100 = 0`,
  `UPDATE matches SET status = 'CONNECTED', buyer_invited = true, connected_at = now()
    WHERE status = 'INTERESTED' AND abs(hashtext(id::text)) % 200 = 0`,
  `INSERT INTO dialogues (id, match_id, need_id, supplier_id, buyer_organization_id, supplier_organization_id, last_message_at, message_count)
   SELECT gen_random_uuid(), m.id, m.need_id, m.supplier_id, n.buyer_organization_id, s.organization_id, now(), 2
     FROM matches m JOIN needs n ON n.id = m.need_id JOIN supplier_profiles s ON s.id = m.supplier_id WHERE m.status = 'CONNECTED'`,
  `UPDATE needs SET status = 'CLOSED', stage = 'CONTRACTED', closed_at = now() WHERE abs(hashtext(id::text)) % 50 = 0 AND status = 'PUBLISHED'`,
  `INSERT INTO need_outcomes (need_id, result, summary, contracted_supplier_ids, recorded_at)
   SELECT id, 'PROCURED', 'Synthetic outcome for the funnel timing.', '{}', now() FROM needs WHERE stage = 'CONTRACTED'`,
  // A settled database, as autovacuum leaves it (index-only scans need the visibility map).
  `VACUUM ANALYZE needs`,
  `VACUUM ANALYZE matches`,
  `VACUUM ANALYZE dialogues`,
  `VACUUM ANALYZE need_outcomes`,
  // Matching's per-need step counts, which the trigger on matches updated once per synthesized row.
  `VACUUM ANALYZE match_funnel_steps`,
];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      profiles: { type: 'string', default: '100000' },
      needs: { type: 'string', default: '20000' },
      calls: { type: 'string', default: '20' },
      explain: { type: 'boolean', default: false },
    },
  });
  const counts = { profiles: Number(values.profiles), needs: Number(values.needs) };
  const calls = Math.max(1, Number(values.calls) || 20);
  const server = await resolvePostgres({
    dataDir: join(process.cwd(), process.env.NAVET_DATA_DIR ?? '.data'),
    env: process.env,
    log,
  });
  const url = withDatabase(server.url, `navet_funnel_${Date.now().toString(36)}`);
  await prepareDatabase(url, log);
  const ds = new DataSource(dataSourceOptions(url, [], 4));
  await ds.initialize();
  try {
    const pools = loadWorldPools();
    const importer = new Importer(ds, pools.catalogue);
    let started = performance.now();
    await importer.importSuppliers(asJsonLines(supplierLines(pools, counts.profiles)), { priority: JobPriority.Bulk });
    await importer.importNeeds(asJsonLines(needLines(pools, counts.needs)), {
      priority: JobPriority.Bulk,
      verifyBuyers: true,
      publish: true,
    });
    log(`world loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    started = performance.now();
    for (const sql of SYNTHESIZE) await ds.query(sql);
    const [world] = (await ds.query(
      `SELECT (SELECT count(*) FROM needs WHERE published_at IS NOT NULL)::int AS needs,
              (SELECT count(*) FROM supplier_profiles)::int AS profiles, (SELECT count(*) FROM matches)::int AS matches,
              (SELECT count(*) FROM matches WHERE supplier_interested)::int AS interested,
              (SELECT count(*) FROM dialogues)::int AS dialogues, (SELECT count(*) FROM need_outcomes)::int AS outcomes`,
    )) as Record<string, number>[];
    log(`funnel rows synthesized in ${((performance.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(world)}`);

    // Every statement the funnel sends goes through ds.query: count them per call.
    let statements = 0;
    let last: { sql: string; params?: unknown[] } = { sql: '' };
    const query = ds.query.bind(ds);
    ds.query = ((sql: string, params?: unknown[]) => {
      statements++;
      last = { sql, params };
      return query(sql, params);
    }) as DataSource['query'];
    const funnel = new InnovationFunnelService(ds);
    const yearAgo = new Date(Date.now() - 365 * 86_400_000);
    for (const groupBy of FUNNEL_GROUPINGS) {
      for (const [period, from] of [
        ['all time', null],
        ['one year', yearAgo],
      ] as const) {
        const q = { groupBy, from, to: null };
        for (let i = 0; i < 3; i++) await funnel.funnel(q);
        const times: number[] = [];
        const perCall = new Set<number>();
        let groups = 0;
        for (let i = 0; i < calls; i++) {
          statements = 0;
          const t = performance.now();
          groups = (await funnel.funnel(q)).length;
          times.push(performance.now() - t);
          perCall.add(statements);
        }
        times.sort((a, b) => a - b);
        if (values.explain) {
          const plan = (await query(`EXPLAIN (ANALYZE, BUFFERS) ${last.sql}`, last.params)) as { 'QUERY PLAN': string }[];
          log(`plan of ${groupBy} ${period}:\n${plan.map((r) => r['QUERY PLAN']).join('\n')}`);
        }
        log(
          `${groupBy.padEnd(12)} ${period.padEnd(8)}: ${groups} groups, median ${percentile(times, 0.5).toFixed(1)} ms, ` +
            `p95 ${percentile(times, 0.95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms, statements per call ${[...perCall].join('/')}`,
        );
      }
    }
  } finally {
    await ds.destroy();
    await dropDatabase(url);
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
