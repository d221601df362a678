/**
 * Every notification type. The first nine are the contract's NotificationType; WEBHOOK_DISABLED
 * tells an organization's users that Navet stopped calling their webhook (in-app only);
 * QUESTION_ASKED tells a buyer organization that a supplier asked about its need (in-app only).
 * MATCH_DECLINED tells a side that the other side declined the match ([C] addition).
 * BUYER_GROUP_ANSWERED ([C], an addition) tells the proposer that a buyer-group proposal was answered.
 */
export const NOTIFICATION_TYPES = [
  'NEW_MATCH',
  'SUPPLIER_INTERESTED',
  'BUYER_INVITED',
  'CONNECTED',
  'SAVED_SEARCH_HIT',
  'CLARIFICATION_PUBLISHED',
  'DIALOGUE_MESSAGE',
  'SIMILAR_NEED_FOUND',
  'BUYER_GROUP_PROPOSED',
  'WEBHOOK_DISABLED',
  'QUESTION_ASKED',
  'MATCH_DECLINED',
  'BUYER_GROUP_ANSWERED',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** The notification kinds a match event causes (see matchEventKindOf). */
export type MatchEventKind = Extract<NotificationType, 'NEW_MATCH' | 'SUPPLIER_INTERESTED' | 'BUYER_INVITED' | 'CONNECTED'>;

/** What a user sees in the app. */
export interface Notification {
  id: string;
  type: NotificationType;
  title: string;
  body: string;
  needId: string | null;
  matchId: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export interface NotificationPreferences {
  email: boolean;
  /** Organization-level. */
  webhookUrl: string | null;
  dailyMatchCap: number;
}

export interface NotificationPreferencesInput {
  email?: boolean | null;
  /** Empty string or null clears the organization's webhook. */
  webhookUrl?: string | null;
  dailyMatchCap?: number | null;
}

export const DEFAULT_DAILY_MATCH_CAP = 10;
export const MAX_DAILY_MATCH_CAP = 100;

/** What the webhook receiver gets, minus the delivery id added at send time. */
export interface WebhookEvent {
  type: NotificationType;
  occurredAt: string;
  needId: string | null;
  matchId: string | null;
  /** Only what the receiving organization may see anyway (no e-mail addresses, no free text of others). */
  data: Record<string, string | number | boolean | null>;
}

/**
 * A notification the planner wants stored for one user. The writer decides (under a per-user lock)
 * whether the daily cap moves it into the digest, and which deliveries it gets.
 */
export interface NotificationDraft {
  userId: string;
  organizationId: string;
  type: NotificationType;
  title: string;
  body: string;
  needId: string | null;
  matchId: string | null;
  /** Unique per user: the same event planned twice stores one row. */
  eventKey: string;
  /** NEW_MATCH only: counts toward, and is subject to, the user's daily cap. */
  capped: boolean;
  /** false: in-app only (no e-mail, no webhook). */
  deliver: boolean;
  /** Data for the organization's webhook; null = no webhook for this event. */
  webhookData: WebhookEvent['data'] | null;
}

export const matchEventKey = (event: MatchEventKind, matchId: string): string => `${event}:${matchId}`;
export const savedSearchEventKey = (savedSearchId: string, needId: string): string => `saved-search:${savedSearchId}:${needId}`;
export const emailDeliveryKey = (userId: string, eventKey: string): string => `email:${userId}:${eventKey}`;
export const webhookDeliveryKey = (organizationId: string, eventKey: string): string => `webhook:${organizationId}:${eventKey}`;
export const digestDeliveryKey = (userId: string, day: string): string => `digest:${userId}:${day}`;
