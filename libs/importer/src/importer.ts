import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { OutboxEvent, OutboxWriter } from '@navet/outbox';
import { JobPriority } from '@navet/queue';
import { ReferenceCatalogue } from '@navet/reference';
import type { BatchOutcome, ImportOptions, ImportSummary, OrganizationInput, SkippedLine } from './import-types';
import { reasonOf } from './line-error';
import { ParsedNeedLine, parseNeedLine } from './need-line';
import { writeNeedBatch } from './need-batch.writer';
import { parseSupplierLine, ParsedSupplierLine } from './supplier-line';
import { writeSupplierBatch } from './supplier-batch.writer';

// Two imports at once would race on "does this source_ref / organization exist yet"; batches take turns.
const IMPORT_LOCK = 741_852_965;
const OUTBOX_CHUNK = 2000;
const DEFAULT_BATCH = 1000;
// Bind parameters per statement stay below PostgreSQL's 65,535 (17 columns per need row).
const MAX_BATCH = 3000;

type Candidate = { line: number; sourceRef: string | null; regionsMapped: boolean };
type Writer<C> = (em: EntityManager, batch: readonly C[]) => Promise<{ outcome: BatchOutcome; events: OutboxEvent[] }>;

/** A row-level database refusal (data or integrity error) as opposed to a broken connection. */
const isRowError = (e: unknown): boolean =>
  e instanceof QueryFailedError && /^2[23]/.test(String((e.driverError as { code?: unknown }).code ?? ''));

/**
 * Bulk import of supplier profiles and needs from JSONL: each line is validated with the API's
 * domain validators; valid lines are written in batches, one transaction per batch together with
 * their outbox events, so the worker indexes and matches them as usual.
 */
export class Importer {
  private readonly outbox = new OutboxWriter();

  constructor(
    private readonly ds: DataSource,
    private readonly catalogue: ReferenceCatalogue,
  ) {}

  importSuppliers(lines: AsyncIterable<string> | Iterable<string>, opts: ImportOptions = {}): Promise<ImportSummary> {
    const priority = opts.priority ?? JobPriority.Bulk;
    return this.run<ParsedSupplierLine>(
      'suppliers',
      lines,
      opts,
      parseSupplierLine,
      (em, batch) => writeSupplierBatch(em, batch, priority, new Date()),
      (c) => c.organization,
    );
  }

  importNeeds(lines: AsyncIterable<string> | Iterable<string>, opts: ImportOptions = {}): Promise<ImportSummary> {
    const batchOpts = {
      priority: opts.priority ?? JobPriority.Bulk,
      publish: opts.publish ?? true,
      verifyBuyers: opts.verifyBuyers ?? true,
    };
    return this.run<ParsedNeedLine>(
      'needs',
      lines,
      opts,
      parseNeedLine,
      (em, batch) => writeNeedBatch(em, batch, { ...batchOpts, now: new Date() }),
      (c) => c.buyer,
    );
  }

  private async run<C extends Candidate>(
    kind: ImportSummary['kind'],
    lines: AsyncIterable<string> | Iterable<string>,
    opts: ImportOptions,
    parse: (text: string, line: number, catalogue: ReferenceCatalogue, now: Date) => C,
    write: Writer<C>,
    organizationOf: (candidate: C) => OrganizationInput,
  ): Promise<ImportSummary> {
    const started = Date.now();
    const batchSize = Math.min(MAX_BATCH, Math.max(1, Math.floor(opts.batchSize ?? DEFAULT_BATCH)));
    const written: BatchOutcome['written'] = [];
    const skipped: SkippedLine[] = [];
    let batch: C[] = [];
    const refs = new Set<string>();
    const mappedLines = new Set<number>();
    let seen = 0;
    let lineNo = 0;
    let droppedNumbers = 0;

    const flush = async () => {
      if (batch.length > 0) {
        const outcome = await this.writeBatch(batch, write);
        written.push(...outcome.written);
        skipped.push(...outcome.skipped);
      }
      batch = [];
      refs.clear();
      opts.onProgress?.(seen);
    };

    for await (const text of lines) {
      lineNo++;
      if (text.trim().length === 0) continue;
      seen++;
      let candidate: C;
      try {
        candidate = parse(text, lineNo, this.catalogue, new Date());
      } catch (e) {
        skipped.push({ line: lineNo, reason: reasonOf(e) });
        continue;
      }
      if (organizationOf(candidate).organizationNumberDropped) droppedNumbers++;
      // One statement cannot update a row twice: a repeated source_ref starts a new batch (the later line wins).
      if (candidate.sourceRef !== null && refs.has(candidate.sourceRef)) await flush();
      if (candidate.regionsMapped) mappedLines.add(candidate.line);
      batch.push(candidate);
      if (candidate.sourceRef !== null) refs.add(candidate.sourceRef);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    // Planner statistics would describe the tables before the import until autovacuum catches up
    // (never, where it is off): the first searches and matching jobs after a large import would run
    // on plans made for an empty table.
    if (written.length > 0) await this.ds.query(`ANALYZE organizations, ${kind === 'suppliers' ? 'supplier_profiles' : 'needs'}`);

    written.sort((a, b) => a.line - b.line);
    skipped.sort((a, b) => a.line - b.line);
    return {
      kind,
      lines: seen,
      imported: written.filter((w) => !w.updated).length,
      updated: written.filter((w) => w.updated).length,
      skipped,
      regionsMapped: written.filter((w) => mappedLines.has(w.line)).length,
      seconds: (Date.now() - started) / 1000,
      ids: written.map((w) => w.id),
      droppedOrganizationNumbers: droppedNumbers,
    };
  }

  /** One transaction per batch; if the database refuses a row, the batch is retried line by line to isolate it. */
  private async writeBatch<C extends Candidate>(batch: readonly C[], write: Writer<C>): Promise<BatchOutcome> {
    try {
      return await this.commit(batch, write);
    } catch (e) {
      if (!isRowError(e)) throw e;
      if (batch.length === 1) return { written: [], skipped: [{ line: batch[0]!.line, reason: dbReason(e) }] };
    }
    const outcome: BatchOutcome = { written: [], skipped: [] };
    for (const c of batch) {
      const one = await this.writeBatch([c], write);
      outcome.written.push(...one.written);
      outcome.skipped.push(...one.skipped);
    }
    return outcome;
  }

  private commit<C>(batch: readonly C[], write: Writer<C>): Promise<BatchOutcome> {
    return this.ds.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
      const { outcome, events } = await write(em, batch);
      for (let i = 0; i < events.length; i += OUTBOX_CHUNK) await this.outbox.add(em, ...events.slice(i, i + OUTBOX_CHUNK));
      return outcome;
    });
  }
}

/** Names the constraint, never the row's values. */
function dbReason(e: unknown): string {
  const d = (e as QueryFailedError).driverError as { code?: string; constraint?: string; column?: string };
  const what = d.constraint ?? d.column ?? d.code ?? 'unknown';
  return `database refused the row (${what})`;
}
