import { badInput, requireLanguage, requireOneOf } from '@navet/core';
import { PROCUREMENT_STAGES } from '@navet/needs';
import { NEED_SEARCH_SORTS, NeedSearchSort } from '../queries/need-search-sort';
import type { NeedSearchFilter } from './search-filters';

function wholeSek(field: string, v: number | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (!Number.isSafeInteger(v) || v < 0) throw badInput(field, `${field} must be a whole, non-negative number of SEK`);
  return v;
}

/**
 * Checks the filter fields `searchNeeds` added beside the contract's (values, stages, languages) and
 * normalises them; BAD_USER_INPUT names the offending `filter.<field>`, so a typo never silently matches nothing.
 */
export function validateNeedSearchFilter<F extends NeedSearchFilter>(f: F): F {
  const minValueSek = wholeSek('filter.minValueSek', f.minValueSek);
  const maxValueSek = wholeSek('filter.maxValueSek', f.maxValueSek);
  if (minValueSek !== null && maxValueSek !== null && minValueSek > maxValueSek) {
    throw badInput('filter.minValueSek', 'filter.minValueSek must not exceed filter.maxValueSek');
  }
  return {
    ...f,
    minValueSek,
    maxValueSek,
    stages: f.stages && [...new Set(f.stages.map((s) => requireOneOf('filter.stages', s, PROCUREMENT_STAGES)))],
    languages: f.languages && [...new Set(f.languages.map((l) => requireLanguage('filter.languages', l)))],
  };
}

export function validateNeedSearchSort(sort: string | null | undefined): NeedSearchSort {
  return requireOneOf('sort', sort ?? 'RELEVANCE', NEED_SEARCH_SORTS);
}
