import { join } from 'node:path';
import {
  AllowEntry,
  applyAllowList,
  checkTableOwnership,
  compareTables,
  Finding,
  findingsIn,
  findTableReferences,
  ownerOfFile,
  parseAllowList,
  parseMigrationTables,
  parseOwnerTable,
  shouldScan,
} from './table-ownership';

const TABLES = new Set(['needs', 'users', 'organizations', 'match_pool', 'match_pool_pending', 'outbox']);
const OWNERS = new Map([
  ['needs', 'libs/needs'],
  ['users', 'libs/identity'],
  ['organizations', 'libs/identity'],
  ['match_pool', 'libs/matching'],
  ['match_pool_pending', 'libs/matching'],
  ['outbox', 'libs/outbox'],
]);

const tablesIn = (sql: string): string[] => findTableReferences(sql, TABLES).map((r) => `${r.table}:${r.access}`);

describe('findTableReferences', () => {
  it('finds tables after upper-case SQL keywords, reads and writes apart', () => {
    expect(tablesIn('SELECT u.email FROM needs n JOIN users u ON u.id = n.id')).toEqual(['needs:read', 'users:read']);
    expect(tablesIn('INSERT INTO outbox (id) VALUES ($1)')).toEqual(['outbox:write']);
    expect(tablesIn('UPDATE "needs" SET x = 1')).toEqual(['needs:write']);
    expect(tablesIn('DELETE FROM match_pool WHERE true')).toEqual(['match_pool:write']);
    expect(tablesIn('ALTER TABLE IF EXISTS public.users ADD x int')).toEqual(['users:write']);
  });

  it('reads whole comma lists after FROM, TRUNCATE and ANALYZE', () => {
    expect(tablesIn('SELECT 1 FROM needs n, users AS u WHERE n.id = u.id')).toEqual(['needs:read', 'users:read']);
    expect(tablesIn('TRUNCATE TABLE needs, "users", outbox CASCADE')).toEqual(['needs:write', 'users:write', 'outbox:write']);
    expect(tablesIn('ANALYZE organizations, needs')).toEqual(['organizations:write', 'needs:write']);
  });

  it('matches whole names only: match_pool is not match_pool_pending', () => {
    expect(tablesIn('SELECT 1 FROM match_pool_pending')).toEqual(['match_pool_pending:read']);
    expect(tablesIn('SELECT 1 FROM needs_archive JOIN "users_x" ON true')).toEqual([]);
  });

  it('spans lines and reports the line of the table name', () => {
    const refs = findTableReferences('const q = `\n  SELECT id\n  FROM\n    needs\n`;', TABLES);
    expect(refs).toEqual([{ line: 4, table: 'needs', access: 'read' }]);
  });

  it('ignores lower-case prose, comment lines, CTEs and unknown names', () => {
    const source = [
      '// reads FROM needs, never writes',
      '/* UPDATE users here */',
      ' * JOIN organizations when needed',
      'const note = "suppliers from needs they share";',
      'WITH m AS (SELECT 1) SELECT * FROM m JOIN json_to_recordset($1) ON true',
    ].join('\n');
    expect(tablesIn(source)).toEqual([]);
  });
});

describe('migrations and ARCHITECTURE.md', () => {
  it('reads created tables from migrations', () => {
    expect(
      parseMigrationTables(['CREATE TABLE needs (id uuid);\nCREATE TABLE IF NOT EXISTS "users" (id uuid)', 'CREATE TABLE needs']),
    ).toEqual(['needs', 'users']);
  });

  const doc = [
    '# Architecture',
    '## Tables and their owners',
    '| owner | tables |',
    '| --- | --- |',
    '| `libs/identity` | `organizations`, `users` |',
    '| `libs/needs` | `needs` |',
    '| `libs/search` | no table; owns the Meilisearch indexes |',
    '| other libs, apps, scripts | no table |',
    '## Other rules',
    '| `libs/elsewhere` | `ignored` |',
  ].join('\n');

  it('parses owner rows of its own section only', () => {
    const { owners, errors } = parseOwnerTable(doc);
    expect(errors).toEqual([]);
    expect([...owners]).toEqual([
      ['organizations', 'libs/identity'],
      ['users', 'libs/identity'],
      ['needs', 'libs/needs'],
    ]);
  });

  it('refuses a table with two owners, and a missing section', () => {
    expect(parseOwnerTable(`${doc}\n`.replace('`needs` |', '`needs`, `users` |')).errors).toEqual([
      'ARCHITECTURE.md: table users is listed for both libs/identity and libs/needs',
    ]);
    expect(parseOwnerTable('# nothing').errors).toHaveLength(1);
  });

  it('reports tables without owner and owners of tables that do not exist', () => {
    expect(
      compareTables(
        ['needs', 'deliveries'],
        new Map([
          ['needs', 'libs/needs'],
          ['gone', 'libs/x'],
        ]),
      ),
    ).toEqual([
      'table deliveries (created in migrations) has no owner in ARCHITECTURE.md',
      'ARCHITECTURE.md lists table gone, which no migration creates',
    ]);
  });
});

describe('which files and owners', () => {
  it('scans lib, app and script sources, not tests, migrations or test support', () => {
    expect(shouldScan('libs/matching/src/persistence/match-pool.ts')).toBe(true);
    expect(shouldScan('apps/api/platform/platform.service.ts')).toBe(true);
    expect(shouldScan('scripts/seed/seed-demo.ts')).toBe(true);
    expect(shouldScan('libs/matching/src/compute/compute.int-spec.ts')).toBe(false);
    expect(shouldScan('scripts/bench/prng.spec.ts')).toBe(false);
    expect(shouldScan('libs/database/src/migrations/1763700000000-initial-schema.ts')).toBe(false);
    expect(shouldScan('libs/search/src/test-support/search-test-env.ts')).toBe(false);
    expect(shouldScan('test/needs/needs.e2e-spec.ts')).toBe(false);
    expect(shouldScan('libs/reference/data/cpv.json')).toBe(false);
  });

  it('gives lib files their lib as owner and apps and scripts none', () => {
    expect(ownerOfFile('libs/needs/src/needs.service.ts')).toBe('libs/needs');
    expect(ownerOfFile('apps/api/main.ts')).toBeNull();
  });

  it('finds only tables of other owners', () => {
    const sql = '`SELECT 1 FROM needs n JOIN users u ON true`';
    expect(findingsIn('libs/needs/src/needs.service.ts', sql, OWNERS).map((f) => f.table)).toEqual(['users']);
    expect(findingsIn('apps/api/x.ts', sql, OWNERS).map((f) => `${f.file}:${f.line} ${f.owner}`)).toEqual([
      'apps/api/x.ts:1 libs/needs',
      'apps/api/x.ts:1 libs/identity',
    ]);
  });
});

describe('allow-list', () => {
  const reason = 'measures the database from outside, reads only';
  const finding = (file: string, table: string, access: Finding['access']): Finding => ({
    file,
    line: 1,
    table,
    access,
    owner: OWNERS.get(table)!,
  });

  it('refuses entries without a written reason, unknown keys or unknown tables', () => {
    const { entries, errors } = parseAllowList(
      {
        entries: [
          { path: 'scripts/bench/', reason },
          { path: 'a.ts' },
          { path: 'b.ts', reason: 'todo' },
          { path: 'c.ts', reason, tables: ['nope'] },
          { path: 'd.ts', reason, line: 3 },
          { path: 'e.ts', reason, access: 'write' },
        ],
      },
      TABLES,
    );
    expect(entries.map((e) => e.path)).toEqual(['scripts/bench/']);
    expect(errors).toHaveLength(5);
    expect(errors[0]).toContain('reason');
    expect(parseAllowList([], TABLES).errors).toHaveLength(1);
  });

  it('allows by file or folder, tables and access, and reports entries that allow nothing', () => {
    const entries: AllowEntry[] = [
      { path: 'scripts/bench/', access: 'read', reason },
      { path: 'apps/api/x.ts', tables: ['users'], reason },
      { path: 'scripts/gone.ts', reason },
    ];
    const findings = [
      finding('scripts/bench/a.ts', 'needs', 'read'),
      finding('scripts/bench/a.ts', 'needs', 'write'),
      finding('apps/api/x.ts', 'users', 'read'),
      finding('apps/api/x.ts', 'needs', 'read'),
    ];
    const result = applyAllowList(findings, entries);
    expect(result.remaining).toEqual([findings[1], findings[3]]);
    expect(result.allowed).toBe(2);
    expect(result.stale.map((e) => e.path)).toEqual(['scripts/gone.ts']);
  });
});

describe('this repository', () => {
  it('has an owner in ARCHITECTURE.md for every migration table, and an honest allow-list', () => {
    const root = join(__dirname, '../..');
    const report = checkTableOwnership(root, join(__dirname, 'table-ownership-allow.json'));
    expect(report.errors).toEqual([]);
  });
});
