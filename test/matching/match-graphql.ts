/** GraphQL documents and view types shared by the matching e2e files. */
export const MATCH_FIELDS = `id score explanation status supplierInterested buyerInvited criteriaVersion buyerContactEmail
  components { signal weight value contribution detail }
  need { id title } supplier { id headline contactEmail organization { id } }`;

export const CREATE_NEED = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`;
export const PUBLISH = `mutation($id: ID!) { publishNeed(id: $id) { id version } }`;
export const CLOSE = `mutation($id: ID!) { closeNeed(id: $id) { id } }`;
export const UPSERT_PROFILE = `mutation($input: UpsertSupplierProfileInput!) { upsertSupplierProfile(input: $input) { id } }`;
export const MATCHES_FOR_NEED = `query($needId: ID!) { matchesForNeed(needId: $needId) { ${MATCH_FIELDS} } }`;
export const MY_MATCHES = `query($status: [MatchStatus!]) { myMatches(status: $status) { ${MATCH_FIELDS} } }`;
export const EXPRESS_INTEREST = `mutation($needId: ID!, $message: String) { expressInterest(needId: $needId, message: $message) { ${MATCH_FIELDS} } }`;
export const INVITE = `mutation($needId: ID!, $supplierId: ID!) { inviteSupplier(needId: $needId, supplierId: $supplierId) { ${MATCH_FIELDS} } }`;
export const DECLINE = `mutation($matchId: ID!, $reason: String) { declineMatch(matchId: $matchId, reason: $reason) { id status } }`;
export const RATE = `mutation($matchId: ID!, $relevant: Boolean!) { rateMatch(matchId: $matchId, relevant: $relevant) { id status } }`;
export const NOTIFICATIONS = `query($unreadOnly: Boolean) { notifications(unreadOnly: $unreadOnly) { id type title body needId matchId link readAt } }`;
export const MARK_READ = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;
export const PREFS = `mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { email webhookUrl dailyMatchCap } }`;
export const ROTATE = `mutation { rotateWebhookSecret }`;

export interface MatchView {
  id: string;
  score: number;
  explanation: string;
  status: string;
  supplierInterested: boolean;
  buyerInvited: boolean;
  criteriaVersion: number;
  buyerContactEmail: string | null;
  components: { signal: string; weight: number; value: number; contribution: number; detail: string }[];
  need: { id: string; title: string };
  supplier: { id: string; headline: string; contactEmail: string | null; organization: { id: string } };
}

export interface NotificationView {
  id: string;
  type: string;
  title: string;
  body: string;
  needId: string | null;
  matchId: string | null;
  link: string;
  readAt: string | null;
}
