import type { ScoreComponent } from './score-component';

/**
 * WITHDRAWN: a suggestion re-matching dropped (criteria or profile change). Kept so the supplier's
 * NEW_MATCH link resolves and says so; hidden from lists and counts unless asked for by status.
 */
export const MATCH_STATUSES = ['SUGGESTED', 'INTERESTED', 'INVITED', 'CONNECTED', 'DECLINED', 'WITHDRAWN'] as const;
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

/** Statuses that count as a party having acted on the match: the matcher never withdraws these. */
export const ACTED_STATUSES: readonly MatchStatus[] = ['INTERESTED', 'INVITED', 'CONNECTED', 'DECLINED'];
/** Outcomes that say the pair was relevant (feedback signal and evaluation labels). */
/** What lists show by default: everything but withdrawn suggestions. */
export const LISTED_STATUSES: readonly MatchStatus[] = MATCH_STATUSES.filter((s) => s !== 'WITHDRAWN');
export const POSITIVE_STATUSES: readonly MatchStatus[] = ['INTERESTED', 'INVITED', 'CONNECTED'];
