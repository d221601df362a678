import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { notFound } from '@navet/core';
import { Match } from '@navet/matching';
import type { Need } from '@navet/needs';
import { SupplierProfile } from '@navet/suppliers';
import type { GqlContext } from '../graphql/graphql-context';
import { NeedModel } from '../needs/need.models';
import { SupplierProfileModel } from '../suppliers/supplier.models';
import { MatchSuggestionModel } from './match.models';

/**
 * Nested fields of a match. The match itself was authorised (only parties and admins get one), so
 * its need and supplier are loaded without the public-visibility filter, in batches.
 */
@Resolver(() => MatchSuggestionModel)
export class MatchFieldsResolver {
  @ResolveField(() => NeedModel)
  async need(@Parent() m: Match, @Context() ctx: GqlContext): Promise<Need> {
    const need = await ctx.loaders.need.load(m.needId);
    if (!need) throw notFound('Need');
    return need;
  }

  @ResolveField(() => SupplierProfileModel)
  async supplier(@Parent() m: Match, @Context() ctx: GqlContext): Promise<SupplierProfile> {
    const profile = await ctx.loaders.supplierProfile.load(m.supplierId);
    if (!profile) throw notFound('Supplier profile');
    return profile;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The buyer's contact e-mail; revealed to the supplier (and admins) once the match is CONNECTED.",
  })
  async buyerContactEmail(@Parent() m: Match, @Context() ctx: GqlContext): Promise<string | null> {
    if (m.status !== 'CONNECTED' || !ctx.actor) return null;
    const supplier = await ctx.loaders.supplierProfile.load(m.supplierId);
    const allowed = ctx.actor.role === 'ADMIN' || supplier?.organizationId === ctx.actor.organizationId;
    return allowed ? ctx.loaders.needContactEmail.load(m.needId) : null;
  }

  @ResolveField(() => Int, { description: 'The match-criteria version that produced the score.' })
  criteriaVersion(@Parent() m: Match): number {
    // Matches are always scored under a stored version; 1 is the seeded default.
    return m.criteriaVersion ?? 1;
  }
}
