import { Injectable } from '@nestjs/common';
import { validatePage } from '@navet/core';
import { MeiliClient } from '../client/meili-client.service';
import { NEED_FACETS, SUPPLIER_FACETS } from '../client/index-settings';
import { NeedSearchFilter, needFilter, SupplierSearchFilter, supplierFilter } from '../filters/search-filters';
import { NeedSearchSort, needSort } from './need-search-sort';
import { SearchRequest, SearchResult, toFacets } from './search-result';

interface Plan {
  indexUid: string;
  filter: string | undefined;
  facets: readonly string[];
  sort: (query: string) => string[] | undefined;
}

/** Full-text search over published needs and discoverable supplier profiles. */
@Injectable()
export class SearchService {
  constructor(private readonly meili: MeiliClient) {}

  /** `sort` defaults to RELEVANCE; callers validate the filter (validateNeedSearchFilter) first. */
  searchNeeds(request: SearchRequest<NeedSearchFilter> & { sort?: NeedSearchSort | null }): Promise<SearchResult> {
    return this.run(request, {
      indexUid: this.meili.needsIndexUid,
      filter: needFilter(request.filter, new Date()),
      facets: NEED_FACETS,
      sort: (query) => needSort(request.sort ?? 'RELEVANCE', query),
    });
  }

  searchSuppliers(request: SearchRequest<SupplierSearchFilter>): Promise<SearchResult> {
    return this.run(request, {
      indexUid: this.meili.suppliersIndexUid,
      filter: supplierFilter(request.filter),
      facets: SUPPLIER_FACETS,
      // Without words there is no relevance to rank by; newest first is what a browsing user expects.
      sort: (query) => (query ? undefined : ['updatedAt:desc']),
    });
  }

  private async run(request: SearchRequest<unknown>, plan: Plan): Promise<SearchResult> {
    const { page, pageSize } = validatePage(request.page, request.pageSize);
    const query = request.query?.trim() ?? '';
    await this.meili.ready();
    const response = await this.meili.client.index<{ id: string }>(plan.indexUid).search(query, {
      page,
      hitsPerPage: pageSize,
      filter: plan.filter,
      facets: [...plan.facets],
      sort: plan.sort(query),
      attributesToRetrieve: ['id'],
      showRankingScore: true,
    });
    return {
      hits: response.hits.map((h) => ({ id: h.id, rankingScore: h._rankingScore ?? 0 })),
      totalHits: response.totalHits,
      facets: toFacets(plan.facets, response.facetDistribution),
    };
  }
}
