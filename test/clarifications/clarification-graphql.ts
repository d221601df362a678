import type { Session, TestEnv } from '@navet/testing';
import { sampleNeed, sampleProfile } from '@navet/testing';

/** GraphQL documents and helpers shared by the clarification e2e files. */
export const QUESTION_FIELDS = `id question status askedAt askedBy { id name } need { id } clarification { id question answer }`;
export const ASK = `mutation($needId: ID!, $question: String!) { askQuestion(needId: $needId, question: $question) { ${QUESTION_FIELDS} } }`;
export const PUBLISH_CLARIFICATION = `mutation($needId: ID!, $question: String!, $answer: String!, $questionId: ID) {
  publishClarification(needId: $needId, question: $question, answer: $answer, questionId: $questionId) { id question answer publishedAt }
}`;
export const NEED_QUESTIONS = `query($needId: ID!, $status: QuestionStatus) { needQuestions(needId: $needId, status: $status) { ${QUESTION_FIELDS} } }`;
export const MY_QUESTIONS = `query($needId: ID) { myQuestions(needId: $needId) { ${QUESTION_FIELDS} } }`;
export const NEED_CLARIFICATIONS = `query($id: ID!) { need(id: $id) { id clarifications { id question answer publishedAt } } }`;
export const CREATE_NEED = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`;
export const PUBLISH_NEED = `mutation($id: ID!) { publishNeed(id: $id) { id } }`;
export const CLOSE_NEED = `mutation($id: ID!) { closeNeed(id: $id) { id } }`;
export const UPSERT_PROFILE = `mutation($input: UpsertSupplierProfileInput!) { upsertSupplierProfile(input: $input) { id } }`;
export const EXPRESS_INTEREST = `mutation($needId: ID!) { expressInterest(needId: $needId) { id status } }`;
export const INVITE = `mutation($needId: ID!, $supplierId: ID!) { inviteSupplier(needId: $needId, supplierId: $supplierId) { id status } }`;
export const DECLINE = `mutation($matchId: ID!) { declineMatch(matchId: $matchId) { id status } }`;
export const NOTIFICATIONS = `query { notifications(first: 100) { id type title body needId matchId } }`;
export const PREFS = `mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { email webhookUrl } }`;

export interface QuestionView {
  id: string;
  question: string;
  status: 'OPEN' | 'ANSWERED';
  askedAt: string;
  askedBy: { id: string; name: string } | null;
  need: { id: string };
  clarification: { id: string; question: string; answer: string } | null;
}

export interface ClarificationView {
  id: string;
  question: string;
  answer: string;
  publishedAt: string;
}

export interface NotificationView {
  id: string;
  type: string;
  title: string;
  body: string;
  needId: string | null;
  matchId: string | null;
}

/** A supplier organization with a profile; returns the profile id. */
export async function withProfile(env: TestEnv, supplier: Session): Promise<string> {
  return (await env.gql.ok<{ upsertSupplierProfile: { id: string } }>(UPSERT_PROFILE, { input: sampleProfile() }, supplier.token))
    .upsertSupplierProfile.id;
}

/** A need of the buyer, published unless `draft`. */
export async function newNeed(env: TestEnv, buyer: Session, over: Record<string, unknown> = {}, draft = false): Promise<string> {
  const id = (await env.gql.ok<{ createNeed: { id: string } }>(CREATE_NEED, { input: sampleNeed(over) }, buyer.token)).createNeed
    .id;
  if (!draft) await env.gql.ok(PUBLISH_NEED, { id }, buyer.token);
  return id;
}

export async function inbox(env: TestEnv, who: Session): Promise<NotificationView[]> {
  return (await env.gql.ok<{ notifications: NotificationView[] }>(NOTIFICATIONS, {}, who.token)).notifications;
}

/** Rows a failed mutation must not have written. */
export async function writtenCounts(env: TestEnv): Promise<Record<string, number>> {
  const [row] = await env.ds.query(`SELECT
    (SELECT count(*) FROM questions)::int AS questions,
    (SELECT count(*) FROM clarifications)::int AS clarifications,
    (SELECT count(*) FROM ledger_entries)::int AS ledger,
    (SELECT count(*) FROM outbox)::int AS outbox`);
  return row as Record<string, number>;
}
