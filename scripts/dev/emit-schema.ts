import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@navet/core';
import { apiSchemaSdl } from '../../apps/api/graphql/api-schema';

/**
 * `npm run schema:emit` writes the schema the API serves to apps/web/schema.graphql, which the web
 * app's typed operations are generated from. `-- --check` (CI) fails when the committed file is stale.
 */
async function main(): Promise<void> {
  const file = join(projectRoot(), 'apps/web/schema.graphql');
  const sdl = await apiSchemaSdl();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(file, 'utf8');
    if (committed !== sdl) {
      console.error('apps/web/schema.graphql is stale: run `npm run build && npm run schema:emit` and commit it.');
      process.exit(1);
    }
    console.log('apps/web/schema.graphql matches the API');
    return;
  }
  writeFileSync(file, sdl);
  console.log(`wrote ${file}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
