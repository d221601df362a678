import { Injectable } from '@nestjs/common';
import { validatePage } from '@navet/core';
import { MeiliClient } from '../client/meili-client.service';
import { NEED_FACETS, SUPPLIER_FACETS } from '../client/index-settings';
import { NeedSearchFilter, needFilter, SupplierSearchFilter, supplierFilter } from '../filters/search-filters';
import { SearchRequest, SearchResult, toFacets } from './search-result';

interface Plan {
  indexUid: string;
  filter: string | undefined;
  facets: readonly string[];
  newestFirst: string;
}

/** Full-text search over published needs and discoverable supplier profiles. */
@Injectable()
export class SearchService {
  constructor(private readonly meili: MeiliClient) {}

  searchNeeds(request: SearchRequest<NeedSearchFilter>): Promise<SearchResult> {
    return this.run(request, {
      indexUid: this.meili.needsIndexUid,
      filter: needFilter(request.filter),
      facets: NEED_FACETS,
      newestFirst: 'publishedAt:desc',
    });
  }

  searchSuppliers(request: SearchRequest<SupplierSearchFilter>): Promise<SearchResult> {
    return this.run(request, {
      indexUid: this.meili.suppliersIndexUid,
      filter: supplierFilter(request.filter),
      facets: SUPPLIER_FACETS,
      newestFirst: 'updatedAt:desc',
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
      // Without words there is no relevance to rank by; newest first is what a browsing user expects.
      sort: query ? undefined : [plan.newestFirst],
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
