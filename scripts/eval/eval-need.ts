import { randomUUID } from 'node:crypto';
import type { NeedRanker } from '@navet/matching';
import type { EvalNotice } from './notices';
import { EvalCatalogue, squash, truncate } from './profile-line';

/** What NeedRanker.rank() reads (the matching lib does not export the MatchNeed type itself). */
export type MatchNeed = Parameters<NeedRanker['rank']>[0];

/** The text a query is matched on: the notice's title and description, in its own language. */
export function needText(n: Pick<EvalNotice, 'title' | 'description'>): { title: string; description: string } {
  const title = truncate(squash(n.title), 200);
  return { title, description: truncate(squash(n.description), 20_000) || title };
}

/** Existing CPV codes of a notice in canonical form (protocol step 5). */
export function needCpvCodes(n: Pick<EvalNotice, 'cpv'>, catalogue: EvalCatalogue): string[] {
  const codes = (n.cpv ?? []).map((c) => catalogue.cpv(c)?.code).filter((c): c is string => c !== undefined);
  return [...new Set(codes)];
}

/** The buyer's NUTS region, else its country code; older codes map to the nearest region of NUTS 2021. */
export function needRegions(n: Pick<EvalNotice, 'region' | 'buyer_country'>, catalogue: EvalCatalogue): string[] {
  for (const raw of [n.region, n.buyer_country]) {
    const c = catalogue.resolveRegion(raw)?.code;
    if (c) return [c];
  }
  return [];
}

/**
 * A query notice as the need the production matcher reads, built in memory and never stored.
 * Notices state no focus areas and no readiness: every candidate then gets the same neutral value
 * for those signals, so they cannot reorder the ranking.
 */
export function evalNeed(n: EvalNotice, catalogue: EvalCatalogue): MatchNeed {
  const { title, description } = needText(n);
  return {
    id: randomUUID(),
    buyerOrganizationId: randomUUID(),
    title,
    summary: '',
    description,
    desiredOutcomes: [],
    language: (n.language ?? '').trim().toLowerCase() || 'en',
    cpvCodes: needCpvCodes(n, catalogue),
    regionCodes: needRegions(n, catalogue),
    focusAreas: [],
    readiness: 'MARKET_READY',
    status: 'PUBLISHED',
    dialogueDeadline: null,
    version: 1,
  };
}
