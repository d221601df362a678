/**
 * How bulk profile changes reach the matcher. Matching each changed profile against the open needs
 * (per supplier) costs about as much per profile as matching one need against the whole pool costs
 * per need, and more when a profile fits many needs (each placement is its own transaction). So a
 * few changed profiles are matched one by one, and an import larger than half the open needs
 * re-matches the open needs instead.
 */
export type PoolPlan = 'PER_SUPPLIER' | 'REMATCH_NEEDS';

export function poolPlan(changedProfiles: number, openNeeds: number): PoolPlan {
  return changedProfiles * 2 <= openNeeds ? 'PER_SUPPLIER' : 'REMATCH_NEEDS';
}
