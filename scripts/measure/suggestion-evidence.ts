/**
 * Share of stored matcher suggestions with topical evidence (shared CPV division or TEXT >= 0.2),
 * in a running or seeded database (after the worker has matched it):
 *   npm run build && node dist/scripts/measure/suggestion-evidence.js
 * Reads DATABASE_URL (default postgres://postgres@127.0.0.1:5432/navet); exits 1 unless it is 100%.
 */
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@navet/database';
import { storedSuggestionEvidence } from '@navet/matching';

async function main(): Promise<void> {
  const ds = new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/navet', [], 1));
  await ds.initialize();
  try {
    const s = await storedSuggestionEvidence(ds);
    console.log(`stored suggestions ${s.suggestions}: with topical evidence ${s.withEvidence} (${(s.share * 100).toFixed(1)}%)`);
    process.exitCode = s.share === 1 ? 0 : 1;
  } finally {
    await ds.destroy();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
