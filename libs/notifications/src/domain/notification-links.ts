import type { NotificationType } from './notification';

/**
 * Which screen of the web app a notification opens (apps/web/src/app/paths.ts; a test checks that every
 * path built here is one of its routes). E-mails, webhook payloads and the in-app list all link here.
 */

/** The side a recipient is on: a buyer's user or organization, a supplier's, or neither (an admin). */
export type LinkSide = 'BUYER' | 'SUPPLIER' | null;

export interface LinkTarget {
  type: NotificationType;
  needId: string | null;
  matchId: string | null;
  /** For DIALOGUE_MESSAGE: the dialogue, when known (else the match's screen). */
  dialogueId?: string | null;
}

const seg = (id: string): string => encodeURIComponent(id);

/** The app's paths the API links to: the only place they are spelled on this side. */
export const APP_PATHS = {
  need: (id: string) => `/needs/${seg(id)}`,
  supplierMatch: (id: string) => `/supplier/matches/${seg(id)}`,
  buyerNeed: (id: string) => `/buyer/needs/${seg(id)}`,
  dialogue: (id: string) => `/dialogues/${seg(id)}`,
  buyerGroups: '/buyer/groups',
  notifications: '/inbox/notifications',
  notificationSettings: '/inbox/settings',
  confirmEmail: '/confirm-email',
  resetPassword: '/reset-password',
} as const;

/** Who a type is for when the recipient's side does not decide it (only one side ever gets it). */
const ONLY_SIDE: Partial<Record<NotificationType, 'BUYER' | 'SUPPLIER'>> = {
  NEW_MATCH: 'SUPPLIER',
  BUYER_INVITED: 'SUPPLIER',
  SAVED_SEARCH_HIT: 'SUPPLIER',
  CLARIFICATION_PUBLISHED: 'SUPPLIER',
  SUPPLIER_INTERESTED: 'BUYER',
  SIMILAR_NEED_FOUND: 'BUYER',
  QUESTION_ASKED: 'BUYER',
  BUYER_GROUP_PROPOSED: 'BUYER',
  BUYER_GROUP_ANSWERED: 'BUYER',
};

/** A match as its side sees it: the supplier's match screen, or the buyer's workspace of the need. */
function matchScreen(side: LinkSide, t: LinkTarget): string | null {
  if (side === 'SUPPLIER' && t.matchId) return APP_PATHS.supplierMatch(t.matchId);
  if (side === 'BUYER' && t.needId) return APP_PATHS.buyerNeed(t.needId);
  return t.needId ? APP_PATHS.need(t.needId) : null;
}

/** The app path a notification opens for a recipient on `side`; the notification list when nothing fits. */
export function notificationPath(t: LinkTarget, recipientSide: LinkSide): string {
  const side = ONLY_SIDE[t.type] ?? recipientSide;
  return screenOf(t, side) ?? APP_PATHS.notifications;
}

function screenOf(t: LinkTarget, side: LinkSide): string | null {
  switch (t.type) {
    case 'NEW_MATCH':
    case 'BUYER_INVITED':
    case 'SUPPLIER_INTERESTED':
    case 'CONNECTED':
    case 'MATCH_DECLINED':
      return matchScreen(side, t);
    case 'DIALOGUE_MESSAGE':
      return t.dialogueId ? APP_PATHS.dialogue(t.dialogueId) : matchScreen(side, t);
    case 'QUESTION_ASKED':
      return t.needId ? APP_PATHS.buyerNeed(t.needId) : null;
    case 'SAVED_SEARCH_HIT':
    case 'CLARIFICATION_PUBLISHED':
    case 'SIMILAR_NEED_FOUND':
      return t.needId ? APP_PATHS.need(t.needId) : null;
    case 'BUYER_GROUP_PROPOSED':
    case 'BUYER_GROUP_ANSWERED':
      return APP_PATHS.buyerGroups;
    case 'WEBHOOK_DISABLED':
      return APP_PATHS.notificationSettings;
  }
}

/** An absolute link for e-mails and webhooks: NAVET_PUBLIC_URL and an app path. */
export const appLink = (publicUrl: string, path: string): string => `${publicUrl.replace(/\/+$/, '')}${path}`;

/** The side of a user's role or an organization's kind. */
export function sideOf(roleOrKind: string | null | undefined): LinkSide {
  if (roleOrKind === 'BUYER' || roleOrKind === 'PUBLIC_BUYER') return 'BUYER';
  if (roleOrKind === 'SUPPLIER') return 'SUPPLIER';
  return null;
}
