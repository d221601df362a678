import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { NeedAdvice, NeedAdviceService } from '@navet/advice';
import { CpvEntry, ReferenceCatalogue } from '@navet/reference';
import type { GqlContext } from '../graphql/graphql-context';
import { NeedAdviceModel, NeedDraftInput } from './advice.models';

type AdviceView = Omit<NeedAdvice, 'suggestedCpvCodes'> & {
  suggestedCpvCodes: { cpv: CpvEntry; score: number; reason: string }[];
};

@Resolver()
export class AdviceResolver {
  constructor(
    private readonly advice: NeedAdviceService,
    private readonly catalogue: ReferenceCatalogue,
  ) {}

  @Query(() => NeedAdviceModel, {
    description: 'Buyers: advice on a draft need — CPV codes, wording, reuse of closed needs, likely suppliers.',
  })
  async needAdvice(@Args('input') input: NeedDraftInput, @Context() ctx: GqlContext): Promise<AdviceView> {
    const advice = await this.advice.advise(ctx.actor, input);
    const suggestedCpvCodes = advice.suggestedCpvCodes.flatMap(({ code, score, reason }) => {
      const cpv = this.catalogue.cpv(code);
      return cpv ? [{ cpv, score, reason }] : [];
    });
    return { ...advice, suggestedCpvCodes };
  }
}
