/**
 * Table ownership check (ARCHITECTURE.md, "Tables and their owners"): SQL outside a table's owning lib must
 * not name the table. Run by `check-table-ownership.mjs` through Node's type stripping, so this file keeps
 * to erasable TypeScript and imports only Node built-ins (no aliases, no relative imports).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export type Access = 'read' | 'write';

export interface TableReference {
  line: number;
  table: string;
  access: Access;
}

export interface Finding extends TableReference {
  file: string;
  owner: string;
}

export interface AllowEntry {
  /** A file, or a folder when it ends with `/`. */
  path: string;
  /** Only these tables; all when absent. */
  tables?: string[];
  /** `read`: only FROM/JOIN references are allowed (writes stay findings). Default `any`. */
  access?: 'read' | 'any';
  reason: string;
}

export interface Report {
  findings: Finding[];
  allowed: number;
  errors: string[];
  scannedFiles: number;
}

const MIN_REASON_LENGTH = 20;
const OWNERSHIP_HEADING = '## Tables and their owners';

/** Table names created by the migrations, in order of appearance. */
export function parseMigrationTables(sources: readonly string[]): string[] {
  const tables: string[] = [];
  for (const source of sources) {
    for (const m of source.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_][a-z0-9_]*)/g)) {
      if (!tables.includes(m[1]!)) tables.push(m[1]!);
    }
  }
  return tables;
}

/**
 * The owner table of ARCHITECTURE.md: rows whose first cell is a backticked `libs/<name>`; every backticked
 * word in the second cell is a table. Returns table -> owner, and problems (a table listed twice).
 */
export function parseOwnerTable(markdown: string): { owners: Map<string, string>; errors: string[] } {
  const owners = new Map<string, string>();
  const errors: string[] = [];
  const start = markdown.indexOf(OWNERSHIP_HEADING);
  if (start < 0) return { owners, errors: [`ARCHITECTURE.md has no "${OWNERSHIP_HEADING}" section`] };
  const rest = markdown.slice(start + OWNERSHIP_HEADING.length);
  const end = rest.search(/^## /m);
  const section = end < 0 ? rest : rest.slice(0, end);
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // `| a | b |` splits into ['', 'a', 'b', ''].
    if (cells.length < 4 || cells[0] !== '') continue;
    const owner = /^`(libs\/[a-z][a-z0-9-]*)`$/.exec(cells[1]!)?.[1];
    if (!owner) continue;
    for (const m of cells[2]!.matchAll(/`([a-z_][a-z0-9_]*)`/g)) {
      const previous = owners.get(m[1]!);
      if (previous) errors.push(`ARCHITECTURE.md: table ${m[1]} is listed for both ${previous} and ${owner}`);
      else owners.set(m[1]!, owner);
    }
  }
  if (!owners.size) errors.push(`ARCHITECTURE.md: no owner rows found under "${OWNERSHIP_HEADING}"`);
  return { owners, errors };
}

/** Every migration table has an owner and every owned table exists. */
export function compareTables(migrationTables: readonly string[], owners: ReadonlyMap<string, string>): string[] {
  const errors: string[] = [];
  for (const t of migrationTables) {
    if (!owners.has(t)) errors.push(`table ${t} (created in migrations) has no owner in ARCHITECTURE.md`);
  }
  for (const t of owners.keys()) {
    if (!migrationTables.includes(t)) errors.push(`ARCHITECTURE.md lists table ${t}, which no migration creates`);
  }
  return errors;
}

/** Lines of `//` and block comments (` *`, `/*`) are blanked, keeping line numbers. */
function blankCommentLines(source: string): string {
  return source
    .split('\n')
    .map((line) => (/^\s*(\/\/|\/\*|\*)/.test(line) ? '' : line))
    .join('\n');
}

/** A table name, optionally quoted; `quote` is the number of its quote's capture group. */
const tableName = (quote: number): string => `(?:public\\.)?("?)([a-z_][a-z0-9_]*)\\${quote}(?![a-z0-9_])`;
// SQL keywords are upper case in this repo; lower-case prose ("from needs") is not SQL.
const REFERENCE = new RegExp(
  `\\b(DELETE\\s+FROM|FROM|JOIN|INTO|UPDATE|TRUNCATE(?:\\s+TABLE)?|TABLE|ANALYZE|VACUUM)\\s+(?:ONLY\\s+)?(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?${tableName(2)}`,
  'g',
);
// `, next` after a table and its optional lower-case alias (`FROM needs n, users u`, `TRUNCATE a, b`).
const LIST_ITEM = new RegExp(`(?:\\s+(?:AS\\s+)?[a-z_][a-z0-9_]*)?\\s*,\\s*${tableName(1)}`, 'y');
const LIST_KEYWORD = /^(FROM|DELETE|TRUNCATE|ANALYZE|VACUUM)/;

/**
 * Known tables named after an upper-case SQL keyword (and the rest of a comma list after FROM, TRUNCATE,
 * ANALYZE, VACUUM); FROM and JOIN read, everything else writes. Names built at run time are not seen.
 */
export function findTableReferences(source: string, tables: ReadonlySet<string>): TableReference[] {
  const text = blankCommentLines(source);
  const refs: TableReference[] = [];
  const lineAt = (index: number): number => text.slice(0, index).split('\n').length;
  for (const m of text.matchAll(REFERENCE)) {
    const keyword = m[1]!;
    const access: Access = keyword === 'FROM' || keyword === 'JOIN' ? 'read' : 'write';
    const names: { name: string; index: number }[] = [{ name: m[3]!, index: m.index + m[0].length - m[3]!.length }];
    if (LIST_KEYWORD.test(keyword)) {
      LIST_ITEM.lastIndex = m.index + m[0].length;
      for (let item = LIST_ITEM.exec(text); item; item = LIST_ITEM.exec(text)) {
        names.push({ name: item[2]!, index: LIST_ITEM.lastIndex - item[2]!.length });
      }
    }
    for (const { name, index } of names) {
      if (tables.has(name)) refs.push({ line: lineAt(index), table: name, access });
    }
  }
  return refs;
}

/** Which files are checked: lib, app and script sources; not tests, migrations or test support. */
export function shouldScan(file: string): boolean {
  if (!/\.[cm]?[jt]s$/.test(file) || /\.d\.ts$/.test(file)) return false;
  if (/\.(spec|int-spec|e2e-spec)\.[cm]?[jt]s$/.test(file)) return false;
  if (/(^|\/)(node_modules|dist|migrations|test-support)\//.test(file)) return false;
  return /^libs\/[^/]+\/src\//.test(file) || /^apps\//.test(file) || /^scripts\//.test(file);
}

/** `libs/<name>` for lib sources; apps and scripts own no table. */
export function ownerOfFile(file: string): string | null {
  return /^(libs\/[^/]+)\//.exec(file)?.[1] ?? null;
}

export function findingsIn(file: string, source: string, owners: ReadonlyMap<string, string>): Finding[] {
  const fileOwner = ownerOfFile(file);
  return findTableReferences(source, new Set(owners.keys()))
    .map((ref) => ({ ...ref, file, owner: owners.get(ref.table)! }))
    .filter((f) => f.owner !== fileOwner);
}

/** Validates the allow-list JSON: `{ "entries": [{ path, reason, tables?, access? }] }`. */
export function parseAllowList(json: unknown, knownTables: ReadonlySet<string>): { entries: AllowEntry[]; errors: string[] } {
  const errors: string[] = [];
  const entries: AllowEntry[] = [];
  const list = (json as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) return { entries, errors: ['allow-list: expected { "entries": [...] }'] };
  list.forEach((raw: unknown, i) => {
    const at = `allow-list entry ${i + 1}`;
    if (typeof raw !== 'object' || raw === null) return errors.push(`${at}: not an object`);
    const e = raw as Record<string, unknown>;
    const unknownKeys = Object.keys(e).filter((k) => !['path', 'tables', 'access', 'reason'].includes(k));
    if (unknownKeys.length) return errors.push(`${at}: unknown keys ${unknownKeys.join(', ')}`);
    if (typeof e.path !== 'string' || !e.path) return errors.push(`${at}: "path" is required`);
    if (typeof e.reason !== 'string' || e.reason.trim().length < MIN_REASON_LENGTH) {
      return errors.push(`${at} (${e.path}): a written "reason" of at least ${MIN_REASON_LENGTH} characters is required`);
    }
    if (e.access !== undefined && e.access !== 'read' && e.access !== 'any') {
      return errors.push(`${at} (${e.path}): "access" is "read" or "any"`);
    }
    if (e.tables !== undefined) {
      if (!Array.isArray(e.tables) || !e.tables.every((t) => typeof t === 'string' && knownTables.has(t))) {
        return errors.push(`${at} (${e.path}): "tables" must list known tables`);
      }
    }
    entries.push(e as unknown as AllowEntry);
  });
  return { entries, errors };
}

export function allows(entry: AllowEntry, f: Finding): boolean {
  const pathMatches = entry.path.endsWith('/') ? f.file.startsWith(entry.path) : f.file === entry.path;
  return pathMatches && (!entry.tables || entry.tables.includes(f.table)) && (entry.access !== 'read' || f.access === 'read');
}

/** Findings no entry allows, and entries that allow nothing (stale: remove them). */
export function applyAllowList(
  findings: readonly Finding[],
  entries: readonly AllowEntry[],
): { remaining: Finding[]; allowed: number; stale: AllowEntry[] } {
  const used = new Set<AllowEntry>();
  const remaining = findings.filter((f) => {
    const entry = entries.find((e) => allows(e, f));
    if (entry) used.add(entry);
    return !entry;
  });
  return { remaining, allowed: findings.length - remaining.length, stale: entries.filter((e) => !used.has(e)) };
}

function listFiles(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)).split(sep).join('/'));
}

/** The whole check over a checkout at `root`. */
export function checkTableOwnership(root: string, allowListFile: string): Report {
  const migrationsDir = join(root, 'libs/database/src/migrations');
  const migrationTables = parseMigrationTables(
    readdirSync(migrationsDir)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => readFileSync(join(migrationsDir, f), 'utf8')),
  );
  const { owners, errors } = parseOwnerTable(readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8'));
  errors.push(...compareTables(migrationTables, owners));
  for (const owner of new Set(owners.values())) {
    if (!existsSync(join(root, owner))) errors.push(`ARCHITECTURE.md names owner ${owner}, which does not exist`);
  }

  const files = ['libs', 'apps', 'scripts']
    .flatMap((d) => listFiles(root, d))
    .filter(shouldScan)
    .sort();
  const findings = files.flatMap((file) => findingsIn(file, readFileSync(join(root, file), 'utf8'), owners));

  const allowList = parseAllowList(JSON.parse(readFileSync(allowListFile, 'utf8')), new Set(owners.keys()));
  errors.push(...allowList.errors);
  const { remaining, allowed, stale } = applyAllowList(findings, allowList.entries);
  for (const e of stale) {
    errors.push(`allow-list entry ${e.path}${e.tables ? ` (${e.tables.join(', ')})` : ''} matches nothing: remove it`);
  }
  return { findings: remaining, allowed, errors, scannedFiles: files.length };
}

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line} names table ${f.table} owned by ${f.owner}`;
}
