import { badInput } from './domain-error';

export interface PageRequest {
  page: number;
  pageSize: number;
}

/** Validates 1-based paging; pageSize is bounded so one request cannot ask for everything. */
export function validatePage(page: number, pageSize: number, maxPageSize = 100): PageRequest {
  if (!Number.isInteger(page) || page < 1) throw badInput('page', 'page must be an integer >= 1');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize) {
    throw badInput('pageSize', `pageSize must be between 1 and ${maxPageSize}`);
  }
  return { page, pageSize };
}

/** Bounds a `first: Int` argument. */
export function validateFirst(first: number, max = 100, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badInput(field, `${field} must be between 1 and ${max}`);
  }
  return first;
}
