/** How `searchNeeds` orders its hits (the GraphQL enum NeedSearchSort derives from this list). */
export const NEED_SEARCH_SORTS = ['RELEVANCE', 'NEWEST', 'DEADLINE_SOONEST', 'VALUE_HIGHEST'] as const;
export type NeedSearchSort = (typeof NEED_SEARCH_SORTS)[number];

/**
 * Meilisearch sort for a search. RELEVANCE ranks by the words, or newest first when there are none
 * (nothing to rank by). The other orders rank strictly by their attribute — the needs index puts the
 * `sort` ranking rule first — with relevance breaking ties; needs without a deadline or value come last.
 */
export function needSort(sort: NeedSearchSort, query: string): string[] | undefined {
  switch (sort) {
    case 'RELEVANCE':
      return query ? undefined : ['publishedAt:desc'];
    case 'NEWEST':
      return ['publishedAt:desc'];
    case 'DEADLINE_SOONEST':
      return ['dialogueDeadline:asc'];
    case 'VALUE_HIGHEST':
      return ['estimatedValueSek:desc'];
  }
}
