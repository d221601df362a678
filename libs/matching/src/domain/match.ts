import type { ScoreComponent } from './score-component';

export const MATCH_STATUSES = ['SUGGESTED', 'INTERESTED', 'INVITED', 'CONNECTED', 'DECLINED'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/** Who created the match: the matcher, a supplier's interest, or a buyer's invitation. */
export type MatchOrigin = 'MATCHER' | 'SUPPLIER' | 'BUYER';
export type MatchParty = 'SUPPLIER' | 'BUYER';

/** Plain domain shape of a match (the unique need/supplier pair). */
export interface Match {
  id: string;
  needId: string;
  supplierId: string;
  score: number;
  components: ScoreComponent[];
  explanation: string;
  status: MatchStatus;
  supplierInterested: boolean;
  buyerInvited: boolean;
  /** Null only for matches written before criteria were versioned. */
  criteriaVersion: number | null;
  origin: MatchOrigin;
  declinedBy: MatchParty | null;
  connectedAt: Date | null;
  /** The parties' own words, shown to both parties: the supplier's with its interest, the buyer's with its invitation. */
  interestMessage: string | null;
  invitationMessage: string | null;
  /** When the supplier expressed interest / the buyer invited; null when not (or before these were recorded). */
  interestedAt: Date | null;
  invitedAt: Date | null;
  /** The decliner's reason, if it gave one. */
  declineReason: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Statuses that count as a party having acted on the match: the matcher never deletes these. */
export const ACTED_STATUSES: readonly MatchStatus[] = ['INTERESTED', 'INVITED', 'CONNECTED', 'DECLINED'];
/** Outcomes that say the pair was relevant (feedback signal and evaluation labels). */
export const POSITIVE_STATUSES: readonly MatchStatus[] = ['INTERESTED', 'INVITED', 'CONNECTED'];
