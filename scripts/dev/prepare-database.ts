import { DataSource } from 'typeorm';
import { dataSourceOptions, ensureDatabase, runMigrations } from '@navet/database';
import { loadReferenceData, ReferenceCatalogue } from '@navet/reference';

/** Creates Navet's database if missing, applies pending migrations and (re)loads CPV and NUTS rows. */
export async function prepareDatabase(url: string, log: (line: string) => void): Promise<void> {
  await ensureDatabase(url);
  const ds = new DataSource(dataSourceOptions(url, [], 2));
  await ds.initialize();
  try {
    const applied = await runMigrations(ds);
    log(applied.length ? `database: applied ${applied.length} migration(s)` : 'database: schema up to date');
    const loaded = await loadReferenceData(ds, ReferenceCatalogue.fromFiles());
    log(`database: reference data loaded (${loaded.cpv} CPV codes, ${loaded.regions} regions)`);
  } finally {
    await ds.destroy();
  }
}
