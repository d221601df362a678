import { DataSource, EntityManager } from 'typeorm';

/** Runs `work` in one transaction; the outbox rows a service writes commit or roll back with it. */
export function inTransaction<T>(ds: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return ds.transaction('READ COMMITTED', work);
}

/** Postgres unique-violation, used to turn races into CONFLICT errors. */
export const isUniqueViolation = (e: unknown): boolean => (e as { code?: string }).code === '23505';
