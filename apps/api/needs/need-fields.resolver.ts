import { Context, Float, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Clarification } from '@navet/clarifications';
import type { BuyerGroup } from '@navet/buyer-groups';
import { notFound } from '@navet/core';
import { Organization } from '@navet/identity';
import { Need } from '@navet/needs';
import { CpvEntry, RegionEntry } from '@navet/reference';
import type { GqlContext } from '../graphql/graphql-context';
import { OrganizationModel } from '../identity/identity.models';
import { CpvCodeModel, RegionModel } from '../reference/reference.models';
import { ReferenceViews } from '../reference/reference-views.service';
import { BuyerGroupModel, ClarificationModel, NeedModel } from './need.models';

const INT32_MAX = 2 ** 31 - 1;

/** Nested fields of Need; reference data comes from memory, the buyer through a DataLoader. */
@Resolver(() => NeedModel)
export class NeedFieldsResolver {
  constructor(private readonly views: ReferenceViews) {}

  @ResolveField(() => [CpvCodeModel])
  cpvCodes(@Parent() need: Need): CpvEntry[] {
    return this.views.cpvCodes(need.cpvCodes);
  }

  @ResolveField(() => [RegionModel])
  regions(@Parent() need: Need): RegionEntry[] {
    return this.views.regions(need.regionCodes);
  }

  @ResolveField(() => OrganizationModel)
  async buyer(@Parent() need: Need, @Context() ctx: GqlContext): Promise<Organization> {
    const org = await ctx.loaders.organization.load(need.buyerOrganizationId);
    if (!org) throw notFound('Organization');
    return org;
  }

  @ResolveField(() => [ClarificationModel], { description: '[C] Answers shared with every supplier in dialogue on this need.' })
  clarifications(@Parent() need: Need, @Context() ctx: GqlContext): Promise<Clarification[]> {
    // Public: a need reaches this field only when the caller may read it; a later-engaging supplier sees all.
    return ctx.loaders.needClarifications.load(need.id);
  }

  @ResolveField(() => BuyerGroupModel, { nullable: true, description: '[C] Set when the need belongs to a buyer group.' })
  buyerGroup(@Parent() need: Need, @Context() ctx: GqlContext): Promise<BuyerGroup | null> {
    return ctx.loaders.buyerGroupOfNeed.load(need.id);
  }

  @ResolveField(() => Int, {
    description: "[C] Entries in the need's equal-treatment ledger; public, so kept copies expose rewrites.",
  })
  async ledgerLength(@Parent() need: Need, @Context() ctx: GqlContext): Promise<number> {
    return (await ctx.loaders.ledgerHead.load(need.id)).length;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "[C] Hash of the ledger's last entry; null before the first entry. Public.",
  })
  async ledgerHeadHash(@Parent() need: Need, @Context() ctx: GqlContext): Promise<string | null> {
    return (await ctx.loaders.ledgerHead.load(need.id)).headHash;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Whole SEK; null when unknown or above 2^31 - 1 (GraphQL Int): read estimatedValueSekBig for any value.',
  })
  estimatedValueSek(@Parent() need: Need): number | null {
    // GraphQL Int is 32-bit: a larger value is null here rather than an error for the whole need.
    return need.estimatedValueSek !== null && need.estimatedValueSek <= INT32_MAX ? need.estimatedValueSek : null;
  }

  @ResolveField(() => Float, {
    nullable: true,
    description:
      'Whole SEK at any size (exact up to 2^53 - 1); null when unknown. Same value as estimatedValueSek when that fits.',
  })
  estimatedValueSekBig(@Parent() need: Need): number | null {
    return need.estimatedValueSek;
  }
}
