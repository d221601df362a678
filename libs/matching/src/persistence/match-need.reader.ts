import type { Queryable } from '@navet/database';
import { Need, readNeed, readNeeds } from '@navet/needs';

/** What matching reads from a need: its text, classification, status and version. */
export type MatchNeed = Omit<Need, 'estimatedValueSek' | 'stage' | 'publishedAt' | 'createdAt' | 'updatedAt'>;

export function loadMatchNeed(db: Queryable, id: string, forShare = false): Promise<MatchNeed | null> {
  return readNeed(db, id, forShare ? 'share' : null);
}

export function loadMatchNeeds(db: Queryable, ids: readonly string[]): Promise<MatchNeed[]> {
  return readNeeds(db, ids);
}

export { publishedNeedIdsAfter } from '@navet/needs';
