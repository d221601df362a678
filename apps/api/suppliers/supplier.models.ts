import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { CompanySize, FocusArea, SolutionReadiness } from '@navet/reference';
import { CompanySizeEnum, FocusAreaEnum, SolutionReadinessEnum } from '../graphql/enums';

@ObjectType('SupplierReference')
export class SupplierReferenceModel {
  @Field() title!: string;
  @Field() customer!: string;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => String, { nullable: true }) description!: string | null;
}

@ObjectType('SupplierProfile')
export class SupplierProfileModel {
  @Field(() => ID) id!: string;
  @Field() headline!: string;
  @Field({ description: 'Capabilities in free text.' }) description!: string;
  @Field(() => [String]) offerings!: string[];
  @Field(() => [FocusAreaEnum]) focusAreas!: FocusArea[];
  @Field(() => CompanySizeEnum) companySize!: CompanySize;
  @Field(() => SolutionReadinessEnum) readiness!: SolutionReadiness;
  @Field(() => [SupplierReferenceModel]) references!: SupplierReferenceModel[];
  @Field(() => [String]) languages!: string[];
  @Field({ description: 'false = hidden from search and matching.' }) discoverable!: boolean;
  @Field() updatedAt!: Date;
}

@InputType()
export class SupplierReferenceInput {
  @Field() title!: string;
  @Field() customer!: string;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class UpsertSupplierProfileInput {
  @Field() headline!: string;
  @Field() description!: string;
  @Field(() => [String], { nullable: true, defaultValue: [] }) offerings?: string[] | null;
  @Field(() => [String]) cpvCodes!: string[];
  @Field(() => [String]) regionCodes!: string[];
  @Field(() => [FocusAreaEnum], { nullable: true, defaultValue: [] }) focusAreas?: FocusArea[] | null;
  @Field(() => CompanySizeEnum) companySize!: CompanySize;
  @Field(() => SolutionReadinessEnum, { nullable: true, defaultValue: 'MARKET_READY' }) readiness?: SolutionReadiness | null;
  @Field(() => [SupplierReferenceInput], { nullable: true, defaultValue: [] }) references?: SupplierReferenceInput[] | null;
  @Field(() => [String], { nullable: true, defaultValue: ['sv'] }) languages?: string[] | null;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) discoverable?: boolean | null;
  @Field() contactEmail!: string;
}
