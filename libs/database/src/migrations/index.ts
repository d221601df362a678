import { InitialSchema1763700000000 } from './1763700000000-initial-schema';
import { MatchingAndNotifications1763800000000 } from './1763800000000-matching-and-notifications';
import { MatchPoolAndCandidates1763900000000 } from './1763900000000-match-pool-and-candidates';
import { Ledger1764000000000 } from './1764000000000-ledger';
import { Clarifications1764100000000 } from './1764100000000-clarifications';
import { Dialogues1764200000000 } from './1764200000000-dialogues';
import { BuyerGroups1764300000000 } from './1764300000000-buyer-groups';
import { NeedVersions1764400000000 } from './1764400000000-need-versions';
import { MatchEmailHold1764700000000 } from './1764700000000-match-email-hold';
import { CriteriaEvaluationRuns1764800000000 } from './1764800000000-criteria-evaluation-runs';
import { MatchWithdrawn1764900000000 } from './1764900000000-match-withdrawn';
import { SessionsAndPasswordResets1765200000000 } from './1765200000000-sessions-and-password-resets';
import { AccountAbuse1765300000000 } from './1765300000000-account-abuse';
import { PrivacyErasure1765700000000 } from './1765700000000-privacy-erasure';
import { NeedOutcomes1765800000000 } from './1765800000000-need-outcomes';
import { BrowserRefresh1765810000000 } from './1765810000000-browser-refresh';
import { MatchFunnelSteps1765900000000 } from './1765900000000-match-funnel-steps';

/** Every migration in order. New migrations are appended here. */
export const MIGRATIONS = [
  InitialSchema1763700000000,
  MatchingAndNotifications1763800000000,
  MatchPoolAndCandidates1763900000000,
  Ledger1764000000000,
  Clarifications1764100000000,
  Dialogues1764200000000,
  BuyerGroups1764300000000,
  NeedVersions1764400000000,
  MatchEmailHold1764700000000,
  CriteriaEvaluationRuns1764800000000,
  MatchWithdrawn1764900000000,
  SessionsAndPasswordResets1765200000000,
  AccountAbuse1765300000000,
  PrivacyErasure1765700000000,
  NeedOutcomes1765800000000,
  BrowserRefresh1765810000000,
  MatchFunnelSteps1765900000000,
];
