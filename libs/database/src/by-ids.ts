import type { ObjectLiteral, Repository } from 'typeorm';

/**
 * Rows by primary key `id` with one array parameter. `findBy({ id: In(ids) })` builds its WHERE through
 * TypeORM's find-options path, per value and per request: the largest TypeORM cost in the API's profile
 * of a search page (docs/benchmarks.md). Order is not kept; callers map by id.
 */
export function entitiesByIds<T extends ObjectLiteral>(repo: Repository<T>, ids: readonly string[]): Promise<T[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return repo.createQueryBuilder('e').where('e.id = ANY(:ids)', { ids }).getMany();
}

/** One row by `id`, through the same cheap path. */
export async function entityById<T extends ObjectLiteral>(repo: Repository<T>, id: string): Promise<T | null> {
  return repo.createQueryBuilder('e').where('e.id = :id', { id }).getOne();
}
