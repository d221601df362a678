import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Need, NeedOutcome } from '@navet/needs';
import { SupplierProfile } from '@navet/suppliers';
import type { GqlContext } from '../graphql/graphql-context';
import { NeedModel } from '../needs/need.models';
import { SupplierProfileModel } from '../suppliers/supplier.models';
import { NeedOutcomeModel } from './outcome.models';

/** [P] Need.outcome (public with the need) and the outcome's contracted suppliers, through DataLoaders. */
@Resolver(() => NeedModel)
export class NeedOutcomeFieldResolver {
  @ResolveField(() => NeedOutcomeModel, {
    nullable: true,
    description: '[P] Set when the owning buyer closed the need with an outcome.',
  })
  outcome(@Parent() need: Need, @Context() ctx: GqlContext): Promise<NeedOutcome | null> {
    return ctx.loaders.needOutcome.load(need.id);
  }
}

@Resolver(() => NeedOutcomeModel)
export class OutcomeFieldsResolver {
  @ResolveField(() => [SupplierProfileModel])
  async contractedSuppliers(@Parent() outcome: NeedOutcome, @Context() ctx: GqlContext): Promise<SupplierProfile[]> {
    // A contract award is public; a profile its owner hid from search stays out of view.
    const profiles = await ctx.loaders.supplierProfile.loadMany(outcome.contractedSupplierIds);
    return profiles.filter((p): p is SupplierProfile => !!p && !(p instanceof Error) && p.discoverable);
  }
}
