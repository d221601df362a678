import { appMessages } from '../app/i18n';
import { sharedMessages } from '../shared/i18n';
import type { adminMessages } from '../features/admin/i18n';
import type { buyerGroupsMessages } from '../features/buyer-groups/i18n';
import type { dialogueMessages } from '../features/dialogue/i18n';
import type { identityMessages } from '../features/identity/i18n';
import type { infoMessages } from '../features/info/i18n';
import type { ledgerMessages } from '../features/ledger/i18n';
import type { matchesMessages } from '../features/matches/i18n';
import type { myNeedsMessages } from '../features/needs/mine/i18n';
import type { needEditorMessages } from '../features/needs/editor/i18n';
import type { needPageMessages } from '../features/needs/page/i18n';
import type { needSearchMessages } from '../features/needs/search/i18n';
import type { notificationsMessages } from '../features/notifications/i18n';
import type { privacyMessages } from '../features/privacy/i18n';
import type { referenceMessages } from '../features/reference/i18n';
import type { suppliersMessages } from '../features/suppliers/i18n';

/**
 * One namespace per feature folder; each folder owns its messages. The layout's and the shared words are
 * in the first bundle; a feature's load with its first screen (both languages: a switch needs no reload).
 */
export const eagerNamespaces = { app: appMessages, shared: sharedMessages } as const;

export const lazyNamespaces = {
  identity: () => import('../features/identity/i18n').then((m) => m.identityMessages),
  privacy: () => import('../features/privacy/i18n').then((m) => m.privacyMessages),
  info: () => import('../features/info/i18n').then((m) => m.infoMessages),
  reference: () => import('../features/reference/i18n').then((m) => m.referenceMessages),
  needSearch: () => import('../features/needs/search/i18n').then((m) => m.needSearchMessages),
  needPage: () => import('../features/needs/page/i18n').then((m) => m.needPageMessages),
  myNeeds: () => import('../features/needs/mine/i18n').then((m) => m.myNeedsMessages),
  needEditor: () => import('../features/needs/editor/i18n').then((m) => m.needEditorMessages),
  suppliers: () => import('../features/suppliers/i18n').then((m) => m.suppliersMessages),
  matches: () => import('../features/matches/i18n').then((m) => m.matchesMessages),
  dialogue: () => import('../features/dialogue/i18n').then((m) => m.dialogueMessages),
  notifications: () => import('../features/notifications/i18n').then((m) => m.notificationsMessages),
  buyerGroups: () => import('../features/buyer-groups/i18n').then((m) => m.buyerGroupsMessages),
  ledger: () => import('../features/ledger/i18n').then((m) => m.ledgerMessages),
  admin: () => import('../features/admin/i18n').then((m) => m.adminMessages),
} as const;

interface Namespaces {
  app: typeof appMessages;
  shared: typeof sharedMessages;
  identity: typeof identityMessages;
  privacy: typeof privacyMessages;
  info: typeof infoMessages;
  reference: typeof referenceMessages;
  needSearch: typeof needSearchMessages;
  needPage: typeof needPageMessages;
  myNeeds: typeof myNeedsMessages;
  needEditor: typeof needEditorMessages;
  suppliers: typeof suppliersMessages;
  matches: typeof matchesMessages;
  dialogue: typeof dialogueMessages;
  notifications: typeof notificationsMessages;
  buyerGroups: typeof buyerGroupsMessages;
  ledger: typeof ledgerMessages;
  admin: typeof adminMessages;
}

export type NamespaceName = keyof Namespaces;
export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];
/** The Swedish messages' shape per namespace: t() keys are checked against it (i18next.d.ts). */
export type Resources = { [N in NamespaceName]: Namespaces[N]['sv'] };

/** Every namespace's messages, loading the lazy ones (the i18n test checks them all). */
export async function allNamespaces(): Promise<{ [N in NamespaceName]: Namespaces[N] }> {
  const lazy = await Promise.all(Object.entries(lazyNamespaces).map(async ([ns, load]) => [ns, await load()] as const));
  return { ...eagerNamespaces, ...Object.fromEntries(lazy) } as { [N in NamespaceName]: Namespaces[N] };
}
