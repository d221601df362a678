import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { notFound } from '@navet/core';
import { IdentityService, Organization, User } from '@navet/identity';
import type { GqlContext } from '../graphql/graphql-context';
import { AuthPayloadModel, LoginInput, OrganizationModel, RegisterOrganizationInput, UserModel } from './identity.models';

@Resolver(() => UserModel)
export class IdentityResolver {
  constructor(private readonly identity: IdentityService) {}

  @Query(() => UserModel, { nullable: true })
  async me(@Context() ctx: GqlContext): Promise<User | null> {
    return ctx.actor ? this.identity.userById(ctx.actor.userId) : null;
  }

  @Mutation(() => AuthPayloadModel)
  registerOrganization(@Args('input') input: RegisterOrganizationInput, @Context() ctx: GqlContext): Promise<AuthPayloadModel> {
    return this.identity.register(input, ctx.ip);
  }

  @Mutation(() => Boolean, {
    description: '[E] Confirms the e-mail address with the token from the link sent at registration; each link works once.',
  })
  confirmEmail(@Args('token') token: string): Promise<boolean> {
    return this.identity.confirmEmail(token);
  }

  @Mutation(() => AuthPayloadModel)
  login(@Args('input') input: LoginInput, @Context() ctx: GqlContext): Promise<AuthPayloadModel> {
    return this.identity.login(input.email, input.password, ctx.ip);
  }

  @Mutation(() => OrganizationModel, { description: 'Admins only.' })
  verifyOrganization(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<Organization> {
    return this.identity.verifyOrganization(ctx.actor, id);
  }

  @ResolveField(() => OrganizationModel)
  async organization(@Parent() user: User, @Context() ctx: GqlContext): Promise<Organization> {
    // A User is only ever returned to that user (me, login, register), so its organization is theirs.
    const org = await ctx.loaders.organization.load(user.organizationId);
    if (!org) throw notFound('Organization');
    return org;
  }
}
