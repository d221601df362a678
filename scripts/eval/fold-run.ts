import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Importer } from '@navet/importer';
import { DEFAULT_CRITERIA, hasTopicalEvidence, NeedRanker, selectSuggestions, TEXT_EVIDENCE_FLOOR } from '@navet/matching';
import { cpvSignificant } from '@navet/reference';
import { ReferenceCatalogue } from '@navet/reference';
import { MeiliClient, ReindexAllHandler } from '@navet/search';
import { BaselineSupplier, cpvBaselineRank, TextBaseline } from './baselines';
import { evalNeed, needText } from './eval-need';
import { FoldEnv } from './fold-env';
import { PlainSupplierLine, profileLine } from './profile-line';
import type { FoldData } from './protocol';
import { CandidateValues, candidateValues } from './rescore';

/** One judged query: the relevant identities and each method's ranking of identities, best first. */
export interface RankedCase {
  noticeId: string;
  relevant: string[];
  system: string[];
  cpv: string[];
  text: string[];
  /** The system's stored suggestions: how many, with topical evidence, and sharing a CPV division or text >= floor. */
  evidence: { suggestions: number; withEvidence: number; proxy: number };
  /** Buyer country of the query notice (the cross-validation folds). */
  country: string;
  /** Every scored candidate's signal values, for re-scoring under other criteria (rescore.ts). */
  candidates: CandidateValues[];
}

export interface FoldResult {
  fold: number;
  /** Profiles imported and indexed (the pool every method ranks). */
  poolSize: number;
  /** Profiles the importer refused, with its reason (they are in no method's pool). */
  skipped: { identity: string; reason: string }[];
  cases: RankedCase[];
}

/** Runs `work` over `items` with at most `limit` in flight, keeping input order in the result. */
async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  });
  await Promise.all(lanes);
  return out;
}

/** Imports the fold's train profiles through the operators' import path; supplier id -> identity. */
export interface PoolEntry {
  identity: string;
  line: PlainSupplierLine;
}

export async function importPool(
  env: FoldEnv,
  entries: readonly PoolEntry[],
): Promise<{ identities: Map<string, string>; skipped: FoldResult['skipped'] }> {
  const importer = new Importer(env.app.get(DataSource), env.app.get(ReferenceCatalogue));
  const summary = await importer.importSuppliers(entries.map((e) => JSON.stringify(e.line)));
  const skippedLines = new Set(summary.skipped.map((s) => s.line));
  // ids come in input order for the lines that were not skipped (line numbers are 1-based).
  const kept = entries.filter((_, i) => !skippedLines.has(i + 1));
  if (kept.length !== summary.ids.length) {
    throw new Error(`importer returned ${summary.ids.length} ids for ${kept.length} accepted lines`);
  }
  const skipped = summary.skipped.map((s) => ({ identity: entries[s.line - 1]?.identity ?? `line ${s.line}`, reason: s.reason }));
  const identities = new Map<string, string>();
  summary.ids.forEach((id, i) => {
    const identity = kept[i]!.identity;
    // Two identities the importer resolved to one organization form one profile: the later line updated it.
    if (identities.has(id)) skipped.push({ identity, reason: `merged by the importer with ${identities.get(id)!}` });
    else identities.set(id, identity);
  });
  return { identities, skipped };
}

/** Builds the suppliers index from PostgreSQL once, as the admin "rebuild search" does, and checks it is complete. */
export async function indexPool(env: FoldEnv, expected: number): Promise<void> {
  await env.app.get(ReindexAllHandler).handle({ requestId: `eval-${randomUUID()}` });
  const meili = env.app.get(MeiliClient);
  const stats = await meili.client.index(meili.suppliersIndexUid).getStats();
  if (stats.numberOfDocuments !== expected) {
    throw new Error(`suppliers index holds ${stats.numberOfDocuments} documents, expected ${expected}`);
  }
}

/**
 * Protocol steps 4-6 for one fold in its own environment: import and index the train profiles,
 * rank every query with the production NeedRanker and DEFAULT_CRITERIA, and rank the same queries
 * over the same imported pool with both baselines.
 */
export async function runFold(env: FoldEnv, data: FoldData, log: (line: string) => void): Promise<FoldResult> {
  const catalogue = env.app.get(ReferenceCatalogue);
  const entries = data.pool.map((s) => ({ identity: s.identity, line: profileLine(s, catalogue) }));
  const { identities, skipped } = await importPool(env, entries);
  log(`fold ${data.fold}: imported ${identities.size} profiles (${skipped.length} refused)`);
  await indexPool(env, identities.size);
  log(`fold ${data.fold}: indexed; ranking ${data.queries.length} queries`);

  const imported = new Set(identities.values());
  const baselinePool: BaselineSupplier[] = entries
    .filter((e) => imported.has(e.identity))
    .map((e) => ({ id: e.identity, cpvCodes: e.line.cpvCodes, text: e.line.description }));
  const text = new TextBaseline(baselinePool);
  const ranker = env.app.get(NeedRanker);
  const cpvCodesOf = new Map(baselinePool.map((s) => [s.id, s.cpvCodes]));

  const cases = await mapLimit(data.queries, 8, async (q): Promise<RankedCase> => {
    const need = evalNeed(q.notice, catalogue);
    // What the matcher would store (minScore, topical evidence, maxSuggestionsPerNeed): the production selection.
    const { ranked } = await ranker.rank(need, DEFAULT_CRITERIA);
    const stored = selectSuggestions(ranked, DEFAULT_CRITERIA);
    const { title, description } = needText(q.notice);
    const system = stored.map((r) => identities.get(r.supplierId) ?? `unknown:${r.supplierId}`);
    const needDivisions = new Set(need.cpvCodes.map((c) => cpvSignificant(c).slice(0, 2)));
    // Precision proxy from the raw codes and text value, independent of the rule's own CPV reading.
    const proxy = stored.filter((r, i) => {
      const codes = cpvCodesOf.get(system[i]!) ?? [];
      const text = r.components.find((c) => c.signal === 'TEXT')?.value ?? 0;
      return codes.some((c) => needDivisions.has(cpvSignificant(c).slice(0, 2))) || text >= TEXT_EVIDENCE_FLOOR;
    }).length;
    return {
      noticeId: q.notice.id,
      relevant: q.relevant,
      system,
      evidence: {
        suggestions: stored.length,
        withEvidence: stored.filter((r) => hasTopicalEvidence(r.components)).length,
        proxy,
      },
      country: (q.notice.buyer_country ?? '').trim().toUpperCase(),
      candidates: ranked.map((r) => candidateValues(r, identities.get(r.supplierId) ?? `unknown:${r.supplierId}`)),
      cpv: cpvBaselineRank(need.cpvCodes, baselinePool),
      text: text.rank(`${title}\n${description}`),
    };
  });
  return { fold: data.fold, poolSize: identities.size, skipped, cases };
}
