import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@navet/database';
import { loadReferenceData, ReferenceCatalogue } from '@navet/reference';
import { isolatedServices } from '@navet/testing';
import { seedDemo } from '../seed-demo';

export interface SeededDatabase {
  ds: DataSource;
  close(): Promise<void>;
}

/** A database of its own with the schema, reference data and the demo seed (the seed steps' tests start here). */
export async function seededDatabase(catalogue: ReferenceCatalogue): Promise<SeededDatabase> {
  const services = await isolatedServices({ database: 'empty' });
  const ds = new DataSource(dataSourceOptions(services.databaseUrl, [], 4));
  await ds.initialize();
  await runMigrations(ds);
  await loadReferenceData(ds, catalogue);
  await seedDemo(ds, catalogue);
  return {
    ds,
    close: async () => {
      await ds.destroy();
      await services.close();
    },
  };
}
