import { DataSource, DataSourceOptions, EntitySchema } from 'typeorm';
import { ensureDatabase } from './ensure-database';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityClass = Function | EntitySchema;

/** One definition of how Navet talks to PostgreSQL; schema changes only through migrations. */
export function dataSourceOptions(url: string, entities: EntityClass[], poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'all',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: poolSize },
    logging: false,
  };
}

// Any constant works; it only has to be the same in every Navet process.
const MIGRATION_LOCK = 741_852_963;

/** Runs pending migrations under an advisory lock, so two processes starting together do not race. */
export async function runMigrations(ds: DataSource): Promise<string[]> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const done = await ds.runMigrations({ transaction: 'all' });
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

/** Creates the database when missing and brings its schema up to date, on a short-lived connection. */
export async function migrateDatabase(url: string): Promise<string[]> {
  await ensureDatabase(url);
  const ds = new DataSource(dataSourceOptions(url, [], 2));
  await ds.initialize();
  try {
    return await runMigrations(ds);
  } finally {
    await ds.destroy();
  }
}
