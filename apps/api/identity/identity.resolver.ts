import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { notFound } from '@navet/core';
import { AccountSecurityService, IdentityService, Organization, OrganizationKind, User } from '@navet/identity';
import { OrganizationKindEnum } from '../graphql/enums';
import type { GqlContext } from '../graphql/graphql-context';
import { AuthPayloadModel, LoginInput, OrganizationModel, RegisterOrganizationInput, UserModel } from './identity.models';

@Resolver(() => UserModel)
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly security: AccountSecurityService,
  ) {}

  @Query(() => UserModel, { nullable: true })
  async me(@Context() ctx: GqlContext): Promise<User | null> {
    return ctx.actor ? this.identity.userById(ctx.actor.userId) : null;
  }

  @Query(() => [OrganizationModel], {
    description: 'Admins only: organizations, e.g. buyers waiting for verification (verified: false, kind: PUBLIC_BUYER).',
  })
  organizations(
    @Context() ctx: GqlContext,
    @Args('verified', { type: () => Boolean, nullable: true }) verified?: boolean | null,
    @Args('kind', { type: () => OrganizationKindEnum, nullable: true }) kind?: OrganizationKind | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
  ): Promise<Organization[]> {
    return this.identity.organizations(ctx.actor, { verified, kind, first });
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

  @Mutation(() => Boolean, { description: 'Revokes the access token used for this request.' })
  logout(@Context() ctx: GqlContext): Promise<boolean> {
    return this.security.logout(ctx.actor, ctx.sessionId);
  }

  @Mutation(() => AuthPayloadModel, { description: 'Revokes every other token of the user.' })
  changePassword(
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayloadModel> {
    return this.security.changePassword(ctx.actor, ctx.sessionId, { currentPassword, newPassword }, ctx.ip);
  }

  @Mutation(() => Boolean, {
    description: 'Always true (no hint whether the account exists); e-mails a single-use token valid for 30 minutes.',
  })
  requestPasswordReset(@Args('email') email: string, @Context() ctx: GqlContext): Promise<boolean> {
    return this.security.requestPasswordReset(email, ctx.ip);
  }

  @Mutation(() => AuthPayloadModel, { description: 'Revokes every earlier token of the user.' })
  resetPassword(@Args('token') token: string, @Args('newPassword') newPassword: string): Promise<AuthPayloadModel> {
    return this.security.resetPassword(token, newPassword);
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
