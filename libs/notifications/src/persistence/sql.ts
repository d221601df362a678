import type { EntityManager } from 'typeorm';

/** Anything that runs SQL: the DataSource or a transaction's EntityManager. */
export type Db = Pick<EntityManager, 'query'>;

/** SELECT, INSERT … RETURNING and WITH queries: the rows. */
export const selectRows = <T>(db: Db, sql: string, params: unknown[] = []): Promise<T[]> => db.query(sql, params);

/**
 * UPDATE/DELETE … RETURNING: TypeORM answers those with [rows, count]; wrapping them in a CTE makes
 * the answer plain rows like every other query.
 */
export const changedRows = <T>(db: Db, sql: string, params: unknown[] = []): Promise<T[]> =>
  db.query(`WITH changed AS (${sql}) SELECT * FROM changed`, params);
