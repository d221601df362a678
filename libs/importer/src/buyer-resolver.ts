import { EntityManager } from 'typeorm';
import { OrganizationPlan } from './ted/organization-plan';
import type { OrganizationInput } from './import-types';
import {
  buyersByName,
  insertPlannedOrganizations,
  nameKey,
  numberKey,
  organizationsByNumber,
  StoredOrganization,
  takenNumbers,
} from './organization-lookup';

interface Buyer {
  id: string;
  verified: boolean;
}

/**
 * Finds the buyer organization of a need: a stored buyer with the same country and organization
 * number, else with the same name; else one created once per import batch (later batches find it
 * stored). New buyers go through the seed's OrganizationPlan, which drops numbers already taken.
 */
export class BuyerResolver {
  private readonly planned = new Map<string, Buyer>();

  private constructor(
    private readonly plan: OrganizationPlan,
    private readonly byNumber: ReadonlyMap<string, StoredOrganization>,
    private readonly byName: ReadonlyMap<string, StoredOrganization>,
    private readonly verifyNew: boolean,
  ) {}

  static async load(em: EntityManager, orgs: readonly OrganizationInput[], verifyNew: boolean): Promise<BuyerResolver> {
    const byNumber = await organizationsByNumber(em, orgs);
    const byName = await buyersByName(em, orgs);
    return new BuyerResolver(new OrganizationPlan(takenNumbers(byNumber)), byNumber, byName, verifyNew);
  }

  private keys(org: OrganizationInput): string[] {
    const keys = [`name|${nameKey(org.countryCode, org.name)}`];
    if (org.organizationNumber) keys.unshift(`number|${numberKey(org.countryCode, org.organizationNumber)}`);
    return keys;
  }

  private find(org: OrganizationInput): Buyer | undefined {
    const byNumber = org.organizationNumber ? this.byNumber.get(numberKey(org.countryCode, org.organizationNumber)) : undefined;
    if (byNumber?.kind === 'PUBLIC_BUYER') return byNumber;
    const byName = this.byName.get(nameKey(org.countryCode, org.name));
    if (byName) return byName;
    for (const k of this.keys(org)) {
      const planned = this.planned.get(k);
      if (planned) return planned;
    }
    return undefined;
  }

  /** Whether the buyer is (or will be created) verified; creates nothing. */
  isVerified(org: OrganizationInput): boolean {
    return this.find(org)?.verified ?? this.verifyNew;
  }

  /** The buyer's id, planning a new organization on first sight. */
  idFor(org: OrganizationInput): string {
    const found = this.find(org);
    if (found) return found.id;
    const buyer = { id: this.plan.add('PUBLIC_BUYER', org, this.verifyNew), verified: this.verifyNew };
    for (const k of this.keys(org)) this.planned.set(k, buyer);
    return buyer.id;
  }

  insertNew(em: EntityManager, now: Date): Promise<void> {
    return insertPlannedOrganizations(em, this.plan, now);
  }
}
