import type { FacetDistribution } from 'meilisearch';

export interface SearchHit {
  id: string;
  /** Relevance in [0, 1]. */
  rankingScore: number;
}

export interface FacetValueCount {
  value: string;
  count: number;
}

export interface SearchFacet {
  field: string;
  values: FacetValueCount[];
}

/** Ids only: the caller loads the entities from PostgreSQL in this order. */
export interface SearchResult {
  hits: SearchHit[];
  totalHits: number;
  facets: SearchFacet[];
}

export interface SearchRequest<F> {
  /** Empty or missing = every document, newest first. */
  query?: string | null;
  filter?: F | null;
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** Every facet field is present (possibly empty); values by count, then value, for stable output. */
export function toFacets(fields: readonly string[], distribution: FacetDistribution | undefined): SearchFacet[] {
  return fields.map((field) => ({
    field,
    values: Object.entries(distribution?.[field] ?? {})
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
  }));
}
