import { DataSource } from 'typeorm';
import { BuyerGroupsService, countBuyerGroups } from '@navet/buyer-groups';
import { Actor, organizationsByIds } from '@navet/identity';
import { DEFAULT_CRITERIA, scoreNeedPair } from '@navet/matching';
import { Need, publishedNeedsAfter } from '@navet/needs';
import { OutboxWriter } from '@navet/outbox';
import { cpvSignificant, ReferenceCatalogue } from '@navet/reference';

export interface DemoBuyerGroupResult {
  skipped: boolean;
  groupId: string | null;
  needIds: string[];
  organizationNames: string[];
  score: number | null;
}

const PAGE = 1000;
/** Needs compared per CPV class: enough to find a good pair, bounded for large classes (construction). */
const MAX_PER_CLASS = 60;
/**
 * Municipalities and their district administrations (Stockholm's stadsdelsförvaltningar are the
 * city's own bodies), not the companies they own.
 */
const MUNICIPAL = /kommun|stadsdelsförvaltning|stadsdelsnämnd/i;
const COMPANY = /\bAB\b|aktiebolag/i;
const isMunicipal = (name: string): boolean => MUNICIPAL.test(name) && !COMPANY.test(name);

/**
 * One demo buyer group: the two most similar published needs of two different Swedish
 * municipal buyers that share a CPV class (with today's demo data: Demo kommun's home-care need
 * and a TED notice of Södermalms stadsdelsförvaltning, both with CPV 85312000), joined by a proposal and its acceptance through the
 * services, so both ledgers record it. Skipped when any buyer group exists (a second run writes
 * nothing). The seed acts as each municipality: the services read only the organization.
 */
export async function seedDemoBuyerGroup(ds: DataSource, catalogue: ReferenceCatalogue): Promise<DemoBuyerGroupResult> {
  const nothing: DemoBuyerGroupResult = { skipped: true, groupId: null, needIds: [], organizationNames: [], score: null };
  if ((await countBuyerGroups(ds)) > 0) return nothing;
  const needs: Need[] = [];
  for (let after: string | null = null; ;) {
    const page = await publishedNeedsAfter(ds, after, PAGE);
    needs.push(...page);
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.id;
  }
  const orgs = new Map(
    (await organizationsByIds(ds, [...new Set(needs.map((n) => n.buyerOrganizationId))]))
      .filter((o) => o.kind === 'PUBLIC_BUYER' && o.countryCode === 'SE' && isMunicipal(o.name))
      .map((o) => [o.id, o]),
  );
  const pair = bestPair(
    needs.filter((n) => orgs.has(n.buyerOrganizationId)),
    catalogue,
  );
  if (!pair) return nothing;
  const [from, to] = pair.needs;
  const actor = (need: Need): Actor => ({ userId: 'demo-seed', organizationId: need.buyerOrganizationId, role: 'BUYER' });
  const service = new BuyerGroupsService(ds, new OutboxWriter());
  const proposal = await service.propose(
    actor(from),
    from.id,
    to.id,
    'Vi har ett liknande behov. Ska vi gå samman i en beställargrupp och föra marknadsdialogen tillsammans?',
  );
  const accepted = await service.respond(actor(to), proposal.id, true);
  return {
    skipped: false,
    groupId: accepted.groupId,
    needIds: [from.id, to.id],
    organizationNames: [orgs.get(from.buyerOrganizationId)!.name, orgs.get(to.buyerOrganizationId)!.name],
    score: pair.score,
  };
}

/** The most similar pair of needs of different buyers within one CPV class (4 significant digits). */
function bestPair(needs: readonly Need[], catalogue: ReferenceCatalogue): { needs: [Need, Need]; score: number } | null {
  const byClass = new Map<string, Need[]>();
  for (const n of [...needs].sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id))) {
    for (const cls of new Set(n.cpvCodes.map((c) => cpvSignificant(c).slice(0, 4)).filter((c) => c.length === 4))) {
      const bucket = byClass.get(cls) ?? [];
      if (bucket.length < MAX_PER_CLASS) bucket.push(n);
      byClass.set(cls, bucket);
    }
  }
  let best: { needs: [Need, Need]; score: number; key: string } | null = null;
  for (const bucket of byClass.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const [a, b] = [bucket[i]!, bucket[j]!];
        if (a.buyerOrganizationId === b.buyerOrganizationId) continue;
        const { score } = scoreNeedPair(a, b, DEFAULT_CRITERIA.weights, catalogue);
        const key = `${a.title}\u0000${b.title}`;
        if (!best || score > best.score || (score === best.score && key < best.key)) best = { needs: [a, b], score, key };
      }
    }
  }
  return best && { needs: best.needs, score: best.score };
}
