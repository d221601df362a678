import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NeedClosingService } from '@navet/advice';
import { notFound } from '@navet/core';
import { Need, NeedsService, NeedStatus } from '@navet/needs';
import { NeedStatusEnum } from '../graphql/enums';
import type { GqlContext } from '../graphql/graphql-context';
import { NeedOutcomeInput } from '../advice/outcome.models';
import { CreateNeedInput, NeedModel, UpdateNeedInput } from './need.models';

@Resolver(() => NeedModel)
export class NeedResolver {
  constructor(
    private readonly needs: NeedsService,
    private readonly closing: NeedClosingService,
  ) {}

  @Query(() => NeedModel, {
    nullable: true,
    description: 'PUBLISHED and CLOSED needs for anyone; DRAFT only for the owning organization and admins (else NOT_FOUND).',
  })
  async need(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<Need> {
    const need = await this.needs.findVisible(ctx.actor, id);
    if (!need) throw notFound('Need');
    return need;
  }

  @Query(() => [NeedModel])
  myNeeds(
    @Args('status', { type: () => NeedStatusEnum, nullable: true }) status: NeedStatus | null,
    @Context() ctx: GqlContext,
  ): Promise<Need[]> {
    return this.needs.mine(ctx.actor, status);
  }

  @Mutation(() => NeedModel, { description: 'Buyers of the organization; creates a DRAFT.' })
  createNeed(@Args('input') input: CreateNeedInput, @Context() ctx: GqlContext): Promise<Need> {
    return this.needs.create(ctx.actor, { ...input, cpvCodes: input.cpvCodes, regionCodes: input.regionCodes });
  }

  @Mutation(() => NeedModel)
  updateNeed(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateNeedInput,
    @Context() ctx: GqlContext,
  ): Promise<Need> {
    return this.needs.update(ctx.actor, id, input);
  }

  @Mutation(() => NeedModel, { description: 'DRAFT -> PUBLISHED; requires a verified buyer organization.' })
  publishNeed(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<Need> {
    return this.needs.publish(ctx.actor, id);
  }

  @Mutation(() => NeedModel, { description: 'PUBLISHED -> CLOSED. [P] With an outcome, the need feeds the reuse radar.' })
  closeNeed(
    @Args('id', { type: () => ID }) id: string,
    @Args('outcome', { type: () => NeedOutcomeInput, nullable: true }) outcome: NeedOutcomeInput | null,
    @Context() ctx: GqlContext,
  ): Promise<Need> {
    return this.closing.close(ctx.actor, id, outcome);
  }
}
