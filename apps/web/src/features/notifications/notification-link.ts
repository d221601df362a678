import { paths } from '../../app/paths';
import type { NotificationType, Role } from '../../gql/graphql';

interface Target {
  type: NotificationType;
  matchId?: string | null;
  needId?: string | null;
}

/** The screen a notification opens, by who reads it: a supplier's match, a buyer's need, the dialogues. */
export function notificationLink(n: Target, role: Role): string | null {
  if (n.type === 'DIALOGUE_MESSAGE') return paths.dialogues;
  if (n.type === 'WEBHOOK_DISABLED') return paths.notificationSettings;
  if (role === 'SUPPLIER' && n.matchId) return paths.supplierMatch(n.matchId);
  if (role === 'BUYER' && n.needId) return paths.buyerNeed(n.needId);
  if (n.needId) return paths.need(n.needId);
  return null;
}
