import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { User } from '@navet/identity';
import { CriteriaEvaluation, CriteriaEvaluationService, MatchCriteriaService, MatchCriteriaVersion } from '@navet/matching';
import type { GqlContext } from '../graphql/graphql-context';
import { UserModel } from '../identity/identity.models';
import { CriteriaEvaluationModel, MatchCriteriaInput, MatchCriteriaModel } from './match.models';

@Resolver(() => MatchCriteriaModel)
export class CriteriaResolver {
  constructor(
    private readonly criteria: MatchCriteriaService,
    private readonly evaluation: CriteriaEvaluationService,
  ) {}

  @Query(() => MatchCriteriaModel)
  matchCriteria(): Promise<MatchCriteriaVersion> {
    return this.criteria.active();
  }

  @Query(() => [MatchCriteriaModel], { description: 'Admins only.' })
  matchCriteriaHistory(@Context() ctx: GqlContext): Promise<MatchCriteriaVersion[]> {
    return this.criteria.history(ctx.actor);
  }

  @Mutation(() => MatchCriteriaModel, {
    description: 'Admins only: new active version; open needs are re-matched in the background when rematch is true.',
  })
  updateMatchCriteria(
    @Args('input') input: MatchCriteriaInput,
    @Args('rematch', { type: () => Boolean, defaultValue: true }) rematch: boolean,
    @Context() ctx: GqlContext,
  ): Promise<MatchCriteriaVersion> {
    return this.criteria.update(ctx.actor, input, rematch);
  }

  @Mutation(() => CriteriaEvaluationModel, {
    description: 'Admins only: dry run of candidate criteria against recorded outcomes.',
  })
  evaluateMatchCriteria(@Args('input') input: MatchCriteriaInput, @Context() ctx: GqlContext): Promise<CriteriaEvaluation> {
    return this.evaluation.evaluate(ctx.actor, input);
  }

  @ResolveField(() => UserModel, { nullable: true })
  async createdBy(@Parent() c: MatchCriteriaVersion, @Context() ctx: GqlContext): Promise<User | null> {
    // Authors are operators; only admins see who they are.
    if (!c.createdByUserId || ctx.actor?.role !== 'ADMIN') return null;
    return ctx.loaders.user.load(c.createdByUserId);
  }
}
