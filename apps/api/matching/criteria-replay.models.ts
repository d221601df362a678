import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EVALUATION_STATUSES } from '@navet/matching';
import { CriteriaEvaluationModel, MatchWeightsModel } from './match.models';

export const EvaluationStatusEnum = Object.fromEntries(EVALUATION_STATUSES.map((s) => [s, s])) as {
  [S in (typeof EVALUATION_STATUSES)[number]]: S;
};
registerEnumType(EvaluationStatusEnum, { name: 'EvaluationStatus' });

@ObjectType('CriteriaEvaluationRun')
export class CriteriaEvaluationRunModel {
  @Field(() => ID) id!: string;
  @Field(() => EvaluationStatusEnum) status!: string;
  @Field(() => Float, { description: 'In [0,1].' }) progress!: number;
  @Field(() => MatchWeightsModel, { description: 'The candidate criteria being replayed.' }) weights!: MatchWeightsModel;
  @Field(() => Float) minScore!: number;
  @Field(() => Int) maxSuggestionsPerNeed!: number;
  @Field(() => CriteriaEvaluationModel, { nullable: true, description: "The candidate's figures, once DONE." })
  result!: CriteriaEvaluationModel | null;
  @Field(() => CriteriaEvaluationModel, {
    nullable: true,
    description: "The active criteria's figures over the same needs, for comparison, once DONE.",
  })
  activeResult!: CriteriaEvaluationModel | null;
  @Field(() => Int, { description: 'The active criteria version it was compared with.' }) activeVersion!: number;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}
