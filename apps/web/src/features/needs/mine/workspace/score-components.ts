import type { MatchSignal } from '../../../../gql/graphql';

interface Component {
  signal: MatchSignal;
  value: number;
  weight: number;
  contribution: number;
  detail: string;
}

/** Components strongest first; `share` is the part of the score each one gives (they add up to the score). */
export function rankComponents<C extends Component>(components: readonly C[], score: number): (C & { share: number })[] {
  return [...components]
    .sort((a, b) => b.contribution - a.contribution)
    .map((c) => ({ ...c, share: score > 0 ? c.contribution / score : 0 }));
}

/** A score in [0,1] as a whole percentage for people. */
export const percent = (x: number): string => `${Math.round(Math.max(0, Math.min(1, x)) * 100)} %`;
