import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Match, MatchLifecycleService, MatchQueryService, MatchStatus } from '@navet/matching';
import { MatchStatusEnum } from '../graphql/enums';
import type { GqlContext } from '../graphql/graphql-context';
import { MatchSuggestionModel } from './match.models';

@Resolver(() => MatchSuggestionModel)
export class MatchResolver {
  constructor(
    private readonly queries: MatchQueryService,
    private readonly lifecycle: MatchLifecycleService,
  ) {}

  @Query(() => [MatchSuggestionModel], { description: 'The owning buyer organization and admins; ordered by score, best first.' })
  matchesForNeed(
    @Args('needId', { type: () => ID }) needId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Context() ctx: GqlContext,
  ): Promise<Match[]> {
    return this.queries.matchesForNeed(ctx.actor, needId, first);
  }

  @Query(() => [MatchSuggestionModel], {
    description:
      'Suppliers: matches of their profile. Buyers: matches across their needs. Best score first; first 1..200, offset 0..10000 skips that many (else BAD_USER_INPUT).',
  })
  myMatches(
    @Args('status', { type: () => [MatchStatusEnum], nullable: true }) status: MatchStatus[] | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Context() ctx: GqlContext,
  ): Promise<Match[]> {
    return this.queries.myMatches(ctx.actor, status, first, offset);
  }

  @Mutation(() => MatchSuggestionModel, {
    description: 'Supplier side; creates the match if none exists (supplier found the need by search).',
  })
  expressInterest(
    @Args('needId', { type: () => ID }) needId: string,
    @Args('message', { type: () => String, nullable: true }) message: string | null,
    @Context() ctx: GqlContext,
  ): Promise<Match> {
    return this.lifecycle.expressInterest(ctx.actor, needId, message);
  }

  @Mutation(() => MatchSuggestionModel, {
    description:
      'Buyer side; creates the match if none exists (buyer found the supplier by search). supplierId is a SupplierProfile id.',
  })
  inviteSupplier(
    @Args('needId', { type: () => ID }) needId: string,
    @Args('supplierId', { type: () => ID }) supplierId: string,
    @Args('message', { type: () => String, nullable: true }) message: string | null,
    @Context() ctx: GqlContext,
  ): Promise<Match> {
    return this.lifecycle.inviteSupplier(ctx.actor, needId, supplierId, message);
  }

  @Mutation(() => MatchSuggestionModel)
  declineMatch(
    @Args('matchId', { type: () => ID }) matchId: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @Context() ctx: GqlContext,
  ): Promise<Match> {
    return this.lifecycle.declineMatch(ctx.actor, matchId, reason);
  }

  @Mutation(() => MatchSuggestionModel, { description: 'Relevance feedback from either side.' })
  rateMatch(
    @Args('matchId', { type: () => ID }) matchId: string,
    @Args('relevant') relevant: boolean,
    @Context() ctx: GqlContext,
  ): Promise<Match> {
    return this.lifecycle.rateMatch(ctx.actor, matchId, relevant);
  }
}
