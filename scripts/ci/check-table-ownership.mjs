// CI check: SQL outside a table's owning lib must not name the table (ARCHITECTURE.md, "Tables and their
// owners"). Plain ESM run by Node 24, which strips the types of the imported .ts: no build needed.
// Usage: npm run check:ownership
import process from 'node:process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkTableOwnership, formatFinding } from './table-ownership.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const report = checkTableOwnership(root, join(here, 'table-ownership-allow.json'));

const out = [...report.findings.map(formatFinding), ...report.errors.map((e) => `error: ${e}`)];
const files = new Set(report.findings.map((f) => f.file)).size;
out.push(
  `table ownership: ${report.findings.length} findings in ${files} files, ${report.errors.length} errors ` +
    `(${report.scannedFiles} files scanned, ${report.allowed} references allowed by scripts/ci/table-ownership-allow.json)`,
);
process.stdout.write(`${out.join('\n')}\n`);
process.exitCode = report.findings.length || report.errors.length ? 1 : 0;
