import { InitialSchema1763700000000 } from './1763700000000-initial-schema';
import { MatchingAndNotifications1763800000000 } from './1763800000000-matching-and-notifications';
import { MatchPoolAndCandidates1763900000000 } from './1763900000000-match-pool-and-candidates';
import { Ledger1764000000000 } from './1764000000000-ledger';
import { BuyerGroups1764300000000 } from './1764300000000-buyer-groups';

/** Every migration in order. New migrations are appended here. */
export const MIGRATIONS = [
  InitialSchema1763700000000,
  MatchingAndNotifications1763800000000,
  MatchPoolAndCandidates1763900000000,
  Ledger1764000000000,
  BuyerGroups1764300000000,
];
