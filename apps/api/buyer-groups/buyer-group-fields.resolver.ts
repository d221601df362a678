import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { notFound } from '@navet/core';
import type { BuyerGroup, BuyerGroupProposal } from '@navet/buyer-groups';
import type { Organization } from '@navet/identity';
import type { Need } from '@navet/needs';
import type { GqlContext } from '../graphql/graphql-context';
import { OrganizationModel } from '../identity/identity.models';
import { BuyerGroupModel, NeedModel } from '../needs/need.models';
import { BuyerGroupProposalModel } from './buyer-group.models';

/** Nested fields of a group: its member needs (never drafts) and organizations, in batches. */
@Resolver(() => BuyerGroupModel)
export class BuyerGroupFieldsResolver {
  @ResolveField(() => [NeedModel], { description: 'Published and closed member needs; never drafts.' })
  async needs(@Parent() g: BuyerGroup, @Context() ctx: GqlContext): Promise<Need[]> {
    const { needIds } = await ctx.loaders.buyerGroupMembers.load(g.id);
    const needs = await ctx.loaders.need.loadMany(needIds);
    return needs.filter((n): n is Need => !!n && !(n instanceof Error) && n.status !== 'DRAFT');
  }

  @ResolveField(() => [OrganizationModel])
  async members(@Parent() g: BuyerGroup, @Context() ctx: GqlContext): Promise<Organization[]> {
    const { organizationIds } = await ctx.loaders.buyerGroupMembers.load(g.id);
    const orgs = await ctx.loaders.organization.loadMany(organizationIds);
    return orgs.filter((o): o is Organization => !!o && !(o instanceof Error));
  }
}

/** A proposal was authorised for its two parties; its needs were published when it was made. */
@Resolver(() => BuyerGroupProposalModel)
export class BuyerGroupProposalFieldsResolver {
  @ResolveField(() => NeedModel)
  fromNeed(@Parent() p: BuyerGroupProposal, @Context() ctx: GqlContext): Promise<Need> {
    return loadNeed(ctx, p.fromNeedId);
  }

  @ResolveField(() => NeedModel)
  toNeed(@Parent() p: BuyerGroupProposal, @Context() ctx: GqlContext): Promise<Need> {
    return loadNeed(ctx, p.toNeedId);
  }

  @ResolveField(() => BuyerGroupModel, {
    nullable: true,
    description: 'The group acceptance formed or extended; null once it dissolved.',
  })
  async group(@Parent() p: BuyerGroupProposal, @Context() ctx: GqlContext): Promise<BuyerGroup | null> {
    const group = p.groupId ? await ctx.loaders.buyerGroup.load(p.groupId) : null;
    return group && !group.dissolvedAt ? group : null;
  }
}

async function loadNeed(ctx: GqlContext, id: string): Promise<Need> {
  const need = await ctx.loaders.need.load(id);
  if (!need) throw notFound('Need');
  return need;
}
