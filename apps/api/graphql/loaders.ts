import DataLoader from 'dataloader';
import type { LoaderSources } from './loader-sources';
import { Clarification } from '@navet/clarifications';
import { DialogueMessage, DialogueView } from '@navet/dialogue';
import { BuyerGroup } from '@navet/buyer-groups';
import { Actor, Organization, User } from '@navet/identity';
import { LedgerHead } from '@navet/ledger';
import { Match } from '@navet/matching';
import { Need, NeedOutcome } from '@navet/needs';
import { SupplierProfile } from '@navet/suppliers';

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
  /** need -> its clarifications, oldest first (public on any need the caller may read) */
  needClarifications: DataLoader<string, Clarification[]>;
  /** Unfiltered, like `need`: for a question the caller was allowed to see. */
  clarification: DataLoader<string, Clarification | null>;
  /** an authorised dialogue -> a page of its messages (marks them read for the caller's organization) */
  dialogueMessages: DataLoader<DialogueMessagesKey, DialogueMessage[], string>;
  /** an authorised dialogue -> messages from the other party the caller's organization has not read */
  dialogueUnread: DataLoader<DialogueView, number, string>;
  /** need -> its buyer group (public on the need), null when in none */
  buyerGroupOfNeed: DataLoader<string, BuyerGroup | null>;
  /** Unfiltered groups by id (dissolved included). */
  buyerGroup: DataLoader<string, BuyerGroup | null>;
  /** group -> member need ids and organizations */
  buyerGroupMembers: DataLoader<string, { needIds: string[]; organizationIds: string[] }>;
  /** need -> its recorded outcome (public with the need), null when none */
  needOutcome: DataLoader<string, NeedOutcome | null>;
  /** Unfiltered matches by id (withdrawn included): only for a notification the caller received about it. */
  match: DataLoader<string, Match | null>;
}

export interface DialogueMessagesKey {
  dialogue: DialogueView;
  last: number;
  before: string | null;
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
    needClarifications: new DataLoader(async (needIds) => {
      const byNeed = await s.clarifications.ofNeeds(needIds);
      return needIds.map((id) => byNeed.get(id) ?? []);
    }),
    clarification: byId((ids) => s.clarifications.byIds(ids)),
    dialogueMessages: new DataLoader(
      async (keys) => {
        // One query per distinct page shape (usually one: the default page of every dialogue).
        const out = new Map<DialogueMessagesKey, DialogueMessage[]>();
        const shapes = new Map<string, DialogueMessagesKey[]>();
        for (const k of keys) shapes.set(`${k.last}|${k.before}`, [...(shapes.get(`${k.last}|${k.before}`) ?? []), k]);
        for (const group of shapes.values()) {
          const { last, before } = group[0]!;
          const pages = await s.dialogues.messages(
            actor,
            group.map((k) => k.dialogue),
            { last, before },
          );
          group.forEach((k, i) => out.set(k, pages[i]!));
        }
        return keys.map((k) => out.get(k) ?? []);
      },
      { cacheKeyFn: (k) => `${k.dialogue.id}|${k.last}|${k.before}` },
    ),
    dialogueUnread: new DataLoader(async (views) => s.dialogues.unreadCounts(actor, views), { cacheKeyFn: (d) => d.id }),
    buyerGroupOfNeed: new DataLoader(async (needIds) => {
      const groups = await s.buyerGroups.groupsOfNeeds(needIds);
      return needIds.map((id) => groups.get(id) ?? null);
    }),
    buyerGroup: byId((ids) => s.buyerGroups.groupsByIds(ids)),
    buyerGroupMembers: new DataLoader(async (groupIds) => {
      const members = await s.buyerGroups.members(groupIds);
      return groupIds.map((id) => members.get(id) ?? { needIds: [], organizationIds: [] });
    }),
    match: new DataLoader((ids) => s.matches.findByIds(ids)),
    needOutcome: new DataLoader(async (needIds) => {
      const outcomes = await s.needs.outcomesOf(needIds);
      return needIds.map((id) => outcomes.get(id) ?? null);
    }),
  };
}
