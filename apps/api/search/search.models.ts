import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Need, ProcurementStage } from '@navet/needs';
import { NEED_SEARCH_SORTS, NeedSearchSort } from '@navet/search';
import type { CompanySize, FocusArea, SolutionReadiness } from '@navet/reference';
import type { SupplierProfile } from '@navet/suppliers';
import { CompanySizeEnum, FocusAreaEnum, ProcurementStageEnum, SolutionReadinessEnum } from '../graphql/enums';
import { NeedModel } from '../needs/need.models';
import { SupplierProfileModel } from '../suppliers/supplier.models';

@InputType()
export class NeedSearchFilter {
  @Field(() => [String], { nullable: true }) cpvPrefixes?: string[] | null;
  @Field(() => [String], { nullable: true }) regionCodes?: string[] | null;
  @Field(() => [FocusAreaEnum], { nullable: true }) focusAreas?: FocusArea[] | null;
  @Field(() => [SolutionReadinessEnum], { nullable: true }) readiness?: SolutionReadiness[] | null;
  @Field(() => ID, { nullable: true, description: 'An Organization id.' }) buyerId?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: dialogue deadline unset or still ahead; false: deadline passed; null/omitted: either.',
  })
  openForDialogue?: boolean | null;
  @Field(() => Float, { nullable: true, description: 'Whole SEK, inclusive; needs without a value are left out.' })
  minValueSek?: number | null;
  @Field(() => Float, { nullable: true, description: 'Whole SEK, inclusive; needs without a value are left out.' })
  maxValueSek?: number | null;
  @Field(() => [ProcurementStageEnum], { nullable: true }) stages?: ProcurementStage[] | null;
  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes such as "sv", "en".' }) languages?: string[] | null;
}

export const NeedSearchSortEnum = Object.fromEntries(NEED_SEARCH_SORTS.map((v) => [v, v])) as { [K in NeedSearchSort]: K };
registerEnumType(NeedSearchSortEnum, {
  name: 'NeedSearchSort',
  description:
    'RELEVANCE (default; newest first without words), NEWEST (published), DEADLINE_SOONEST (needs without a deadline last; passed deadlines first unless openForDialogue: true), VALUE_HIGHEST (needs without a value last).',
});

@InputType()
export class SupplierSearchFilter {
  @Field(() => [String], { nullable: true }) cpvPrefixes?: string[] | null;
  @Field(() => [String], { nullable: true }) regionCodes?: string[] | null;
  @Field(() => [FocusAreaEnum], { nullable: true }) focusAreas?: FocusArea[] | null;
  @Field(() => [CompanySizeEnum], { nullable: true }) companySizes?: CompanySize[] | null;
}

@ObjectType('FacetValue')
export class FacetValueModel {
  @Field() value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('Facet', {
  description: 'Facet fields: focusAreas, regionCodes, cpvDivisions (2-digit), readiness (needs), companySize (suppliers).',
})
export class FacetModel {
  @Field() field!: string;
  @Field(() => [FacetValueModel]) values!: FacetValueModel[];
}

@ObjectType('NeedSearchHit')
export class NeedSearchHitModel {
  @Field(() => NeedModel) need!: Need;
  @Field(() => Float, { description: 'Relevance in [0,1].' }) rankingScore!: number;
}

@ObjectType('NeedSearchResult')
export class NeedSearchResultModel {
  @Field(() => [NeedSearchHitModel]) hits!: NeedSearchHitModel[];
  @Field(() => Int) totalHits!: number;
  @Field(() => [FacetModel]) facets!: FacetModel[];
}

@ObjectType('SupplierSearchHit')
export class SupplierSearchHitModel {
  @Field(() => SupplierProfileModel) supplier!: SupplierProfile;
  @Field(() => Float) rankingScore!: number;
}

@ObjectType('SupplierSearchResult')
export class SupplierSearchResultModel {
  @Field(() => [SupplierSearchHitModel]) hits!: SupplierSearchHitModel[];
  @Field(() => Int) totalHits!: number;
  @Field(() => [FacetModel]) facets!: FacetModel[];
}
