import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { ReferenceCatalogue } from '@navet/reference';
import { DEMO_DATA_DIR, readJsonl, TedSupplier } from '@navet/importer';
import { syntheticProfiles } from './synthetic-profiles';

/** `node dist/scripts/import/generate-profiles.js <count> <out.jsonl>`: a synthetic plain-format file for load tests. */
async function main(): Promise<void> {
  const [countArg, out] = process.argv.slice(2);
  const count = Number(countArg);
  if (!Number.isInteger(count) || count < 1 || !out) throw new Error('usage: generate-profiles <count> <out.jsonl>');
  const records = readJsonl<TedSupplier>(join(DEMO_DATA_DIR(), 'ted-suppliers.jsonl'));
  const file = createWriteStream(out);
  for (const p of syntheticProfiles(records, ReferenceCatalogue.fromFiles(), count)) {
    if (!file.write(`${JSON.stringify(p)}\n`)) await once(file, 'drain');
  }
  file.end();
  await once(file, 'finish');
  console.log(`Wrote ${count} synthetic profiles to ${out}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
