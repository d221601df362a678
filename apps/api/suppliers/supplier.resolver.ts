import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { notFound } from '@navet/core';
import { Organization } from '@navet/identity';
import { CpvEntry, RegionEntry } from '@navet/reference';
import { SupplierProfile, SuppliersService } from '@navet/suppliers';
import type { GqlContext } from '../graphql/graphql-context';
import { OrganizationModel } from '../identity/identity.models';
import { CpvCodeModel, RegionModel } from '../reference/reference.models';
import { ReferenceViews } from '../reference/reference-views.service';
import { SupplierProfileModel, UpsertSupplierProfileInput } from './supplier.models';

@Resolver(() => SupplierProfileModel)
export class SupplierResolver {
  constructor(
    private readonly suppliers: SuppliersService,
    private readonly views: ReferenceViews,
  ) {}

  @Query(() => SupplierProfileModel, { nullable: true, description: 'Signed-in users only; only discoverable profiles.' })
  async supplierProfile(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<SupplierProfile> {
    const profile = await this.suppliers.findVisible(ctx.actor, id);
    if (!profile) throw notFound('Supplier profile');
    return profile;
  }

  @Query(() => SupplierProfileModel, { nullable: true })
  mySupplierProfile(@Context() ctx: GqlContext): Promise<SupplierProfile | null> {
    return this.suppliers.mine(ctx.actor);
  }

  @Mutation(() => SupplierProfileModel, { description: 'One profile per supplier organization.' })
  upsertSupplierProfile(@Args('input') input: UpsertSupplierProfileInput, @Context() ctx: GqlContext): Promise<SupplierProfile> {
    return this.suppliers.upsert(ctx.actor, input);
  }

  @ResolveField(() => OrganizationModel)
  async organization(@Parent() p: SupplierProfile, @Context() ctx: GqlContext): Promise<Organization> {
    const org = await ctx.loaders.organization.load(p.organizationId);
    if (!org) throw notFound('Organization');
    return org;
  }

  @ResolveField(() => [CpvCodeModel])
  cpvCodes(@Parent() p: SupplierProfile): CpvEntry[] {
    return this.views.cpvCodes(p.cpvCodes);
  }

  @ResolveField(() => [RegionModel], { description: 'Regions served (NUTS, any level); SE = all of Sweden.' })
  regions(@Parent() p: SupplierProfile): RegionEntry[] {
    return this.views.regions(p.regionCodes);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'null unless the viewer is the owner, an admin, or a buyer CONNECTED with this supplier.',
  })
  async contactEmail(@Parent() p: SupplierProfile, @Context() ctx: GqlContext): Promise<string | null> {
    return (await ctx.loaders.contactReadable.load(p)) ? p.contactEmail : null;
  }
}
