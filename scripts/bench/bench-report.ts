import type { BenchOptions } from './bench-options';
import type { NeedThroughputResult } from './phases/api-throughput';
import type { FreshnessResult } from './phases/freshness';
import type { IndexingResult } from './phases/indexing';
import type { LoadResult } from './phases/load-world';
import type { RematchResult } from './phases/rematch';
import type { SearchCapacityResult } from './phases/search-capacity';
import type { SearchLatencyResult } from './phases/search-latency';
import type { SqlCountResult } from './phases/sql-count';

export interface BenchReport {
  startedAt: string;
  /** Load averages (1 min) at the start and the end of the run: other processes share the machine. */
  machine: { cpus: number; node: string; loadAtStart: number; loadAtEnd: number };
  options: BenchOptions;
  load: LoadResult;
  pgBaseline: { rows: number; buildSeconds: number };
  search: SearchLatencyResult;
  needById: NeedThroughputResult;
  /** Closed-loop searchNeeds and searchSuppliers through GraphQL. */
  searchCapacity: SearchCapacityResult[];
  sqlStatements: SqlCountResult;
  freshness: FreshnessResult;
  reindex: IndexingResult;
  rematch: RematchResult;
  /** Stored suggestions after the world was matched, and how many have topical evidence (issue 10: all). */
  evidence: { suggestions: number; withEvidence: number };
  memory: { apiPeakMb: number | null; workerPeakMb: number | null; meiliPeakMb: number | null };
}

export interface ReportRow {
  metric: string;
  value: string;
  target: string;
  /** null = no target. */
  met: boolean | null;
}

const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
const mb = (v: number | null) => (v === null ? 'n/a' : `${v.toFixed(0)} MB`);
const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && b > 0 ? a / b : Number.NaN;

/** The rows of the summary table, each with its target from the issue where there is one. */
export function reportRows(r: BenchReport): ReportRow[] {
  const t = r.search.targets;
  const g = t.graphql;
  const floor = t.meiliHttp;
  const rows: ReportRow[] = [];
  const row = (metric: string, value: string, target = '', met: boolean | null = null) =>
    rows.push({ metric, value, target, met });
  row(
    'machine load average (1 min), start / end',
    `${r.machine.loadAtStart.toFixed(1)} / ${r.machine.loadAtEnd.toFixed(1)} on ${r.machine.cpus} CPUs`,
  );
  row('import (profiles + needs)', `${r.load.linesPerSecond.toFixed(0)} lines/s, ${r.load.importSeconds.toFixed(1)} s`);
  row(
    'worker index + match after import',
    `${r.load.workerDrainSeconds.toFixed(1)} s`,
    '≤ 300 s',
    r.load.workerDrainSeconds <= 300,
  );
  const evidenceShare = r.evidence.suggestions === 0 ? Number.NaN : r.evidence.withEvidence / r.evidence.suggestions;
  row(
    'stored suggestions with topical evidence',
    `${(evidenceShare * 100).toFixed(1)}% (${r.evidence.withEvidence} of ${r.evidence.suggestions})`,
    '100%',
    evidenceShare === 1,
  );
  for (const [name, s] of Object.entries(t)) {
    if (!s) continue;
    row(
      `search ${name} p50 / p95 / p99`,
      `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}`,
      name === 'graphql' ? `p95 ≤ 25 ms @ ${r.search.rate}/s` : '',
      name === 'graphql' ? s.p95 <= 25 : null,
    );
    row(
      `search ${name} errors`,
      `${s.errors} of ${s.requests}`,
      name === 'graphql' ? '0' : '',
      name === 'graphql' ? s.errors === 0 : null,
    );
  }
  const overFloor = ratio(g?.p95, floor?.p95);
  row('GraphQL p95 / direct Meilisearch p95', `${overFloor.toFixed(2)}×`, '≤ 1.5×', overFloor <= 1.5);
  row('Meilisearch JS client p95 / node:http p95', `${ratio(t.meiliJsClient?.p95, floor?.p95).toFixed(2)}×`);
  const pgFactor = ratio(t.postgres?.p95, g?.p95);
  row('PostgreSQL FTS p95 / GraphQL p95', `${pgFactor.toFixed(2)}×`, 'baseline slower (> 1×)', pgFactor > 1);
  row('PostgreSQL FTS p95 / direct Meilisearch p95', `${ratio(t.postgres?.p95, floor?.p95).toFixed(2)}×`);
  row(
    'reindexSearch',
    `${r.reindex.documentsPerSecond.toFixed(0)} docs/s (${r.reindex.documents} in ${r.reindex.seconds.toFixed(1)} s)`,
    '≥ 2,000 docs/s',
    r.reindex.documentsPerSecond >= 2000,
  );
  row('Meilisearch peak RSS during reindex', mb(r.reindex.meiliPeakRssMb));
  row(
    'publish → searchable p50 / p95',
    `${ms(r.freshness.searchableP50)} / ${ms(r.freshness.searchableP95)}`,
    'p95 ≤ 1 s',
    r.freshness.searchableP95 <= 1000,
  );
  row(
    'publish → NEW_MATCH stored p50 / p95',
    `${ms(r.freshness.newMatchP50)} / ${ms(r.freshness.newMatchP95)}${r.freshness.newMatchMissing ? ` (${r.freshness.newMatchMissing} missing)` : ''}`,
    'p95 ≤ 2 s',
    r.freshness.newMatchP95 <= 2000 && r.freshness.newMatchMissing === 0,
  );
  row(
    're-match open needs',
    `${r.rematch.needsPerSecond.toFixed(0)} needs/s (${r.rematch.openNeeds} in ${r.rematch.matchingDrainSeconds.toFixed(1)} s)`,
    '≥ 150 needs/s',
    r.rematch.needsPerSecond >= 150,
  );
  row('re-match: all queues drained', `${r.rematch.fullDrainSeconds.toFixed(1)} s`);
  row(
    `need(id) at ${r.needById.connections} connections`,
    `${r.needById.requestsPerSecond.toFixed(0)} req/s (p50 ${r.needById.p50} ms, p99 ${r.needById.p99} ms, errors ${r.needById.errors})`,
    '≥ 1,500 req/s',
    r.needById.requestsPerSecond >= 1500,
  );
  for (const c of r.searchCapacity) {
    const needs = c.kind === 'needs';
    row(
      `search${needs ? 'Needs' : 'Suppliers'} closed loop, ${c.connections} connections`,
      `${c.requestsPerSecond.toFixed(0)} searches/s (p50 ${c.p50} ms, p99 ${c.p99} ms, errors ${c.errors}, shed ${c.shed})`,
      needs ? `≥ 3× ${r.search.rate}/s` : '',
      needs ? c.requestsPerSecond >= 3 * r.search.rate : null,
    );
  }
  row(
    'SQL statements per searchNeeds, by pageSize',
    Object.entries(r.sqlStatements.statementsByPageSize)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', '),
    'constant',
    r.sqlStatements.constant,
  );
  row('API peak RSS (VmHWM)', mb(r.memory.apiPeakMb), '≤ 300 MB', r.memory.apiPeakMb !== null && r.memory.apiPeakMb <= 300);
  row(
    'worker peak RSS (VmHWM)',
    mb(r.memory.workerPeakMb),
    '≤ 400 MB',
    r.memory.workerPeakMb !== null && r.memory.workerPeakMb <= 400,
  );
  row('Meilisearch peak RSS (VmHWM, whole run)', mb(r.memory.meiliPeakMb));
  return rows;
}

export function formatTable(rows: readonly ReportRow[]): string {
  const w = [
    Math.max(6, ...rows.map((r) => r.metric.length)),
    Math.max(5, ...rows.map((r) => r.value.length)),
    Math.max(6, ...rows.map((r) => r.target.length)),
  ];
  const line = (a: string, b: string, c: string, d: string) => `${a.padEnd(w[0]!)}  ${b.padEnd(w[1]!)}  ${c.padEnd(w[2]!)}  ${d}`;
  return [
    line('metric', 'value', 'target', ''),
    line('-'.repeat(w[0]!), '-'.repeat(w[1]!), '-'.repeat(w[2]!), '------'),
    ...rows.map((r) => line(r.metric, r.value, r.target, r.met === null ? '' : r.met ? 'ok' : 'MISSED')),
  ].join('\n');
}
