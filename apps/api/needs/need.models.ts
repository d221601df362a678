import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { NeedStatus, ProcurementStage } from '@navet/needs';
import type { FocusArea, SolutionReadiness } from '@navet/reference';
import { OrganizationModel } from '../identity/identity.models';
import { FocusAreaEnum, NeedStatusEnum, ProcurementStageEnum, SolutionReadinessEnum } from '../graphql/enums';

@ObjectType('Clarification')
export class ClarificationModel {
  @Field(() => ID) id!: string;
  @Field() question!: string;
  @Field() answer!: string;
  @Field() publishedAt!: Date;
}

@ObjectType('BuyerGroup')
export class BuyerGroupModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [NeedModel]) needs!: NeedModel[];
  @Field(() => [OrganizationModel]) members!: OrganizationModel[];
  @Field() createdAt!: Date;
}

@ObjectType('Need')
export class NeedModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field({ description: 'The problem, described as a need, not as a solution.' }) description!: string;
  @Field(() => [String]) desiredOutcomes!: string[];
  @Field() language!: string;
  @Field(() => [FocusAreaEnum]) focusAreas!: FocusArea[];
  @Field(() => SolutionReadinessEnum) readiness!: SolutionReadiness;
  @Field(() => Int, {
    nullable: true,
    description: 'Whole SEK; null when unknown or above 2^31 - 1 (GraphQL Int): read estimatedValueSekBig for any value.',
  })
  estimatedValueSek!: number | null;
  @Field(() => Date, { nullable: true, description: 'Last day for suppliers to express interest; null = open until closed.' })
  dialogueDeadline!: Date | null;
  @Field(() => NeedStatusEnum) status!: NeedStatus;
  @Field(() => ProcurementStageEnum) stage!: ProcurementStage;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Int, { description: 'Incremented on every change; pass it back as expectedVersion.' }) version!: number;
}

@InputType()
export class CreateNeedInput {
  @Field() title!: string;
  @Field() summary!: string;
  @Field() description!: string;
  @Field(() => [String], { nullable: true, defaultValue: [] }) desiredOutcomes?: string[] | null;
  @Field(() => String, { nullable: true, defaultValue: 'sv' }) language?: string | null;
  @Field(() => [String], { description: 'At least one valid CPV code.' }) cpvCodes!: string[];
  @Field(() => [String], { description: 'At least one region code.' }) regionCodes!: string[];
  @Field(() => [FocusAreaEnum], { nullable: true, defaultValue: [] }) focusAreas?: FocusArea[] | null;
  @Field(() => SolutionReadinessEnum, { nullable: true, defaultValue: 'NEEDS_ADAPTATION' }) readiness?: SolutionReadiness | null;
  @Field(() => Int, { nullable: true }) estimatedValueSek?: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Whole SEK up to 2^53 - 1, for values above Int; give this or estimatedValueSek (both only when equal).',
  })
  estimatedValueSekBig?: number | null;
  @Field(() => Date, { nullable: true }) dialogueDeadline?: Date | null;
}

@InputType()
export class UpdateNeedInput {
  @Field(() => Int, { description: 'Optimistic concurrency: the version the client last saw; mismatch = CONFLICT.' })
  expectedVersion!: number;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true }) desiredOutcomes?: string[] | null;
  @Field(() => String, { nullable: true }) language?: string | null;
  @Field(() => [String], { nullable: true }) cpvCodes?: string[] | null;
  @Field(() => [String], { nullable: true }) regionCodes?: string[] | null;
  @Field(() => [FocusAreaEnum], { nullable: true }) focusAreas?: FocusArea[] | null;
  @Field(() => SolutionReadinessEnum, { nullable: true }) readiness?: SolutionReadiness | null;
  @Field(() => Int, { nullable: true }) estimatedValueSek?: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Whole SEK up to 2^53 - 1, for values above Int; give this or estimatedValueSek (both only when equal).',
  })
  estimatedValueSekBig?: number | null;
  @Field(() => Date, { nullable: true }) dialogueDeadline?: Date | null;
  @Field(() => ProcurementStageEnum, { nullable: true }) stage?: ProcurementStage | null;
}
