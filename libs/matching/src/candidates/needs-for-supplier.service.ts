import { Injectable } from '@nestjs/common';
import type { SearchParams } from 'meilisearch';
import { ReferenceCatalogue } from '@navet/reference';
import { allOf, anyOf, MeiliClient, multiSearchOwnTexts, NEED_OWN_TEXT_ATTRIBUTES, regionOverlap } from '@navet/search';
import type { MatchSupplier } from '../persistence/match-supplier.reader';
import { cpvDivisions, specificCpvPrefixes, supplierQuery } from './match-queries';

export const NEEDS_PER_SUPPLIER_QUERY = 100;

/**
 * Open needs a changed profile may fit, from the needs index (published needs only): the
 * supplier's text against need texts, plus needs sharing a specific CPV prefix anywhere, plus needs
 * in the same CPV division within the supplier's regions (the same region reasoning as for
 * supplier candidates). Exact scores are computed afterwards, need by need.
 */
@Injectable()
export class NeedsForSupplierSearch {
  constructor(
    private readonly meili: MeiliClient,
    private readonly catalogue: ReferenceCatalogue,
  ) {}

  async forSupplier(supplier: MatchSupplier): Promise<string[]> {
    await this.meili.ready();
    const indexUid = this.meili.needsIndexUid;
    const base = { indexUid, attributesToRetrieve: ['id'], limit: NEEDS_PER_SUPPLIER_QUERY };
    const query = supplierQuery(supplier, this.catalogue);
    const queries: (SearchParams & { indexUid: string })[] = [];
    if (query) queries.push({ ...base, q: query, matchingStrategy: 'frequency' });
    const specific = anyOf('cpvPrefixes', specificCpvPrefixes(supplier.cpvCodes));
    if (specific) queries.push({ ...base, q: '', filter: specific });
    const broad = allOf([anyOf('cpvPrefixes', cpvDivisions(supplier.cpvCodes)), regionOverlap(supplier.regionCodes)]);
    if (broad) queries.push({ ...base, q: '', filter: broad });
    if (queries.length === 0) return [];
    // The authors' own words and CPV labels (not equivalentTerms): matching stays as the eval measured it.
    const results = await multiSearchOwnTexts<{ id: string }>(this.meili.client, queries, NEED_OWN_TEXT_ATTRIBUTES);
    return [...new Set(results.flatMap((r) => r.hits.map((h) => h.id)))];
  }
}
