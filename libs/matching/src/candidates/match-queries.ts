import { cpvPrefixes, cpvDivision, ReferenceCatalogue } from '@navet/reference';
import { focusedQuery } from '../domain/focused-query';
import type { MatchNeed } from '../persistence/match-need.reader';
import type { MatchSupplier } from '../persistence/match-supplier.reader';

/**
 * Words searched one by one for supplier candidates (word-relevance.ts), so the engine's ten-word
 * query limit does not apply: more of the description counts as evidence.
 */
export const NEED_QUERY_WORDS = 24;

/** The need's text as one focused query: title, CPV labels in the need's language, then distinctive words. */
export function needQuery(
  need: Pick<MatchNeed, 'title' | 'summary' | 'description' | 'desiredOutcomes' | 'cpvCodes' | 'language'>,
  catalogue: ReferenceCatalogue,
): string {
  const labels = catalogue.cpvLabels(need.cpvCodes);
  return focusedQuery(
    {
      primary: [need.title],
      labels: need.language === 'sv' ? labels.sv : labels.en,
      body: [need.summary, ...need.desiredOutcomes, need.description],
    },
    NEED_QUERY_WORDS,
  );
}

/** The supplier's text as one short query: headline, offerings and CPV labels, then distinctive words. */
export function supplierQuery(
  supplier: Pick<MatchSupplier, 'headline' | 'offerings' | 'description' | 'cpvCodes'>,
  catalogue: ReferenceCatalogue,
): string {
  return focusedQuery({
    primary: [supplier.headline],
    labels: [...supplier.offerings, ...catalogue.cpvLabels(supplier.cpvCodes).sv],
    body: [supplier.description],
  });
}

/**
 * The codes' prefixes at category (5), class (4) and group (3) depth, deepest first, for candidate
 * searches level by level: one search over all of them returns an arbitrary 150 of the profiles
 * in a crowded group, so a profile with the very same category could be left out for one sharing
 * only the group, and which ones were kept changed between two indexings of the same pool.
 * A code with fewer significant digits stands at its own depth.
 */
export function cpvLevels(codes: readonly string[]): string[][] {
  return [5, 4, 3].map((depth) => [
    ...new Set(
      codes
        .map((c) => cpvPrefixes(c))
        .filter((p) => p.length >= 2 && p[p.length - 1]!.length >= 3)
        .map((p) => p[Math.min(depth, p[p.length - 1]!.length) - 2]!),
    ),
  ]);
}

/** Group, class or deeper prefixes of the codes (a shared division alone is too broad to skip the region check). */
export function specificCpvPrefixes(codes: readonly string[]): string[] {
  return [...new Set(codes.flatMap((c) => cpvPrefixes(c).filter((p) => p.length >= 3)))];
}

export function cpvDivisions(codes: readonly string[]): string[] {
  return [...new Set(codes.map(cpvDivision))];
}
