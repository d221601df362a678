import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Organization } from '@navet/identity';
import { LedgerEntry, LedgerService, LedgerVerification, verifyChain } from '@navet/ledger';
import type { GqlContext } from '../graphql/graphql-context';
import { OrganizationModel } from '../identity/identity.models';
import { LedgerAccess } from './ledger-access.policy';
import { LedgerEntryModel, LedgerVerificationModel } from './ledger.models';

@Resolver(() => LedgerEntryModel)
export class LedgerResolver {
  constructor(
    private readonly access: LedgerAccess,
    private readonly ledger: LedgerService,
  ) {}

  @Query(() => [LedgerEntryModel], { description: 'The owning buyer organization and admins.' })
  async needLedger(@Args('needId', { type: () => ID }) needId: string, @Context() ctx: GqlContext): Promise<LedgerEntry[]> {
    const need = await this.access.readableNeed(ctx.actor, needId);
    return this.ledger.entries(need.id);
  }

  @Query(() => Boolean, { description: "true when every entry's hash matches its content and predecessor." })
  async verifyNeedLedger(@Args('needId', { type: () => ID }) needId: string, @Context() ctx: GqlContext): Promise<boolean> {
    return (await this.verify(needId, ctx)).valid;
  }

  @Query(() => LedgerVerificationModel, { description: 'Addition: verifyNeedLedger with the first broken sequence.' })
  verifyNeedLedgerDetail(
    @Args('needId', { type: () => ID }) needId: string,
    @Context() ctx: GqlContext,
  ): Promise<LedgerVerification> {
    return this.verify(needId, ctx);
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: 'null when Navet itself acted.' })
  actorOrganization(@Parent() entry: LedgerEntry, @Context() ctx: GqlContext): Promise<Organization | null> | null {
    return entry.actorOrganizationId ? ctx.loaders.organization.load(entry.actorOrganizationId) : null;
  }

  private async verify(needId: string, ctx: GqlContext): Promise<LedgerVerification> {
    const need = await this.access.readableNeed(ctx.actor, needId);
    return verifyChain(await this.ledger.entries(need.id));
  }
}
