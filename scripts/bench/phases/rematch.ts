import type { DataSource } from 'typeorm';
import { countPublishedNeeds } from '@navet/needs';
import { gql, KeepAliveClient } from '../http-client';
import type { QueueWatch } from '../queue-watch';

export interface RematchResult {
  openNeeds: number;
  /** updateMatchCriteria until the matching queue is empty. */
  matchingDrainSeconds: number;
  needsPerSecond: number;
  /** Until every queue (notifications of the new suggestions included) and the outbox are empty. */
  fullDrainSeconds: number;
}

const CRITERIA = `query { matchCriteria { weights { text cpv region focusArea readiness feedback } minScore maxSuggestionsPerNeed } }`;

/** Saves the active criteria again as a new version with rematch, and times the re-matching of all open needs. */
export async function measureRematch(
  client: KeepAliveClient,
  ds: DataSource,
  adminToken: string,
  watch: QueueWatch,
  timeoutMs: number,
): Promise<RematchResult> {
  const n = await countPublishedNeeds(ds);
  const { matchCriteria } = await gql<{
    matchCriteria: { weights: Record<string, number>; minScore: number; maxSuggestionsPerNeed: number };
  }>(client, CRITERIA, {}, adminToken);
  const started = performance.now();
  await gql(
    client,
    `mutation($i: MatchCriteriaInput!) { updateMatchCriteria(input: $i, rematch: true) { version } }`,
    { i: { ...matchCriteria, note: 'bench: re-match all open needs' } },
    adminToken,
  );
  await watch.waitIdle({ queues: ['matching'], timeoutMs, label: 're-matching' });
  const matchingDrainSeconds = (performance.now() - started) / 1000;
  await watch.waitIdle({ timeoutMs, label: 're-matching (all queues)' });
  return {
    openNeeds: n,
    matchingDrainSeconds,
    needsPerSecond: n / matchingDrainSeconds,
    fullDrainSeconds: (performance.now() - started) / 1000,
  };
}
