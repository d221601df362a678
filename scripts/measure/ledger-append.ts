/**
 * The cost of the equal-treatment ledger under concurrent actions:
 *   npm run build && node dist/scripts/measure/ledger-append.js [--runs 5] [--actions 400]
 * Each action is a transaction like the ones that record contacts: an outbox row, and in the measured
 * variant a ledger entry appended last (per-need advisory lock, head read, insert). The baseline is
 * the same transaction without the entry, measured in the same run. Scenarios: 1, 8 and 32 writers on
 * one need (appends serialize), and 32 writers spread over 32 needs. Uses a database of its own on
 * DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432), dropped afterwards.
 */
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { dataSourceOptions, dropDatabase, inTransaction, migrateDatabase } from '@navet/database';
import { appendLedgerEntry } from '@navet/ledger';
import { OutboxWriter } from '@navet/outbox';
import { insertNeed, insertOrganization } from '@navet/testing';
import { ALL_ENTITIES } from '../../apps/entities';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('runs', 5);
const actions = arg('actions', 400);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

interface Scenario {
  name: string;
  writers: number;
  needs: number;
}
const SCENARIOS: Scenario[] = [
  { name: '1 writer, one need', writers: 1, needs: 1 },
  { name: '8 writers, one need', writers: 8, needs: 1 },
  { name: '32 writers, one need', writers: 32, needs: 1 },
  { name: '32 writers, 32 needs', writers: 32, needs: 32 },
];

async function runOnce(ds: DataSource, needIds: string[], orgId: string, writers: number, withLedger: boolean) {
  const outbox = new OutboxWriter();
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < actions) {
        const i = next++;
        const needId = needIds[i % needIds.length]!;
        const t0 = performance.now();
        await inTransaction(ds, async (em) => {
          await outbox.add(em, { type: 'need.updated', payload: { needId } });
          if (withLedger)
            await appendLedgerEntry(em, {
              needId,
              action: 'DIALOGUE_MESSAGE',
              actorOrganizationId: orgId,
              summary: `contact ${i}`,
            });
        });
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: actions / seconds, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) };
}

async function main(): Promise<void> {
  const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  server.pathname = `/navet_measure_ledger_${process.pid}`;
  const url = server.toString();
  await migrateDatabase(url);
  const ds = new DataSource(dataSourceOptions(url, ALL_ENTITIES, 40));
  await ds.initialize();
  try {
    const orgId = await insertOrganization(ds, { name: 'Mätkommun' });
    console.log(
      `ledger append: ${actions} actions per run, median of ${runs} runs (baseline = same transaction without the entry)`,
    );
    console.log(
      '| scenario | baseline actions/s | with ledger actions/s | ratio | p50 ms base → ledger | p95 ms base → ledger |',
    );
    console.log('|---|---|---|---|---|---|');
    for (const s of SCENARIOS) {
      const base: Awaited<ReturnType<typeof runOnce>>[] = [];
      const led: typeof base = [];
      for (let r = 0; r < runs; r++) {
        // Fresh needs per run, so chains start equally long in every run; variants alternate.
        const needIds = await Promise.all(Array.from({ length: s.needs }, () => insertNeed(ds, orgId, { status: 'PUBLISHED' })));
        base.push(await runOnce(ds, needIds, orgId, s.writers, false));
        led.push(await runOnce(ds, needIds, orgId, s.writers, true));
      }
      const b = median(base.map((x) => x.perSecond));
      const l = median(led.map((x) => x.perSecond));
      const f = (x: number) => x.toFixed(1);
      console.log(
        `| ${s.name} | ${b.toFixed(0)} | ${l.toFixed(0)} | ${(l / b).toFixed(2)} | ${f(median(base.map((x) => x.p50)))} → ${f(median(led.map((x) => x.p50)))} | ${f(median(base.map((x) => x.p95)))} → ${f(median(led.map((x) => x.p95)))} |`,
      );
    }
  } finally {
    await ds.destroy();
    await dropDatabase(url);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
