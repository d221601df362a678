import { graphql } from '../../gql';
import type { MatchCriteriaInput } from '../../gql/graphql';

/** The six signals, in the order the console shows them. */
export const WEIGHT_KEYS = ['text', 'cpv', 'region', 'focusArea', 'readiness', 'feedback'] as const;
export type WeightKey = (typeof WEIGHT_KEYS)[number];

/** The candidate form as the inputs hold it: text, so a half-typed number is not lost. */
export interface CandidateValues {
  weights: Record<WeightKey, string>;
  minScore: string;
  maxSuggestionsPerNeed: string;
}

/** The six weights, as every criteria query asks for them. */
export const WeightsFragment = graphql(`
  fragment AdminWeights on MatchWeights {
    text
    cpv
    region
    focusArea
    readiness
    feedback
  }
`);

/** A criteria version or a replayed candidate: what the matcher is configured with. */
export interface CriteriaLike {
  weights: Record<WeightKey, number>;
  minScore: number;
  maxSuggestionsPerNeed: number;
}

export function valuesFrom(criteria: CriteriaLike): CandidateValues {
  const weights = Object.fromEntries(WEIGHT_KEYS.map((k) => [k, String(criteria.weights[k])])) as Record<WeightKey, string>;
  return { weights, minScore: String(criteria.minScore), maxSuggestionsPerNeed: String(criteria.maxSuggestionsPerNeed) };
}

/** Decimal comma accepted (Swedish keyboards); anything unreadable goes as NaN and the API names the field. */
const num = (s: string): number => (s.trim() === '' ? Number.NaN : Number(s.trim().replace(',', '.')));

/**
 * The API input; validation stays on the server. NaN cannot travel in JSON (it becomes null and fails as a
 * type error without a field), so an unreadable value is sent as -1, which the API refuses for that field.
 */
export function inputFrom(values: CandidateValues, note?: string): MatchCriteriaInput {
  const safe = (s: string) => {
    const n = num(s);
    return Number.isFinite(n) ? n : -1;
  };
  const weights = Object.fromEntries(WEIGHT_KEYS.map((k) => [k, safe(values.weights[k])])) as Record<WeightKey, number>;
  return {
    weights,
    minScore: safe(values.minScore),
    maxSuggestionsPerNeed: Math.trunc(safe(values.maxSuggestionsPerNeed)),
    ...(note?.trim() ? { note: note.trim() } : {}),
  };
}

/** A run's (or version's) criteria as the API input, to activate exactly what was replayed. */
export const inputFromCriteria = (criteria: CriteriaLike, note: string): MatchCriteriaInput =>
  inputFrom(valuesFrom(criteria), note);
