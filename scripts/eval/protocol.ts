import { createHash } from 'node:crypto';
import type { EvalNotice, EvalSupplierDetail } from './notices';

/**
 * The match-eval v1 protocol (shared/data/README.md): supplier identity, folds, the train pool of
 * each fold and its queries. Pure; the system and both baselines consume what this produces.
 */
export const PROTOCOL = 'match-eval-v1';
export type Fold = 0 | 1;
export const FOLDS: readonly Fold[] = [0, 1];

/** `country + ":" + (national_id or name)`, white space removed, upper-cased; null when both are empty. */
export function supplierIdentity(s: Pick<EvalSupplierDetail, 'country' | 'national_id' | 'name'>): string | null {
  const key = (s.national_id ?? '').trim() || (s.name ?? '').trim();
  if (!key) return null;
  return `${s.country ?? ''}:${key}`.replace(/\s+/gu, '').toUpperCase();
}

/** Last hex digit of sha1(id) (UTF-8) modulo 2. */
export function noticeFold(id: string): Fold {
  const hex = createHash('sha1').update(id, 'utf8').digest('hex');
  return (parseInt(hex.slice(-1), 16) % 2) as Fold;
}

/** Step 1: notices with at least one awarded supplier. */
export function awardNotices(notices: readonly EvalNotice[]): EvalNotice[] {
  return notices.filter((n) => (n.suppliers_detail ?? []).length > 0);
}

/** The distinct identities of a notice's winners, in notice order. */
export function winnerIdentities(n: EvalNotice): string[] {
  const ids = (n.suppliers_detail ?? []).map(supplierIdentity).filter((id): id is string => id !== null);
  return [...new Set(ids)];
}

/** A supplier seen in a fold's train notices: what its profile may be built from. */
export interface TrainSupplier {
  identity: string;
  /** Its entries in the train notices (name, country, national id, address NUTS), in notice order. */
  details: EvalSupplierDetail[];
  /** The train award notices it won, in file order. */
  awards: EvalNotice[];
}

export interface EvalCase {
  notice: EvalNotice;
  /** Winners that have a train profile, i.e. the suppliers the ranking can find. */
  relevant: string[];
}

export interface FoldData {
  fold: Fold;
  /** Every train profile, ordered by identity (the stable order baseline ties fall back to). */
  pool: TrainSupplier[];
  queries: EvalCase[];
}

/** Step 4 for one fold: train = award notices of the other fold; queries = this fold's notices with a known winner. */
export function buildFold(awards: readonly EvalNotice[], fold: Fold): FoldData {
  const byIdentity = new Map<string, TrainSupplier>();
  for (const n of awards) {
    if (noticeFold(n.id) === fold) continue;
    for (const d of n.suppliers_detail ?? []) {
      const identity = supplierIdentity(d);
      if (!identity) continue;
      let s = byIdentity.get(identity);
      if (!s) byIdentity.set(identity, (s = { identity, details: [], awards: [] }));
      s.details.push(d);
      if (!s.awards.includes(n)) s.awards.push(n);
    }
  }
  const queries: EvalCase[] = [];
  for (const n of awards) {
    if (noticeFold(n.id) !== fold) continue;
    const relevant = winnerIdentities(n).filter((id) => byIdentity.has(id));
    if (relevant.length > 0) queries.push({ notice: n, relevant });
  }
  const pool = [...byIdentity.values()].sort((a, b) => (a.identity < b.identity ? -1 : a.identity > b.identity ? 1 : 0));
  return { fold, pool, queries };
}

/** `--only-country XX`: keeps queries whose buyer country is XX; the pool stays whole. */
export function onlyCountry(data: FoldData, country: string | null): FoldData {
  if (!country) return data;
  const cc = country.trim().toUpperCase();
  return { ...data, queries: data.queries.filter((q) => (q.notice.buyer_country ?? '').trim().toUpperCase() === cc) };
}
