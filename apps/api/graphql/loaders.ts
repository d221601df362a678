import DataLoader from 'dataloader';
import { Actor, IdentityService, Organization } from '@navet/identity';
import { ContactAccess } from '@navet/suppliers';

/** Per-request batch loaders: a page of 50 needs costs one organization query, not 50. */
export interface Loaders {
  organization: DataLoader<string, Organization | null>;
  /** profile -> may the viewer read its contact e-mail */
  contactReadable: DataLoader<{ id: string; organizationId: string }, boolean, string>;
}

export function createLoaders(identity: IdentityService, contacts: ContactAccess, actor: Actor | null): Loaders {
  return {
    organization: new DataLoader(async (ids) => {
      const orgs = await identity.organizationsByIds(ids);
      const byId = new Map(orgs.map((o) => [o.id, o]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    contactReadable: new DataLoader(
      async (profiles) => {
        const readable = await contacts.readableContacts(actor, profiles);
        return profiles.map((p) => readable.has(p.id));
      },
      { cacheKeyFn: (p) => p.id },
    ),
  };
}
