import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { validatePage } from '@navet/core';
import { requireRole } from '@navet/identity';
import { NeedsService } from '@navet/needs';
import { ReferenceCatalogue } from '@navet/reference';
import { NeedSearchSort, SearchService, validateNeedSearchFilter, validateNeedSearchSort } from '@navet/search';
import { SuppliersService } from '@navet/suppliers';
import type { GqlContext } from '../graphql/graphql-context';
import {
  NeedSearchFilter,
  NeedSearchResultModel,
  NeedSearchSortEnum,
  SupplierSearchFilter,
  SupplierSearchResultModel,
} from './search.models';

/** Meilisearch finds ids; PostgreSQL supplies the current rows (one query per page). */
@Resolver()
export class SearchResolver {
  constructor(
    private readonly search: SearchService,
    private readonly needs: NeedsService,
    private readonly suppliers: SuppliersService,
    private readonly catalogue: ReferenceCatalogue,
  ) {}

  @Query(() => NeedSearchResultModel, {
    description: 'Anonymous callers allowed; only PUBLISHED needs are searched. pageSize is 1..100 (else BAD_USER_INPUT).',
  })
  async searchNeeds(
    @Context() ctx: GqlContext,
    @Args('query', { type: () => String, nullable: true }) query: string | null,
    @Args('filter', { type: () => NeedSearchFilter, nullable: true }) filter: NeedSearchFilter | null,
    @Args('page', { type: () => Int, defaultValue: 1 }) page: number,
    @Args('pageSize', { type: () => Int, defaultValue: 20 }) pageSize: number,
    @Args('sort', { type: () => NeedSearchSortEnum, defaultValue: 'RELEVANCE' }) sort: NeedSearchSort,
  ): Promise<NeedSearchResultModel> {
    validatePage(page, pageSize);
    const checked = filter && validateNeedSearchFilter(this.checkCodes(filter));
    const result = await this.search.searchNeeds({ query, filter: checked, page, pageSize, sort: validateNeedSearchSort(sort) });
    const needs = await this.needs.findVisibleByIds(
      ctx.actor,
      result.hits.map((h) => h.id),
    );
    // The index may lag a just-closed need by a moment; only published needs are ever returned.
    const byId = new Map(needs.filter((n) => n.status === 'PUBLISHED').map((n) => [n.id, n]));
    const hits = result.hits.flatMap((h) => (byId.has(h.id) ? [{ need: byId.get(h.id)!, rankingScore: h.rankingScore }] : []));
    return { hits, totalHits: result.totalHits, facets: result.facets };
  }

  @Query(() => SupplierSearchResultModel, { description: 'Buyers and admins only.' })
  async searchSuppliers(
    @Context() ctx: GqlContext,
    @Args('query', { type: () => String, nullable: true }) query: string | null,
    @Args('filter', { type: () => SupplierSearchFilter, nullable: true }) filter: SupplierSearchFilter | null,
    @Args('page', { type: () => Int, defaultValue: 1 }) page: number,
    @Args('pageSize', { type: () => Int, defaultValue: 20 }) pageSize: number,
  ): Promise<SupplierSearchResultModel> {
    requireRole(ctx.actor, 'BUYER', 'ADMIN');
    validatePage(page, pageSize);
    const result = await this.search.searchSuppliers({ query, filter: filter && this.checkCodes(filter), page, pageSize });
    const profiles = await this.suppliers.findVisibleByIds(
      ctx.actor,
      result.hits.map((h) => h.id),
    );
    const byId = new Map(profiles.filter((p) => p.discoverable).map((p) => [p.id, p]));
    const hits = result.hits.flatMap((h) =>
      byId.has(h.id) ? [{ supplier: byId.get(h.id)!, rankingScore: h.rankingScore }] : [],
    );
    return { hits, totalHits: result.totalHits, facets: result.facets };
  }

  /** Filter codes are validated like inputs, so a typo gets BAD_USER_INPUT instead of silently matching nothing. */
  private checkCodes<F extends { cpvPrefixes?: string[] | null; regionCodes?: string[] | null }>(f: F): F {
    return {
      ...f,
      cpvPrefixes: f.cpvPrefixes && this.catalogue.validateCpvPrefixes('filter.cpvPrefixes', f.cpvPrefixes),
      regionCodes: f.regionCodes && this.catalogue.validateRegionCodes('filter.regionCodes', f.regionCodes, 0),
    };
  }
}
