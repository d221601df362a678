import { adminMessages } from '../features/admin/i18n';
import { appMessages } from '../app/i18n';
import { buyerGroupsMessages } from '../features/buyer-groups/i18n';
import { dialogueMessages } from '../features/dialogue/i18n';
import { identityMessages } from '../features/identity/i18n';
import { infoMessages } from '../features/info/i18n';
import { ledgerMessages } from '../features/ledger/i18n';
import { matchesMessages } from '../features/matches/i18n';
import { myNeedsMessages } from '../features/needs/mine/i18n';
import { needEditorMessages } from '../features/needs/editor/i18n';
import { needPageMessages } from '../features/needs/page/i18n';
import { needSearchMessages } from '../features/needs/search/i18n';
import { notificationsMessages } from '../features/notifications/i18n';
import { privacyMessages } from '../features/privacy/i18n';
import { referenceMessages } from '../features/reference/i18n';
import { sharedMessages } from '../shared/i18n';
import { suppliersMessages } from '../features/suppliers/i18n';

/** One namespace per feature folder; each folder owns its messages. */
export const namespaces = {
  app: appMessages,
  shared: sharedMessages,
  identity: identityMessages,
  privacy: privacyMessages,
  info: infoMessages,
  reference: referenceMessages,
  needSearch: needSearchMessages,
  needPage: needPageMessages,
  myNeeds: myNeedsMessages,
  needEditor: needEditorMessages,
  suppliers: suppliersMessages,
  matches: matchesMessages,
  dialogue: dialogueMessages,
  notifications: notificationsMessages,
  buyerGroups: buyerGroupsMessages,
  ledger: ledgerMessages,
  admin: adminMessages,
} as const;

export type NamespaceName = keyof typeof namespaces;
export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

export const resources = Object.fromEntries(
  languages.map((lng) => [lng, Object.fromEntries(Object.entries(namespaces).map(([ns, m]) => [ns, m[lng]]))]),
) as { [L in Language]: { [N in NamespaceName]: (typeof namespaces)[N]['sv'] } };
