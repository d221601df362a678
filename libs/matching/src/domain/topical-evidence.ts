import type { ScoreComponent } from './score-component';

/**
 * Lowest TEXT value that counts as evidence the supplier does this kind of work. The TEXT value is
 * the search engine's ranking score in [0,1]; below 0.2 it comes from stray common words.
 */
export const TEXT_EVIDENCE_FLOOR = 0.2;

export type EvidenceComponent = Pick<ScoreComponent, 'signal' | 'value'>;

export type TopicalEvidence = 'CPV' | 'TEXT' | 'CPV_AND_TEXT' | null;

function valueOf(components: readonly EvidenceComponent[], signal: ScoreComponent['signal']): number {
  return components.find((c) => c.signal === signal)?.value ?? 0;
}

/**
 * Which topical signal shows the supplier does this kind of work, or null when none does. Region,
 * readiness, focus area and feedback only modulate a score: they never make a pair a suggestion.
 */
export function topicalEvidence(components: readonly EvidenceComponent[], textFloor = TEXT_EVIDENCE_FLOOR): TopicalEvidence {
  // Shared CPV ground: cpvProximity is 0.2 for the same division (two shared significant digits,
  // e.g. 85 health and social work), more for a closer level and 0 when not even the division is shared.
  const cpv = valueOf(components, 'CPV') > 0;
  const text = valueOf(components, 'TEXT') >= textFloor;
  return cpv && text ? 'CPV_AND_TEXT' : cpv ? 'CPV' : text ? 'TEXT' : null;
}

export function hasTopicalEvidence(components: readonly EvidenceComponent[], textFloor = TEXT_EVIDENCE_FLOOR): boolean {
  return topicalEvidence(components, textFloor) !== null;
}

export interface EvidenceSummary {
  suggestions: number;
  withEvidence: number;
  /** withEvidence / suggestions (1 when there are none): must be 1 for stored suggestions. */
  share: number;
}

/** Share of suggestions (their score components) that carry topical evidence. */
export function evidenceSummary(suggestions: readonly (readonly EvidenceComponent[])[]): EvidenceSummary {
  const withEvidence = suggestions.filter((c) => hasTopicalEvidence(c)).length;
  return { suggestions: suggestions.length, withEvidence, share: suggestions.length ? withEvidence / suggestions.length : 1 };
}
