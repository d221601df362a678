/** GraphQL documents and view types of the dialogue e2e files. */
export const MESSAGE_FIELDS = `id body createdAt confidentialityRequested confidentialityReason authorOrganization { id }`;
export const DIALOGUE_FIELDS = `id openedAt closed unreadCount need { id title } supplier { id }
  messages { ${MESSAGE_FIELDS} }`;

export const DIALOGUE = `query($id: ID!) { dialogue(id: $id) { ${DIALOGUE_FIELDS} } }`;
export const DIALOGUE_UNREAD = `query($id: ID!) { dialogue(id: $id) { id closed unreadCount } }`;
export const DIALOGUE_PAGE = `query($id: ID!, $last: Int, $before: ID) {
  dialogue(id: $id) { id messages(last: $last, before: $before) { id body } } }`;
export const DIALOGUES = `query($needId: ID) { dialogues(needId: $needId) { id closed unreadCount need { id } } }`;
export const SEND = `mutation($dialogueId: ID!, $body: String!, $confidentialityRequested: Boolean, $confidentialityReason: String) {
  sendDialogueMessage(dialogueId: $dialogueId, body: $body, confidentialityRequested: $confidentialityRequested,
    confidentialityReason: $confidentialityReason) { ${MESSAGE_FIELDS} } }`;

export const INVITE_WITH_MESSAGE = `mutation($needId: ID!, $supplierId: ID!, $message: String) {
  inviteSupplier(needId: $needId, supplierId: $supplierId, message: $message) { id status interestMessage invitationMessage } }`;
export const INTEREST_WITH_MESSAGE = `mutation($needId: ID!, $message: String) {
  expressInterest(needId: $needId, message: $message) { id status interestMessage invitationMessage } }`;
export const MATCH_MESSAGES = `query { myMatches { id status interestMessage invitationMessage } }`;

export interface MessageView {
  id: string;
  body: string;
  createdAt: string;
  confidentialityRequested: boolean;
  confidentialityReason: string | null;
  authorOrganization: { id: string };
}

export interface DialogueView {
  id: string;
  openedAt: string;
  closed: boolean;
  unreadCount: number;
  need: { id: string; title: string };
  supplier: { id: string };
  messages: MessageView[];
}

export interface MatchMessagesView {
  id: string;
  status: string;
  interestMessage: string | null;
  invitationMessage: string | null;
}
