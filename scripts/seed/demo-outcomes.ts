import { DataSource, EntityManager } from 'typeorm';
import { newId } from '@navet/core';
import { ReferenceCatalogue } from '@navet/reference';
import { buyersByName, insertOrganizations } from '@navet/identity';
import { needFromTedNotice, readTedData, SeedOrganization, TedNotice, TedSupplier } from '@navet/importer';
import { recordContractedMatches } from '@navet/matching';
import { contractedState, hasNeedWithSourcePrefix, insertNeedOutcomes, NeedOutcome, writeNeeds } from '@navet/needs';
import { profilesBySourceRef } from '@navet/suppliers';

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

/** The outcome a TED award records: procured, its winners contracted (public, as the notice is). */
export function awardOutcome(noticeId: string, language: string, supplierIds: string[], at: Date): NeedOutcome {
  const n = supplierIds.length;
  const summary =
    language === 'sv'
      ? `Upphandlat och tilldelat ${n} ${n === 1 ? 'leverantör' : 'leverantörer'} (TED-annons ${noticeId}).`
      : `Procured and awarded to ${n} ${n === 1 ? 'supplier' : 'suppliers'} (TED notice ${noticeId}).`;
  return { result: 'PROCURED', summary, lessonsLearned: null, contractedSupplierIds: supplierIds, recordedAt: at };
}

async function buyerOrganization(em: EntityManager, buyer: SeedOrganization): Promise<string> {
  const [found] = await buyersByName(em, [buyer]);
  if (found) return found.id;
  const id = newId();
  const row = {
    id,
    name: buyer.name,
    kind: 'PUBLIC_BUYER',
    countryCode: buyer.countryCode,
    regionCode: buyer.regionCode,
  } as const;
  await insertOrganizations(em, [{ ...row, organizationNumber: null, verified: true }], new Date());
  return id;
}

export async function seedDemoOutcomes(ds: DataSource, catalogue: ReferenceCatalogue): Promise<OutcomeSeedResult> {
  const { notices, suppliers } = readTedData();
  const candidates = outcomeNeeds(notices, suppliers);
  return ds.transaction(async (em) => {
    await em.query('SELECT pg_advisory_xact_lock($1)', [OUTCOME_LOCK]);
    if (await hasNeedWithSourcePrefix(em, 'ted-award:')) return { needs: 0, matches: 0, skipped: true };
    let needs = 0;
    let matches = 0;
    for (const { notice, winners } of candidates) {
      if (needs >= MAX_OUTCOME_NEEDS) break;
      const mapped = needFromTedNotice(notice, catalogue);
      if (!mapped) continue;
      const profiles = [
        ...(
          await profilesBySourceRef(
            em,
            winners.map((w) => `ted-supplier:${w}`),
          )
        ).values(),
      ];
      if (profiles.length === 0) continue;
      const { publishedAt, sourceRef: _noticeRef, ...fields } = mapped.need;
      const buyerId = await buyerOrganization(em, mapped.buyer);
      const needId = newId();
      await writeNeeds(
        em,
        [
          {
            id: needId,
            buyerOrganizationId: buyerId,
            createdByUserId: null,
            fields,
            state: contractedState(publishedAt, publishedAt),
            sourceRef: `ted-award:${notice.id}`,
            createdAt: publishedAt,
          },
        ],
        publishedAt,
      );
      const explanation =
        fields.language === 'sv' ? `Tilldelad i TED-annons ${notice.id}.` : `Awarded in TED notice ${notice.id}.`;
      const supplierIds = profiles.map((p) => p.id);
      matches += await recordContractedMatches(em, { needId, supplierIds, explanation, at: publishedAt });
      await insertNeedOutcomes(em, [{ needId, outcome: awardOutcome(notice.id, fields.language, supplierIds, publishedAt) }]);
      needs++;
    }
    return { needs, matches, skipped: false };
  });
}
