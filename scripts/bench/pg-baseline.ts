import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { nutsPrefixes, ReferenceCatalogue } from '@navet/reference';
import { classificationFields } from '@navet/search';
import type { SearchSpec } from './query-mix';

/**
 * The do-it-yourself alternative to Meilisearch: PostgreSQL full text (tsvector + GIN) over the same
 * fields and weights order as the search indexes, the same filters (GIN on arrays) and the same
 * facets, in a schema of its own in the bench database.
 */
const SCHEMA = 'bench_fts';

interface NeedRow {
  id: string;
  title: string;
  summary: string;
  description: string;
  desired_outcomes: string[];
  cpv_codes: string[];
  region_codes: string[];
  focus_areas: string[];
  readiness: string;
  published_at: Date;
  buyer_name: string;
}

interface SupplierRow {
  id: string;
  headline: string;
  description: string;
  offerings: string[];
  cpv_codes: string[];
  region_codes: string[];
  focus_areas: string[];
  company_size: string;
  references: { title: string; customer: string; description?: string | null }[];
  updated_at: Date;
  organization_name: string;
}

const BATCH = 2000;

// Both tables share the filter and facet columns; `sortable` is published_at / updated_at.
const COLUMNS = `id uuid PRIMARY KEY, sortable timestamptz, doc tsvector, cpv_prefixes text[], cpv_divisions text[],
  region_codes text[], region_prefixes text[], focus_areas text[], readiness text, company_size text`;

const TEXT_SEARCH = `id uuid, sortable timestamptz, a text, b text, c text, d text, e text, f text, g text,
  cpv_prefixes text[], cpv_divisions text[], region_codes text[], region_prefixes text[], focus_areas text[],
  readiness text, company_size text`;

// Weights follow the searchable-attribute order of the Meilisearch settings (A = most important).
const DOC = `setweight(to_tsvector('swedish', coalesce(a, '')), 'A') || setweight(to_tsvector('swedish', coalesce(b, '')), 'B')
  || setweight(to_tsvector('swedish', coalesce(c, '')), 'B') || setweight(to_tsvector('swedish', coalesce(d, '')), 'C')
  || setweight(to_tsvector('swedish', coalesce(e, '')), 'C') || setweight(to_tsvector('swedish', coalesce(f, '')), 'D')
  || setweight(to_tsvector('swedish', coalesce(g, '')), 'D')`;

async function insert(ds: DataSource, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  await ds.query(
    `INSERT INTO ${SCHEMA}.${table} SELECT id, sortable, ${DOC}, cpv_prefixes, cpv_divisions, region_codes, region_prefixes,
       focus_areas, readiness, company_size FROM json_to_recordset($1::json) AS r(${TEXT_SEARCH})`,
    [JSON.stringify(rows)],
  );
}

/** (Re)builds both baseline tables and their GIN indexes; returns rows and seconds taken. */
export async function buildPgBaseline(ds: DataSource, catalogue: ReferenceCatalogue): Promise<{ rows: number; seconds: number }> {
  const started = performance.now();
  await ds.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await ds.query(`CREATE SCHEMA ${SCHEMA}`);
  await ds.query(`CREATE TABLE ${SCHEMA}.needs (${COLUMNS})`);
  await ds.query(`CREATE TABLE ${SCHEMA}.suppliers (${COLUMNS})`);
  let rows = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = (await ds.query(
      `SELECT n.id, n.title, n.summary, n.description, n.desired_outcomes, n.cpv_codes, n.region_codes, n.focus_areas,
              n.readiness, n.published_at, o.name AS buyer_name
         FROM needs n JOIN organizations o ON o.id = n.buyer_organization_id
        WHERE n.status = 'PUBLISHED' AND n.id > $1 ORDER BY n.id LIMIT $2`,
      [after, BATCH],
    )) as NeedRow[];
    if (batch.length === 0) break;
    await insert(
      ds,
      'needs',
      batch.map((n) => {
        const c = classificationFields(n.cpv_codes, n.region_codes, catalogue);
        return {
          id: n.id,
          sortable: n.published_at,
          a: n.title,
          b: n.summary,
          c: c.cpvLabelsSv.join(' '),
          d: c.cpvLabelsEn.join(' '),
          e: n.desired_outcomes.join(' '),
          f: n.description,
          g: n.buyer_name,
          cpv_prefixes: c.cpvPrefixes,
          cpv_divisions: c.cpvDivisions,
          region_codes: c.regionCodes,
          region_prefixes: c.regionPrefixes,
          focus_areas: n.focus_areas,
          readiness: n.readiness,
          company_size: null,
        };
      }),
    );
    rows += batch.length;
    after = batch[batch.length - 1]!.id;
  }
  after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = (await ds.query(
      `SELECT s.id, s.headline, s.description, s.offerings, s.cpv_codes, s.region_codes, s.focus_areas, s.company_size,
              s."references", s.updated_at, o.name AS organization_name
         FROM supplier_profiles s JOIN organizations o ON o.id = s.organization_id
        WHERE s.discoverable AND s.id > $1 ORDER BY s.id LIMIT $2`,
      [after, BATCH],
    )) as SupplierRow[];
    if (batch.length === 0) break;
    await insert(
      ds,
      'suppliers',
      batch.map((s) => {
        const c = classificationFields(s.cpv_codes, s.region_codes, catalogue);
        return {
          id: s.id,
          sortable: s.updated_at,
          a: s.headline,
          b: s.offerings.join(' '),
          c: c.cpvLabelsSv.join(' '),
          d: c.cpvLabelsEn.join(' '),
          e: s.description,
          f: s.references.map((r) => [r.title, r.customer, r.description ?? ''].join(' ')).join(' '),
          g: s.organization_name,
          cpv_prefixes: c.cpvPrefixes,
          cpv_divisions: c.cpvDivisions,
          region_codes: c.regionCodes,
          region_prefixes: c.regionPrefixes,
          focus_areas: s.focus_areas,
          readiness: null,
          company_size: s.company_size,
        };
      }),
    );
    rows += batch.length;
    after = batch[batch.length - 1]!.id;
  }
  for (const table of ['needs', 'suppliers']) {
    for (const column of ['doc', 'cpv_prefixes', 'region_prefixes', 'region_codes', 'focus_areas'])
      await ds.query(`CREATE INDEX ON ${SCHEMA}.${table} USING gin (${column})`);
    await ds.query(`ANALYZE ${SCHEMA}.${table}`);
  }
  return { rows, seconds: (performance.now() - started) / 1000 };
}

/** "snöröjning umeå" -> "snöröjning & umeå:*" (the last word as a prefix, as Meilisearch does). */
export function toTsQuery(query: string): string {
  const words = query
    .toLocaleLowerCase('sv')
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean);
  return words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ');
}

/** One baseline search: a page of ids by rank, the exact total, and the same facets as Navet. */
export async function pgSearch(pool: Pool, spec: SearchSpec): Promise<{ ids: string[]; total: number }> {
  const params: unknown[] = [];
  const param = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = [];
  const tsq = toTsQuery(spec.query);
  let rank = '0';
  if (tsq) {
    const q = `to_tsquery('swedish', ${param(tsq)})`;
    where.push(`doc @@ ${q}`);
    rank = `ts_rank(doc, ${q})`;
  }
  const f = spec.filter;
  if (f.cpvPrefixes?.length) where.push(`cpv_prefixes && ${param(f.cpvPrefixes)}::text[]`);
  if (f.regionCodes?.length) {
    const r = f.regionCodes.map((c) => c.toUpperCase());
    where.push(`(region_prefixes && ${param(r)}::text[] OR region_codes && ${param(r.flatMap(nutsPrefixes))}::text[])`);
  }
  if (f.focusAreas?.length) where.push(`focus_areas && ${param(f.focusAreas)}::text[]`);
  if (f.companySizes?.length) where.push(`company_size = ANY(${param(f.companySizes)}::text[])`);
  const table = spec.kind === 'needs' ? 'needs' : 'suppliers';
  const scalarFacet = spec.kind === 'needs' ? 'readiness' : 'company_size';
  const facet = (expr: string) =>
    `(SELECT coalesce(json_object_agg(v, c), '{}') FROM (SELECT ${expr} AS v, count(*) AS c FROM m GROUP BY 1 ORDER BY 2 DESC LIMIT 200) f)`;
  const sql = `WITH m AS MATERIALIZED (
      SELECT id, ${rank} AS rank, sortable, focus_areas, region_codes, cpv_divisions, ${scalarFacet} AS scalar
        FROM ${SCHEMA}.${table} ${where.length ? `WHERE ${where.join(' AND ')}` : ''})
    SELECT (SELECT coalesce(json_agg(p.id), '[]') FROM (SELECT id FROM m ORDER BY rank DESC, sortable DESC
              LIMIT ${param(spec.pageSize)} OFFSET ${param((spec.page - 1) * spec.pageSize)}) p) AS ids,
           (SELECT count(*)::int FROM m) AS total,
           ${facet('unnest(focus_areas)')} AS focus_areas, ${facet('unnest(region_codes)')} AS region_codes,
           ${facet('unnest(cpv_divisions)')} AS cpv_divisions, ${facet('scalar')} AS scalar`;
  const res = await pool.query<{ ids: string[]; total: number }>(sql, params);
  return { ids: res.rows[0]!.ids, total: res.rows[0]!.total };
}
