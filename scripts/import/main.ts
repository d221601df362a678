import { existsSync, statSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { loadConfig } from '@navet/config';
import { dataSourceOptions, ensureDatabase, runMigrations } from '@navet/database';
import { Importer, ImportSummary, readLines } from '@navet/importer';
import { JobPriority } from '@navet/queue';
import { loadReferenceData, ReferenceCatalogue } from '@navet/reference';
import { countLines, createProgress } from './progress';

const USAGE = 'usage: npm run import -- <suppliers|needs> <file.jsonl> [--draft] [--priority interactive|bulk] [--batch-size N]';
const SHOWN_SKIPS = 20;

interface Args {
  kind: 'suppliers' | 'needs';
  file: string;
  draft: boolean;
  priority: JobPriority;
  batchSize: number | undefined;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  let draft = false;
  let priority = JobPriority.Bulk;
  let batchSize: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--draft') draft = true;
    else if (a === '--priority') {
      const v = argv[++i];
      if (v !== 'interactive' && v !== 'bulk') throw new UsageError('--priority must be interactive or bulk');
      priority = v === 'interactive' ? JobPriority.Interactive : JobPriority.Bulk;
    } else if (a === '--batch-size') {
      batchSize = Number(argv[++i]);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError('--batch-size must be a positive whole number');
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  const [kind, file, ...rest] = positional;
  if ((kind !== 'suppliers' && kind !== 'needs') || !file || rest.length > 0) throw new UsageError(USAGE);
  if (draft && kind !== 'needs') throw new UsageError('--draft applies to needs only');
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`file not found: ${file}`);
  return { kind, file, draft, priority, batchSize };
}

function printSummary(s: ImportSummary, file: string): void {
  const rate = s.lines / Math.max(0.001, s.seconds);
  console.log(
    `Imported ${s.kind} from ${file}: ${s.lines} lines, ${s.imported} imported, ${s.updated} updated, ` +
      `${s.skipped.length} skipped in ${s.seconds.toFixed(1)} s (${Math.round(rate)} lines/s)`,
  );
  if (s.droppedOrganizationNumbers > 0)
    console.log(
      `${s.droppedOrganizationNumbers} lines had an organization number not valid for their country: imported without it`,
    );
  if (s.regionsMapped > 0)
    console.log(`${s.regionsMapped} records had pre-NUTS-2021 region codes, mapped to the nearest valid region`);
  if (s.skipped.length === 0) return;
  console.log(`Skipped lines${s.skipped.length > SHOWN_SKIPS ? ` (first ${SHOWN_SKIPS} of ${s.skipped.length})` : ''}:`);
  for (const k of s.skipped.slice(0, SHOWN_SKIPS)) console.log(`  line ${k.line}: ${k.reason}`);
}

/** `npm run import -- suppliers|needs <file.jsonl>`: bulk import; the worker indexes and matches via the outbox. */
async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  await ensureDatabase(config.database.url);
  const ds = new DataSource(dataSourceOptions(config.database.url, [], 2));
  await ds.initialize();
  try {
    await runMigrations(ds);
    const catalogue = ReferenceCatalogue.fromFiles();
    await loadReferenceData(ds, catalogue);
    const progress = createProgress(await countLines(args.file));
    const importer = new Importer(ds, catalogue);
    const opts = { priority: args.priority, batchSize: args.batchSize, onProgress: (n: number) => progress.update(n) };
    const summary =
      args.kind === 'suppliers'
        ? await importer.importSuppliers(readLines(args.file), opts)
        : await importer.importNeeds(readLines(args.file), { ...opts, publish: !args.draft });
    progress.done();
    printSummary(summary, args.file);
  } finally {
    await ds.destroy();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    if (e instanceof UsageError) console.error(e.message);
    else console.error('Import failed:', e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
