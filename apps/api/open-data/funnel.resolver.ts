import { Args, Field, Int, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { badInput } from '@navet/core';
import { FUNNEL_GROUPINGS, FunnelGrouping } from '@navet/needs';
import { FunnelRow, InnovationFunnelService, parseFunnelQuery } from '@navet/open-data';

export const FunnelGroupingEnum = Object.fromEntries(FUNNEL_GROUPINGS.map((g) => [g, g])) as { [K in FunnelGrouping]: K };
registerEnumType(FunnelGroupingEnum, { name: 'FunnelGrouping' });

@ObjectType('FunnelRow', { description: 'Counts of needs that reached each step, per group, over a period.' })
export class FunnelRowModel {
  @Field() group!: string;
  @Field(() => Int) published!: number;
  @Field(() => Int) withSuggestions!: number;
  @Field(() => Int) withInterest!: number;
  @Field(() => Int) connected!: number;
  @Field(() => Int) inDialogue!: number;
  @Field(() => Int) procured!: number;
}

@Resolver()
export class FunnelResolver {
  constructor(private readonly funnel: InnovationFunnelService) {}

  @Query(() => [FunnelRowModel], { description: 'Anyone: aggregated counts only (open data).' })
  innovationFunnel(
    @Args('groupBy', { type: () => FunnelGroupingEnum }) groupBy: FunnelGrouping,
    @Args('from', { type: () => Date, nullable: true }) from: Date | null,
    @Args('to', { type: () => Date, nullable: true }) to: Date | null,
  ): Promise<FunnelRow[]> {
    const parsed = parseFunnelQuery({ groupBy, from, to });
    if (!parsed.ok) throw badInput(parsed.field, `${parsed.field} ${parsed.message}`);
    return this.funnel.funnel(parsed.query);
  }
}
