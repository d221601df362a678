import { DataSource, EntityManager } from 'typeorm';
import { newId } from '@navet/core';
import { ReferenceCatalogue } from '@navet/reference';
import { needFromTedNotice, readTedData, TedNotice, TedSupplier } from '@navet/importer';

/**
 * Recorded outcomes for the demo: real TED award notices become CLOSED needs (stage CONTRACTED),
 * each CONNECTED with the suppliers that won it. They give `evaluateMatchCriteria` labelled needs
 * to replay. Caveat, stated where the figures are reported: the winners' demo profiles were built
 * from all their awards, these included, so the replay is optimistic.
 */
const MAX_OUTCOME_NEEDS = 150;
const OUTCOME_LOCK = 741_852_965;

export interface OutcomeSeedResult {
  needs: number;
  matches: number;
  skipped: boolean;
}

interface OutcomeNeed {
  notice: TedNotice;
  winners: string[]; // ted supplier ids
}

/** Award notices (sv/en text) whose winners have demo profiles, newest first. */
export function outcomeNeeds(notices: readonly TedNotice[], suppliers: readonly TedSupplier[]): OutcomeNeed[] {
  const winnersByNotice = new Map<string, string[]>();
  for (const s of suppliers) {
    for (const w of s.won_notices) winnersByNotice.set(w.notice, [...(winnersByNotice.get(w.notice) ?? []), s.supplier_id]);
  }
  return notices
    .filter((n) => n.has_award && winnersByNotice.has(n.id))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .map((n) => ({ notice: n, winners: winnersByNotice.get(n.id)! }));
}

async function buyerOrganization(
  em: EntityManager,
  name: string,
  countryCode: string,
  regionCode: string | null,
): Promise<string> {
  const found: { id: string }[] = await em.query(
    `SELECT id FROM organizations WHERE kind = 'PUBLIC_BUYER' AND name = $1 AND country_code = $2 LIMIT 1`,
    [name, countryCode],
  );
  if (found[0]) return found[0].id;
  const id = newId();
  await em.query(
    `INSERT INTO organizations (id, name, kind, country_code, region_code, verified, verified_at) VALUES ($1, $2, 'PUBLIC_BUYER', $3, $4, true, now())`,
    [id, name, countryCode, regionCode],
  );
  return id;
}

export async function seedDemoOutcomes(ds: DataSource, catalogue: ReferenceCatalogue): Promise<OutcomeSeedResult> {
  const { notices, suppliers } = readTedData();
  const candidates = outcomeNeeds(notices, suppliers);
  return ds.transaction(async (em) => {
    await em.query('SELECT pg_advisory_xact_lock($1)', [OUTCOME_LOCK]);
    const present: unknown[] = await em.query(`SELECT 1 FROM needs WHERE source_ref LIKE 'ted-award:%' LIMIT 1`);
    if (present.length > 0) return { needs: 0, matches: 0, skipped: true };
    let needs = 0;
    let matches = 0;
    for (const { notice, winners } of candidates) {
      if (needs >= MAX_OUTCOME_NEEDS) break;
      const mapped = needFromTedNotice(notice, catalogue);
      if (!mapped) continue;
      const profiles: { id: string }[] = await em.query(`SELECT id FROM supplier_profiles WHERE source_ref = ANY($1::text[])`, [
        winners.map((w) => `ted-supplier:${w}`),
      ]);
      if (profiles.length === 0) continue;
      const n = mapped.need;
      const buyerId = await buyerOrganization(em, mapped.buyer.name, mapped.buyer.countryCode, mapped.buyer.regionCode);
      const needId = newId();
      await em.query(
        `INSERT INTO needs (id, buyer_organization_id, title, summary, description, desired_outcomes, language, cpv_codes,
           region_codes, focus_areas, readiness, status, stage, published_at, closed_at, source_ref, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'CLOSED', 'CONTRACTED', $12, $12, $13, $12, $12)`,
        [
          needId,
          buyerId,
          n.title,
          n.summary,
          n.description,
          n.desiredOutcomes,
          n.language,
          n.cpvCodes,
          n.regionCodes,
          n.focusAreas,
          n.readiness,
          n.publishedAt,
          `ted-award:${notice.id}`,
        ],
      );
      const explanation = n.language === 'sv' ? `Tilldelad i TED-annons ${notice.id}.` : `Awarded in TED notice ${notice.id}.`;
      for (const p of profiles) {
        await em.query(
          `INSERT INTO matches (id, need_id, supplier_id, status, supplier_interested, buyer_invited, score, components, explanation,
             criteria_version, origin, connected_at, created_at, updated_at)
           VALUES ($1, $2, $3, 'CONNECTED', true, true, 0, '[]', $4, 1, 'BUYER', $5, $5, $5)`,
          [newId(), needId, p.id, explanation, n.publishedAt],
        );
        matches++;
      }
      needs++;
    }
    return { needs, matches, skipped: false };
  });
}
