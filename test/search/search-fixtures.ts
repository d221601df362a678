import { randomBytes } from 'node:crypto';
import { sampleNeed, sampleProfile, Session, TestEnv } from '@navet/testing';

/** Shared GraphQL documents and helpers for the search, platform and API e2e files. */
export const CREATE_NEED = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id version } }`;
export const PUBLISH_NEED = `mutation($id: ID!) { publishNeed(id: $id) { id version } }`;
export const CLOSE_NEED = `mutation($id: ID!) { closeNeed(id: $id) { id } }`;
export const UPDATE_NEED = `mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { id version } }`;
export const UPSERT_PROFILE = `mutation($input: UpsertSupplierProfileInput!) {
  upsertSupplierProfile(input: $input) { id discoverable companySize } }`;

export const SEARCH_NEEDS = `query($query: String, $filter: NeedSearchFilter, $page: Int, $pageSize: Int) {
  searchNeeds(query: $query, filter: $filter, page: $page, pageSize: $pageSize) {
    totalHits
    hits { rankingScore need { id title status } }
    facets { field values { value count } }
  }
}`;

export const SEARCH_SUPPLIERS = `query($query: String, $filter: SupplierSearchFilter, $page: Int, $pageSize: Int) {
  searchSuppliers(query: $query, filter: $filter, page: $page, pageSize: $pageSize) {
    totalHits
    hits { rankingScore supplier { id headline companySize contactEmail organization { id } } }
    facets { field values { value count } }
  }
}`;

export interface Facet {
  field: string;
  values: { value: string; count: number }[];
}

export interface NeedSearch {
  totalHits: number;
  hits: { rankingScore: number; need: { id: string; title: string; status: string } }[];
  facets: Facet[];
}

export interface SupplierSearch {
  totalHits: number;
  hits: {
    rankingScore: number;
    supplier: { id: string; headline: string; companySize: string; contactEmail: string | null; organization: { id: string } };
  }[];
  facets: Facet[];
}

export interface SearchArgs {
  query?: string;
  filter?: Record<string, unknown>;
  page?: number;
  pageSize?: number;
}

export async function createNeed(env: TestEnv, buyer: Session, over: Record<string, unknown> = {}): Promise<string> {
  return (await env.gql.ok<{ createNeed: { id: string } }>(CREATE_NEED, { input: sampleNeed(over) }, buyer.token)).createNeed.id;
}

/** Creates and publishes a need; the caller drains before searching. */
export async function publishedNeed(env: TestEnv, buyer: Session, over: Record<string, unknown> = {}): Promise<string> {
  const id = await createNeed(env, buyer, over);
  await env.gql.ok(PUBLISH_NEED, { id }, buyer.token);
  return id;
}

export async function upsertProfile(env: TestEnv, supplier: Session, over: Record<string, unknown> = {}): Promise<string> {
  return (
    await env.gql.ok<{ upsertSupplierProfile: { id: string } }>(UPSERT_PROFILE, { input: sampleProfile(over) }, supplier.token)
  ).upsertSupplierProfile.id;
}

export async function searchNeeds(env: TestEnv, args: SearchArgs, token?: string): Promise<NeedSearch> {
  return (await env.gql.ok<{ searchNeeds: NeedSearch }>(SEARCH_NEEDS, { ...args }, token)).searchNeeds;
}

export async function searchSuppliers(env: TestEnv, args: SearchArgs, token?: string): Promise<SupplierSearch> {
  return (await env.gql.ok<{ searchSuppliers: SupplierSearch }>(SEARCH_SUPPLIERS, { ...args }, token)).searchSuppliers;
}

export const hitIds = (r: { hits: { need: { id: string } }[] }): string[] => r.hits.map((h) => h.need.id);
export const supplierIds = (r: SupplierSearch): string[] => r.hits.map((h) => h.supplier.id);
export const facet = (r: { facets: Facet[] }, field: string): Record<string, number> =>
  Object.fromEntries((r.facets.find((f) => f.field === field)?.values ?? []).map((v) => [v.value, v.count]));

/**
 * A made-up word of random letters that no other test or real text contains (far beyond typo tolerance
 * of any other such word), so a search for it isolates one test's documents.
 */
export const nonsenseWord = (): string => Array.from(randomBytes(10), (b) => String.fromCharCode(97 + (b % 26))).join('');
