import { randomUUID } from 'node:crypto';
import { createAdmin, createTestEnv, insertNeed, login, register, Session, TestEnv, verifiedBuyer } from '@navet/testing';
import {
  ASK,
  CLOSE_NEED,
  MY_QUESTIONS,
  NEED_QUESTIONS,
  newNeed,
  PUBLISH_CLARIFICATION,
  QuestionView,
  writtenCounts,
} from './clarification-graphql';

/** Who may ask, answer and read questions, and that every refused or bad request writes nothing. */
describe('questions and clarifications: authorization and bad input (e2e)', () => {
  let env: TestEnv;
  let admin: Session;
  let buyer: Session;
  let otherBuyer: Session;
  let supplier: Session;
  let otherSupplier: Session;
  let needId: string;
  let draftId: string;
  let closedId: string;
  let pastDeadlineId: string;
  let otherNeedId: string;
  let question: QuestionView;

  const answer = (vars: Record<string, unknown>) => ({
    needId,
    question: 'Vilken effekt finns?',
    answer: 'Minst 3x63 A.',
    ...vars,
  });

  beforeAll(async () => {
    env = await createTestEnv();
    const creds = await createAdmin(env);
    admin = await login(env, creds.email, creds.password);
    buyer = await verifiedBuyer(env, admin, 'Ägarkommunen');
    otherBuyer = await verifiedBuyer(env, admin, 'Grannkommunen');
    supplier = await register(env, 'SUPPLIER', 'Frågeställaren AB');
    otherSupplier = await register(env, 'SUPPLIER', 'Annan Leverantör AB');
    needId = await newNeed(env, buyer, { title: 'Publikt behov' });
    draftId = await newNeed(env, buyer, { title: 'Utkast' }, true);
    closedId = await newNeed(env, buyer, { title: 'Stängt behov' });
    otherNeedId = await newNeed(env, otherBuyer, { title: 'Grannens behov' });
    pastDeadlineId = await insertNeed(env.ds, buyer.organizationId, {
      title: 'Passerad dialog',
      dialogueDeadline: new Date(Date.now() - 86_400_000),
    });
    question = (
      await env.gql.ok<{ askQuestion: QuestionView }>(ASK, { needId, question: 'Vilken effekt finns?' }, supplier.token)
    ).askQuestion;
    await env.gql.ok(ASK, { needId: closedId, question: 'Innan stängning?' }, supplier.token);
    await env.gql.ok(CLOSE_NEED, { id: closedId }, buyer.token);
    await env.drain();
  });
  afterAll(() => env?.close());

  /** Runs a request that must fail with `code` (and `field`), and checks that nothing was written. */
  async function refused(doc: string, vars: Record<string, unknown>, who: Session | null, code: string, field?: string) {
    const before = await writtenCounts(env);
    const err = await env.gql.fails(doc, vars, who?.token);
    expect({ code: err.extensions?.code, field: err.extensions?.field }).toEqual({ code, field });
    expect(await writtenCounts(env)).toEqual(before);
  }

  describe('askQuestion', () => {
    const ask = (vars: Record<string, unknown>) => ({ needId, question: 'En fråga?', ...vars });
    it('is for signed-in suppliers only', async () => {
      await refused(ASK, ask({}), null, 'UNAUTHENTICATED');
      await refused(ASK, ask({}), buyer, 'FORBIDDEN');
      await refused(ASK, ask({}), otherBuyer, 'FORBIDDEN');
      await refused(ASK, ask({}), admin, 'FORBIDDEN');
    });
    it('needs a published need before its dialogue deadline', async () => {
      await refused(ASK, ask({ needId: draftId }), supplier, 'NOT_FOUND');
      await refused(ASK, ask({ needId: randomUUID() }), supplier, 'NOT_FOUND');
      await refused(ASK, ask({ needId: closedId }), supplier, 'INVALID_STATE');
      await refused(ASK, ask({ needId: pastDeadlineId }), supplier, 'INVALID_STATE');
    });
    it('refuses bad input with its field', async () => {
      await refused(ASK, ask({ needId: 'not-an-id' }), supplier, 'BAD_USER_INPUT', 'needId');
      await refused(ASK, ask({ question: '' }), supplier, 'BAD_USER_INPUT', 'question');
      await refused(ASK, ask({ question: '   \n ' }), supplier, 'BAD_USER_INPUT', 'question');
      await refused(ASK, ask({ question: 'x'.repeat(2001) }), supplier, 'BAD_USER_INPUT', 'question');
      await refused(ASK, ask({ question: 'Klocka\u0007?' }), supplier, 'BAD_USER_INPUT', 'question');
    });
    it('accepts the longest question', async () => {
      const long = (
        await env.gql.ok<{ askQuestion: QuestionView }>(ASK, ask({ question: 'y'.repeat(2000) }), otherSupplier.token)
      ).askQuestion;
      expect(long).toMatchObject({ status: 'OPEN' });
    });
  });

  describe('needQuestions, myQuestions and Question.askedBy', () => {
    it("lists a need's questions for its buyer organization and admins only", async () => {
      const own = (await env.gql.ok<{ needQuestions: QuestionView[] }>(NEED_QUESTIONS, { needId }, buyer.token)).needQuestions;
      expect(own.map((q) => q.id)).toContain(question.id);
      expect(own.find((q) => q.id === question.id)!.askedBy?.id).toBe(supplier.organizationId);
      const forAdmin = (await env.gql.ok<{ needQuestions: QuestionView[] }>(NEED_QUESTIONS, { needId }, admin.token))
        .needQuestions;
      expect(forAdmin.find((q) => q.id === question.id)!.askedBy?.id).toBe(supplier.organizationId);
      await refused(NEED_QUESTIONS, { needId }, null, 'UNAUTHENTICATED');
      await refused(NEED_QUESTIONS, { needId }, otherBuyer, 'FORBIDDEN');
      await refused(NEED_QUESTIONS, { needId }, supplier, 'FORBIDDEN');
      await refused(NEED_QUESTIONS, { needId: draftId }, otherBuyer, 'NOT_FOUND');
      await refused(NEED_QUESTIONS, { needId: randomUUID() }, buyer, 'NOT_FOUND');
      await refused(NEED_QUESTIONS, { needId: 'nope' }, buyer, 'BAD_USER_INPUT', 'needId');
    });
    it("lists the caller organization's own questions for suppliers only", async () => {
      const mine = (await env.gql.ok<{ myQuestions: QuestionView[] }>(MY_QUESTIONS, {}, supplier.token)).myQuestions;
      expect(mine.map((q) => q.id)).toContain(question.id);
      expect(mine.every((q) => q.askedBy?.id === supplier.organizationId)).toBe(true);
      const others = (await env.gql.ok<{ myQuestions: QuestionView[] }>(MY_QUESTIONS, { needId }, otherSupplier.token))
        .myQuestions;
      expect(others.map((q) => q.id)).not.toContain(question.id);
      await refused(MY_QUESTIONS, {}, null, 'UNAUTHENTICATED');
      await refused(MY_QUESTIONS, {}, buyer, 'FORBIDDEN');
      await refused(MY_QUESTIONS, {}, admin, 'FORBIDDEN');
      await refused(MY_QUESTIONS, { needId: 'x' }, supplier, 'BAD_USER_INPUT', 'needId');
    });
  });

  describe('publishClarification', () => {
    it('is for the owning buyer organization only', async () => {
      await refused(PUBLISH_CLARIFICATION, answer({}), null, 'UNAUTHENTICATED');
      await refused(PUBLISH_CLARIFICATION, answer({}), supplier, 'FORBIDDEN');
      await refused(PUBLISH_CLARIFICATION, answer({}), admin, 'FORBIDDEN');
      await refused(PUBLISH_CLARIFICATION, answer({}), otherBuyer, 'FORBIDDEN');
      await refused(PUBLISH_CLARIFICATION, answer({ needId: draftId }), otherBuyer, 'NOT_FOUND');
      await refused(PUBLISH_CLARIFICATION, answer({ needId: randomUUID() }), buyer, 'NOT_FOUND');
    });
    it('needs a published need', async () => {
      await refused(PUBLISH_CLARIFICATION, answer({ needId: draftId }), buyer, 'INVALID_STATE');
      await refused(PUBLISH_CLARIFICATION, answer({ needId: closedId }), buyer, 'INVALID_STATE');
    });
    it('refuses bad texts and ids with their field', async () => {
      await refused(PUBLISH_CLARIFICATION, answer({ needId: 'bad' }), buyer, 'BAD_USER_INPUT', 'needId');
      await refused(PUBLISH_CLARIFICATION, answer({ question: ' ' }), buyer, 'BAD_USER_INPUT', 'question');
      await refused(PUBLISH_CLARIFICATION, answer({ question: 'q'.repeat(2001) }), buyer, 'BAD_USER_INPUT', 'question');
      await refused(PUBLISH_CLARIFICATION, answer({ answer: '' }), buyer, 'BAD_USER_INPUT', 'answer');
      await refused(PUBLISH_CLARIFICATION, answer({ answer: 'a'.repeat(5001) }), buyer, 'BAD_USER_INPUT', 'answer');
      await refused(PUBLISH_CLARIFICATION, answer({ answer: 'Nul\u0000' }), buyer, 'BAD_USER_INPUT', 'answer');
      await refused(PUBLISH_CLARIFICATION, answer({ questionId: 'bad' }), buyer, 'BAD_USER_INPUT', 'questionId');
      await refused(PUBLISH_CLARIFICATION, answer({ questionId: randomUUID() }), buyer, 'BAD_USER_INPUT', 'questionId');
    });
    it('refuses a question of another need', async () => {
      const foreign = (
        await env.gql.ok<{ askQuestion: QuestionView }>(ASK, { needId: otherNeedId, question: 'Grannens fråga?' }, supplier.token)
      ).askQuestion;
      await refused(PUBLISH_CLARIFICATION, answer({ questionId: foreign.id }), buyer, 'BAD_USER_INPUT', 'questionId');
      // The other need's owner cannot answer it on this need either.
      await refused(PUBLISH_CLARIFICATION, answer({ questionId: foreign.id }), otherBuyer, 'FORBIDDEN');
    });
    it('answers an open question once; a second answer to it is a CONFLICT that writes nothing', async () => {
      const done = await env.gql.ok<{ publishClarification: { id: string } }>(
        PUBLISH_CLARIFICATION,
        answer({ questionId: question.id, answer: 'a'.repeat(5000) }),
        buyer.token,
      );
      expect(done.publishClarification.id).toEqual(expect.any(String));
      await refused(PUBLISH_CLARIFICATION, answer({ questionId: question.id }), buyer, 'CONFLICT');
      const [row] = await env.ds.query(`SELECT status, clarification_id AS "clarificationId" FROM questions WHERE id = $1`, [
        question.id,
      ]);
      expect(row).toEqual({ status: 'ANSWERED', clarificationId: done.publishClarification.id });
    });
    it('lets only one of two concurrent answers to the same question through', async () => {
      const q = (await env.gql.ok<{ askQuestion: QuestionView }>(ASK, { needId, question: 'Samtidigt?' }, supplier.token))
        .askQuestion;
      const results = await Promise.all(
        [1, 2].map(() => env.gql.request(PUBLISH_CLARIFICATION, answer({ questionId: q.id }), buyer.token)),
      );
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(1);
      const [n] = await env.ds.query(`SELECT count(*)::int AS n FROM questions WHERE clarification_id IS NOT NULL AND id = $1`, [
        q.id,
      ]);
      expect(n.n).toBe(1);
    });
  });
});
