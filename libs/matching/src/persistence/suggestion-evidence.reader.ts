import type { Queryable } from '@navet/database';
import { evidenceSummary, EvidenceComponent, EvidenceSummary } from '../domain/topical-evidence';

/** Topical evidence over every stored matcher suggestion (SUGGESTED, origin MATCHER): must be all of them. */
export async function storedSuggestionEvidence(db: Queryable): Promise<EvidenceSummary> {
  const rows: { components: EvidenceComponent[] }[] = await db.query(
    `SELECT components FROM matches WHERE status = 'SUGGESTED' AND origin = 'MATCHER'`,
  );
  return evidenceSummary(rows.map((r) => r.components));
}
