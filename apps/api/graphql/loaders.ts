import DataLoader from 'dataloader';
import { BuyerGroup, BuyerGroupQueries } from '@navet/buyer-groups';
import { Actor, IdentityService, Organization, User } from '@navet/identity';
import { LedgerHead, LedgerService } from '@navet/ledger';
import { Need, NeedsService } from '@navet/needs';
import { ContactAccess } from '@navet/matching';
import { SupplierProfile, SuppliersService } from '@navet/suppliers';

/** Per-request batch loaders: a page of 50 needs costs one organization query, not 50. */
export interface Loaders {
  organization: DataLoader<string, Organization | null>;
  user: DataLoader<string, User | null>;
  /** Unfiltered: only for nested fields of objects the caller was already allowed to see. */
  need: DataLoader<string, Need | null>;
  /** Unfiltered, like `need`. */
  supplierProfile: DataLoader<string, SupplierProfile | null>;
  /** need -> its buyer-side contact e-mail; only for callers that authorised the reveal. */
  needContactEmail: DataLoader<string, string | null>;
  /** profile -> may the viewer read its contact e-mail */
  contactReadable: DataLoader<{ id: string; organizationId: string }, boolean, string>;
  /** need -> length and head hash of its ledger (public figures) */
  ledgerHead: DataLoader<string, LedgerHead>;
  /** need -> its buyer group (public on the need), null when in none */
  buyerGroupOfNeed: DataLoader<string, BuyerGroup | null>;
  /** Unfiltered groups by id (dissolved included). */
  buyerGroup: DataLoader<string, BuyerGroup | null>;
  /** group -> member need ids and organizations */
  buyerGroupMembers: DataLoader<string, { needIds: string[]; organizationIds: string[] }>;
}

export interface LoaderSources {
  identity: IdentityService;
  contacts: ContactAccess;
  needs: NeedsService;
  suppliers: SuppliersService;
  ledger: LedgerService;
  buyerGroups: BuyerGroupQueries;
}

const byId = <T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) =>
  new DataLoader<string, T | null>(async (ids) => {
    const found = new Map((await load(ids)).map((x) => [x.id, x]));
    return ids.map((id) => found.get(id) ?? null);
  });

export function createLoaders(s: LoaderSources, actor: Actor | null): Loaders {
  return {
    organization: byId((ids) => s.identity.organizationsByIds(ids)),
    user: byId((ids) => s.identity.usersByIds(ids)),
    need: byId((ids) => s.needs.findByIds(ids)),
    supplierProfile: byId((ids) => s.suppliers.findByIds(ids)),
    needContactEmail: new DataLoader(async (needIds) => {
      const emails = await s.needs.contactEmails(needIds);
      return needIds.map((id) => emails.get(id) ?? null);
    }),
    contactReadable: new DataLoader(
      async (profiles) => {
        const readable = await s.contacts.readableContacts(actor, profiles);
        return profiles.map((p) => readable.has(p.id));
      },
      { cacheKeyFn: (p) => p.id },
    ),
    ledgerHead: new DataLoader(async (needIds) => {
      const heads = await s.ledger.heads(needIds);
      return needIds.map((id) => heads.get(id) ?? { length: 0, headHash: null });
    }),
    buyerGroupOfNeed: new DataLoader(async (needIds) => {
      const groups = await s.buyerGroups.groupsOfNeeds(needIds);
      return needIds.map((id) => groups.get(id) ?? null);
    }),
    buyerGroup: byId((ids) => s.buyerGroups.groupsByIds(ids)),
    buyerGroupMembers: new DataLoader(async (groupIds) => {
      const members = await s.buyerGroups.members(groupIds);
      return groupIds.map((id) => members.get(id) ?? { needIds: [], organizationIds: [] });
    }),
  };
}
