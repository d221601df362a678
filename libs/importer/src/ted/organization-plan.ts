import { newId } from '@navet/core';
import { OrganizationBulkRow, OrganizationKind } from '@navet/identity';
import { SeedOrganization } from './ted-mapping';

/** An organization the plan will insert. */
export type OrganizationRow = OrganizationBulkRow;

/**
 * Collects the organizations to insert. Buyers are shared by every need of the same buyer
 * (same name and country, or same national id); an organization number already taken, in the
 * database or by an earlier row, is dropped rather than violating organizations_number_uq.
 */
export class OrganizationPlan {
  readonly rows: OrganizationRow[] = [];
  private readonly buyerIds = new Map<string, string>();

  constructor(private readonly takenNumbers: Set<string>) {}

  /** The id of the buyer organization, created on first sight. */
  buyer(org: SeedOrganization): string {
    const nameKey = `name|${org.countryCode}|${org.name.toLocaleLowerCase('sv')}`;
    const numberKey = org.organizationNumber ? `number|${org.countryCode}|${org.organizationNumber}` : null;
    const known = this.buyerIds.get(nameKey) ?? (numberKey ? this.buyerIds.get(numberKey) : undefined);
    if (known) return known;
    const id = this.add('PUBLIC_BUYER', org, true);
    this.buyerIds.set(nameKey, id);
    if (numberKey) this.buyerIds.set(numberKey, id);
    return id;
  }

  add(kind: OrganizationKind, org: SeedOrganization, verified: boolean): string {
    const id = newId();
    const numberKey = org.organizationNumber ? `${org.countryCode}|${org.organizationNumber}` : null;
    const organizationNumber = numberKey && !this.takenNumbers.has(numberKey) ? org.organizationNumber : null;
    if (numberKey && organizationNumber) this.takenNumbers.add(numberKey);
    this.rows.push({
      id,
      name: org.name,
      kind,
      organizationNumber,
      countryCode: org.countryCode,
      regionCode: org.regionCode,
      verified,
    });
    return id;
  }
}
