import { Args, Context, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { notFound } from '@navet/core';
import type { DialogueMessage, DialogueView } from '@navet/dialogue';
import type { Organization } from '@navet/identity';
import type { Need } from '@navet/needs';
import type { SupplierProfile } from '@navet/suppliers';
import type { GqlContext } from '../graphql/graphql-context';
import { OrganizationModel } from '../identity/identity.models';
import { NeedModel } from '../needs/need.models';
import { SupplierProfileModel } from '../suppliers/supplier.models';
import { DialogueMessageModel, DialogueModel } from './dialogue.models';

/**
 * Nested fields of a dialogue. The dialogue was authorised with the viewer's access (see
 * dialogueAccess), so its need and supplier load without the public filter, in batches.
 */
@Resolver(() => DialogueModel)
export class DialogueFieldsResolver {
  @ResolveField(() => NeedModel)
  async need(@Parent() d: DialogueView, @Context() ctx: GqlContext): Promise<Need> {
    const need = await ctx.loaders.need.load(d.needId);
    if (!need) throw notFound('Need');
    return need;
  }

  @ResolveField(() => SupplierProfileModel)
  async supplier(@Parent() d: DialogueView, @Context() ctx: GqlContext): Promise<SupplierProfile> {
    const profile = await ctx.loaders.supplierProfile.load(d.supplierId);
    if (!profile) throw notFound('Supplier profile');
    return profile;
  }

  @ResolveField(() => [DialogueMessageModel], {
    description:
      '[C] The newest `last` messages (before the message `before`), newest last. Reading them marks them read for the ' +
      "caller's organization, which clears unreadCount.",
  })
  messages(
    @Parent() d: DialogueView,
    @Args('last', { type: () => Int, defaultValue: 50, description: '[C] 1..200' }) last: number,
    @Args('before', { type: () => ID, nullable: true, description: '[C] a message id: older messages only' })
    before: string | null,
    @Context() ctx: GqlContext,
  ): Promise<DialogueMessage[]> {
    return ctx.loaders.dialogueMessages.load({ dialogue: d, last, before });
  }

  @ResolveField(() => Int, { description: "[C] Messages from the other party that the caller's organization has not read." })
  unreadCount(@Parent() d: DialogueView, @Context() ctx: GqlContext): Promise<number> {
    return ctx.loaders.dialogueUnread.load(d);
  }
}

@Resolver(() => DialogueMessageModel)
export class DialogueMessageFieldsResolver {
  @ResolveField(() => OrganizationModel)
  async authorOrganization(@Parent() m: DialogueMessage, @Context() ctx: GqlContext): Promise<Organization> {
    const org = await ctx.loaders.organization.load(m.authorOrganizationId);
    if (!org) throw notFound('Organization');
    return org;
  }
}
