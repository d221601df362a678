/** The contract's MatchSignal, in the order components are listed. */
export const MATCH_SIGNALS = ['TEXT', 'CPV', 'REGION', 'FOCUS_AREA', 'READINESS', 'FEEDBACK'] as const;
export type MatchSignal = (typeof MATCH_SIGNALS)[number];

export interface ScoreComponent {
  signal: MatchSignal;
  /** Normalised weight; the weights of one score sum to 1. */
  weight: number;
  /** The signal's own value in [0,1]. */
  value: number;
  /** weight * value (4 decimals); the contributions add up to the score. */
  contribution: number;
  detail: string;
}
