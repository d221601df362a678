import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Clarification, ClarificationService, Question, QuestionService, QuestionStatus } from '@navet/clarifications';
import { QuestionStatusEnum } from '../graphql/enums';
import type { GqlContext } from '../graphql/graphql-context';
import { ClarificationModel } from '../needs/need.models';
import { QuestionModel } from './question.models';

@Resolver()
export class ClarificationResolver {
  constructor(
    private readonly clarifications: ClarificationService,
    private readonly questions: QuestionService,
  ) {}

  @Query(() => [QuestionModel], { description: '[C] The owning buyer organization and admins: every question on the need.' })
  needQuestions(
    @Args('needId', { type: () => ID }) needId: string,
    @Args('status', { type: () => QuestionStatusEnum, nullable: true }) status: QuestionStatus | null,
    @Context() ctx: GqlContext,
  ): Promise<Question[]> {
    return this.questions.ofNeed(ctx.actor, needId, status);
  }

  @Query(() => [QuestionModel], { description: '[C] Suppliers: the questions their organization asked.' })
  myQuestions(
    @Args('needId', { type: () => ID, nullable: true }) needId: string | null,
    @Context() ctx: GqlContext,
  ): Promise<Question[]> {
    return this.questions.mine(ctx.actor, needId);
  }

  @Mutation(() => ClarificationModel, {
    description: 'Buyer; the answer is shared with every supplier that is INTERESTED, INVITED or CONNECTED on the need.',
  })
  publishClarification(
    @Args('needId', { type: () => ID }) needId: string,
    @Args('question') question: string,
    @Args('answer') answer: string,
    @Args('questionId', { type: () => ID, nullable: true, description: '[C] answers this question' }) questionId: string | null,
    @Context() ctx: GqlContext,
  ): Promise<Clarification> {
    return this.clarifications.publish(ctx.actor, { needId, question, answer, questionId });
  }

  @Mutation(() => QuestionModel, { description: '[C] A signed-in supplier, on a PUBLISHED need before its dialogueDeadline.' })
  askQuestion(
    @Args('needId', { type: () => ID }) needId: string,
    @Args('question') question: string,
    @Context() ctx: GqlContext,
  ): Promise<Question> {
    return this.questions.ask(ctx.actor, needId, question);
  }
}
