import { questionAnsweredBy, readClarification, readQuestion } from '@navet/clarifications';
import { organizationNames, usersOfOrganizations } from '@navet/identity';
import { engagedSupplierOrganizations } from '@navet/matching';
import { readNeed } from '@navet/needs';
import type { ClarificationEventContext, QuestionAskedContext, RecipientOrganization } from '../domain/clarification-plan';
import type { Db } from './sql';

async function recipients(db: Db, organizationIds: readonly string[]): Promise<Map<string, RecipientOrganization>> {
  const users = await usersOfOrganizations(db, organizationIds);
  return new Map(
    organizationIds.map((organizationId) => [
      organizationId,
      {
        organizationId,
        users: users
          .filter((u) => u.organizationId === organizationId)
          .map((u) => ({ userId: u.userId, preferredLanguage: u.preferredLanguage })),
      },
    ]),
  );
}

/** Fresh state for one clarification, read from the owners; null when it (or its need) does not exist. */
export async function loadClarificationContext(db: Db, clarificationId: string): Promise<ClarificationEventContext | null> {
  const c = await readClarification(db, clarificationId);
  const need = c ? await readNeed(db, c.needId) : null;
  if (!c || !need) return null;
  const [engaged, answered, names] = await Promise.all([
    engagedSupplierOrganizations(db, need.id),
    questionAnsweredBy(db, c.id),
    organizationNames(db, [need.buyerOrganizationId]),
  ]);
  const askerId = answered?.organizationId ?? null;
  const orgs = await recipients(db, [...new Set([...engaged, ...(askerId ? [askerId] : [])])]);
  return {
    clarificationId: c.id,
    needId: need.id,
    needTitle: need.title,
    buyerName: names.get(need.buyerOrganizationId) ?? '',
    question: c.question,
    answer: c.answer,
    engaged: engaged.map((id) => orgs.get(id)!),
    asker: askerId ? orgs.get(askerId)! : null,
  };
}

export async function loadQuestionAskedContext(db: Db, questionId: string): Promise<QuestionAskedContext | null> {
  const q = await readQuestion(db, questionId);
  const need = q ? await readNeed(db, q.needId) : null;
  if (!q || !need) return null;
  const buyer = (await recipients(db, [need.buyerOrganizationId])).get(need.buyerOrganizationId)!;
  return { questionId: q.id, needId: need.id, needTitle: need.title, buyer };
}
