import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccountErasureService, PersonalDataExportService } from '@navet/privacy';
import type { GqlContext } from '../graphql/graphql-context';

/** [E] GDPR: the caller's own data out (art. 15/20) and the caller's account erased (art. 17). */
@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly exports: PersonalDataExportService,
    private readonly erasure: AccountErasureService,
  ) {}

  @Query(() => String, { description: "The caller's personal data as one JSON document (GDPR art. 15 and 20)." })
  exportMyData(@Context() ctx: GqlContext): Promise<string> {
    return this.exports.exportFor(ctx.actor);
  }

  @Mutation(() => Boolean, {
    description: "GDPR art. 17: removes the caller's personal data everywhere; ledgers keep a pseudonym. Tokens stop working.",
  })
  async eraseMyAccount(@Args('password') password: string, @Context() ctx: GqlContext): Promise<boolean> {
    await this.erasure.erase(ctx.actor, password, ctx.ip);
    return true;
  }
}
