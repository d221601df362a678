import { Context, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/graphql-context';
import { PlatformService, PlatformStats } from './platform.service';

@ObjectType('PlatformStats')
export class PlatformStatsModel {
  @Field(() => Int) publishedNeeds!: number;
  @Field(() => Int) discoverableSuppliers!: number;
  @Field(() => Int) suggestions!: number;
  @Field(() => Int) connections!: number;
  @Field(() => Int) buyerGroups!: number;
}

@Resolver()
export class PlatformResolver {
  constructor(private readonly platform: PlatformService) {}

  @Query(() => PlatformStatsModel)
  platformStats(): Promise<PlatformStats> {
    return this.platform.stats();
  }

  @Mutation(() => Boolean, { description: 'Admins only: rebuild search indexes from the database, swapping atomically.' })
  reindexSearch(@Context() ctx: GqlContext): Promise<boolean> {
    return this.platform.requestReindex(ctx.actor);
  }
}
