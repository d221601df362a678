import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { User } from '@navet/identity';
import { CriteriaEvaluationRun, CriteriaReplayService } from '@navet/matching';
import type { GqlContext } from '../graphql/graphql-context';
import { UserModel } from '../identity/identity.models';
import { CriteriaEvaluationRunModel } from './criteria-replay.models';
import { MatchCriteriaInput } from './match.models';

@Resolver(() => CriteriaEvaluationRunModel)
export class CriteriaReplayResolver {
  constructor(private readonly replay: CriteriaReplayService) {}

  @Query(() => CriteriaEvaluationRunModel, { nullable: true, description: 'Admins only.' })
  criteriaEvaluationRun(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<CriteriaEvaluationRun | null> {
    return this.replay.get(ctx.actor, id);
  }

  @Query(() => [CriteriaEvaluationRunModel], { description: 'Admins only; newest first.' })
  criteriaEvaluationRuns(
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Context() ctx: GqlContext,
  ): Promise<CriteriaEvaluationRun[]> {
    return this.replay.list(ctx.actor, first);
  }

  @Mutation(() => CriteriaEvaluationRunModel, {
    description: 'Admins only: replays candidate criteria in the background against recorded outcomes.',
  })
  startCriteriaEvaluation(@Args('input') input: MatchCriteriaInput, @Context() ctx: GqlContext): Promise<CriteriaEvaluationRun> {
    return this.replay.start(ctx.actor, input);
  }

  @ResolveField(() => UserModel, { nullable: true })
  async createdBy(@Parent() run: CriteriaEvaluationRun, @Context() ctx: GqlContext): Promise<User | null> {
    // Only admins reach a run at all; the check keeps it so should that change.
    if (!run.createdByUserId || ctx.actor?.role !== 'ADMIN') return null;
    return ctx.loaders.user.load(run.createdByUserId);
  }
}
