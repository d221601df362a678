import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { belongsTo, IdentityService, Organization } from '@navet/identity';
import type { GqlContext } from '../graphql/graphql-context';
import { OrganizationModel } from './identity.models';

@Resolver(() => OrganizationModel)
export class OrganizationFieldsResolver {
  constructor(private readonly identity: IdentityService) {}

  /**
   * Whether the person who registered the organization confirmed their e-mail address: what an admin
   * checks before verifying a buyer. Null for everyone but admins and the organization's own users.
   */
  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      '[E] Whether the e-mail address of the user who registered the organization is confirmed. Admins and its own users only; null for others.',
  })
  async contactEmailConfirmed(@Parent() org: Organization, @Context() ctx: GqlContext): Promise<boolean | null> {
    if (!belongsTo(ctx.actor, org.id)) return null;
    return this.identity.registrantEmailConfirmed(org.id);
  }
}
