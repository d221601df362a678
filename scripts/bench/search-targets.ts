import type { Meilisearch } from 'meilisearch';
import type { Pool } from 'pg';
import { NEED_FACETS, needFilter, SUPPLIER_FACETS, supplierFilter } from '@navet/search';
import type { FocusArea, CompanySize } from '@navet/reference';
import type { KeepAliveClient } from './http-client';
import { pgSearch } from './pg-baseline';
import type { SearchSpec } from './query-mix';

/** Sends one search; true when the answer was a success. */
export type SearchTarget = (spec: SearchSpec) => Promise<boolean>;

const NEEDS_QUERY = `query($q: String, $f: NeedSearchFilter, $p: Int, $s: Int) {
  searchNeeds(query: $q, filter: $f, page: $p, pageSize: $s) {
    totalHits
    facets { field values { value count } }
    hits { rankingScore need { id title summary publishedAt buyer { id name } cpvCodes { code labelSv } regions { code name } } }
  }
}`;

const SUPPLIERS_QUERY = `query($q: String, $f: SupplierSearchFilter, $p: Int, $s: Int) {
  searchSuppliers(query: $q, filter: $f, page: $p, pageSize: $s) {
    totalHits
    facets { field values { value count } }
    hits { rankingScore supplier { id headline companySize organization { id name } cpvCodes { code labelSv } regions { code name } } }
  }
}`;

export function graphqlBody(spec: SearchSpec): string {
  const { companySizes, ...common } = spec.filter;
  const filter = spec.kind === 'needs' ? common : { ...common, ...(companySizes ? { companySizes } : {}) };
  return JSON.stringify({
    query: spec.kind === 'needs' ? NEEDS_QUERY : SUPPLIERS_QUERY,
    variables: { q: spec.query || null, f: filter, p: spec.page, s: spec.pageSize },
  });
}

/** Through Navet's GraphQL API, as a browser would: needs anonymously, suppliers as a buyer. */
export function graphqlTarget(client: KeepAliveClient, buyerToken: string): SearchTarget {
  return async (spec) => {
    const headers: Record<string, string> = spec.kind === 'suppliers' ? { authorization: `Bearer ${buyerToken}` } : {};
    const res = await client.post('/graphql', graphqlBody(spec), headers);
    return res.status === 200 && !res.body.includes('"errors"');
  };
}

/** The search request Navet's SearchService sends to Meilisearch for this spec (same filter, facets, sort). */
export function meiliRequest(spec: SearchSpec, prefix: string): { indexUid: string; body: Record<string, unknown> } {
  const f = spec.filter;
  const focusAreas = f.focusAreas as FocusArea[] | undefined;
  const filter =
    spec.kind === 'needs'
      ? needFilter({ cpvPrefixes: f.cpvPrefixes, regionCodes: f.regionCodes, focusAreas })
      : supplierFilter({
          cpvPrefixes: f.cpvPrefixes,
          regionCodes: f.regionCodes,
          focusAreas,
          companySizes: f.companySizes as CompanySize[] | undefined,
        });
  return {
    indexUid: `${prefix}${spec.kind}`,
    body: {
      q: spec.query,
      page: spec.page,
      hitsPerPage: spec.pageSize,
      filter,
      facets: [...(spec.kind === 'needs' ? NEED_FACETS : SUPPLIER_FACETS)],
      sort: spec.query ? undefined : [spec.kind === 'needs' ? 'publishedAt:desc' : 'updatedAt:desc'],
      attributesToRetrieve: ['id'],
      showRankingScore: true,
    },
  };
}

/** Straight to Meilisearch over keep-alive node:http: the floor. */
export function meiliHttpTarget(client: KeepAliveClient, prefix: string): SearchTarget {
  return async (spec) => {
    const { indexUid, body } = meiliRequest(spec, prefix);
    const res = await client.post(`/indexes/${indexUid}/search`, JSON.stringify(body));
    return res.status === 200;
  };
}

/** Straight to Meilisearch with the official JS client (what libs/search uses), to see its own cost. */
export function meiliJsTarget(client: Meilisearch, prefix: string): SearchTarget {
  return async (spec) => {
    const { indexUid, body } = meiliRequest(spec, prefix);
    const { q, ...params } = body;
    await client.index(indexUid).search(q as string, params);
    return true;
  };
}

/** The PostgreSQL full-text baseline. */
export function pgTarget(pool: Pool): SearchTarget {
  return async (spec) => {
    await pgSearch(pool, spec);
    return true;
  };
}
