import type { MatchCriteriaValues } from './criteria';

/** One stored version of the match criteria; the newest is active. */
export interface MatchCriteriaVersion extends MatchCriteriaValues {
  version: number;
  note: string | null;
  /** Similar needs of other buyers at or above this score are told to both buyers. */
  similarNeedMinScore: number;
  createdAt: Date;
  /** Null for the seeded version 1. */
  createdByUserId: string | null;
}

/** The evaluation of candidate criteria against recorded outcomes (the contract's CriteriaEvaluation). */
export interface CriteriaEvaluation {
  evaluatedNeeds: number;
  hitAt10: number;
  mrr: number;
  ndcgAt10: number;
  coverage: number;
}
