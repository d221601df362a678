import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { validateFirst } from '@navet/core';
import { CpvEntry, ReferenceCatalogue, RegionEntry } from '@navet/reference';
import { CpvCodeModel, RegionModel } from './reference.models';

@Resolver()
export class ReferenceResolver {
  constructor(private readonly catalogue: ReferenceCatalogue) {}

  @Query(() => CpvCodeModel, { nullable: true })
  cpvCode(@Args('code') code: string): CpvEntry | null {
    return this.catalogue.cpv(code) ?? null;
  }

  @Query(() => [CpvCodeModel])
  searchCpvCodes(@Args('query') query: string, @Args('first', { type: () => Int, defaultValue: 20 }) first: number): CpvEntry[] {
    return this.catalogue.searchCpv(query, validateFirst(first, 100));
  }

  @Query(() => [RegionModel])
  regions(): RegionEntry[] {
    return this.catalogue.regions();
  }
}
