import type { MatchSignal } from '../../gql/graphql';

interface Component {
  signal: MatchSignal;
  value: number;
  weight: number;
  contribution: number;
  detail: string;
}

/** Values in [0,1] as whole percent; the API's own rounding noise never shows above 100 or below 0. */
export const percent = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100);

/**
 * The bars to draw, biggest contribution first: that is the order a reader asks "why" in. Ties keep the
 * API's order.
 */
export function scoreRows(components: readonly Component[]) {
  return components
    .map((c, i) => ({
      ...c,
      i,
      valuePct: percent(c.value),
      weightPct: percent(c.weight),
      contributionPct: percent(c.contribution),
    }))
    .sort((a, b) => b.contribution - a.contribution || a.i - b.i);
}
