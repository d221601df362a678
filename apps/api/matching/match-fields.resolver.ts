import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { notFound } from '@navet/core';
import { Match, mayReadPartyWords } from '@navet/matching';
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

  @ResolveField(() => String, {
    nullable: true,
    description: "[C] The supplier's message with its interest (the parties and admins see it).",
  })
  interestMessage(@Parent() m: Match, @Context() ctx: GqlContext): Promise<string | null> {
    return partyWords(m, m.interestMessage, ctx);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "[C] The buyer's message with its invitation (the parties and admins see it).",
  })
  invitationMessage(@Parent() m: Match, @Context() ctx: GqlContext): Promise<string | null> {
    return partyWords(m, m.invitationMessage, ctx);
  }

  @ResolveField(() => Int, { description: 'The match-criteria version that produced the score.' })
  criteriaVersion(@Parent() m: Match): number {
    // Matches are always scored under a stored version; 1 is the seeded default.
    return m.criteriaVersion ?? 1;
  }
}

/** Withholds the parties' words from non-parties who may read the match (its need's buyer group). */
async function partyWords(m: Match, words: string | null, ctx: GqlContext): Promise<string | null> {
  if (words === null || !ctx.actor) return null;
  const [need, supplier] = await Promise.all([ctx.loaders.need.load(m.needId), ctx.loaders.supplierProfile.load(m.supplierId)]);
  if (!need || !supplier) return null;
  const parties = { buyerOrganizationId: need.buyerOrganizationId, supplierOrganizationId: supplier.organizationId };
  return mayReadPartyWords(ctx.actor, parties) ? words : null;
}
