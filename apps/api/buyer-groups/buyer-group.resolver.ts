import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  BuyerGroup,
  BuyerGroupProposal,
  BuyerGroupProposalStatus,
  BuyerGroupQueries,
  BuyerGroupsService,
} from '@navet/buyer-groups';
import { SimilarNeedScore, SimilarNeedsService } from '@navet/matching';
import type { GqlContext } from '../graphql/graphql-context';
import { BuyerGroupModel } from '../needs/need.models';
import { BuyerGroupProposalModel, BuyerGroupProposalStatusEnum, SimilarNeedModel } from './buyer-group.models';

/** [C] Similar needs of other buyers and buyer groups (beställargrupper). */
@Resolver()
export class BuyerGroupResolver {
  constructor(
    private readonly similar: SimilarNeedsService,
    private readonly groups: BuyerGroupsService,
    private readonly queries: BuyerGroupQueries,
  ) {}

  @Query(() => [SimilarNeedModel], { description: 'Published needs of OTHER buyers similar to this one; the owning buyer only.' })
  similarNeeds(
    @Args('needId', { type: () => ID }) needId: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
    @Context() ctx: GqlContext,
  ): Promise<SimilarNeedScore[]> {
    return this.similar.similarNeeds(ctx.actor, needId, first);
  }

  @Query(() => [BuyerGroupModel], { description: "The groups the caller's organization has a need in." })
  buyerGroups(@Context() ctx: GqlContext): Promise<BuyerGroup[]> {
    return this.queries.groupsOfCaller(ctx.actor);
  }

  @Query(() => [BuyerGroupProposalModel], {
    description: "[C] Addition: proposals the caller's organization sent or received, newest first.",
  })
  buyerGroupProposals(
    @Args('status', { type: () => BuyerGroupProposalStatusEnum, nullable: true }) status: BuyerGroupProposalStatus | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Context() ctx: GqlContext,
  ): Promise<BuyerGroupProposal[]> {
    return this.queries.proposalsOfCaller(ctx.actor, status, first);
  }

  @Mutation(() => BuyerGroupProposalModel)
  proposeBuyerGroup(
    @Args('fromNeedId', { type: () => ID }) fromNeedId: string,
    @Args('toNeedId', { type: () => ID }) toNeedId: string,
    @Args('message', { type: () => String, nullable: true }) message: string | null,
    @Context() ctx: GqlContext,
  ): Promise<BuyerGroupProposal> {
    return this.groups.propose(ctx.actor, fromNeedId, toNeedId, message);
  }

  @Mutation(() => BuyerGroupProposalModel)
  respondToBuyerGroupProposal(
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('accept') accept: boolean,
    @Context() ctx: GqlContext,
  ): Promise<BuyerGroupProposal> {
    return this.groups.respond(ctx.actor, proposalId, accept);
  }

  @Mutation(() => Boolean, {
    description: "[C] The owning buyer organization's need leaves the caller's group (the ledger records it).",
  })
  leaveBuyerGroup(@Args('needId', { type: () => ID }) needId: string, @Context() ctx: GqlContext): Promise<boolean> {
    return this.groups.leave(ctx.actor, needId);
  }
}
