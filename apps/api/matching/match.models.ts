import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { MatchSignal, MatchStatus } from '@navet/matching';
import { MatchSignalEnum, MatchStatusEnum } from '../graphql/enums';
import { UserModel } from '../identity/identity.models';

@ObjectType('ScoreComponent')
export class ScoreComponentModel {
  @Field(() => MatchSignalEnum) signal!: MatchSignal;
  @Field(() => Float) weight!: number;
  @Field(() => Float, { description: "The signal's own value in [0,1]." }) value!: number;
  @Field(() => Float, { description: "weight * value; the components' contributions add up to the score." })
  contribution!: number;
  @Field({ description: "Human-readable reason, e.g. 'CPV 72212000 shares class 7221 with 72210000'." }) detail!: string;
}

@ObjectType('MatchSuggestion')
export class MatchSuggestionModel {
  @Field(() => ID) id!: string;
  @Field(() => Float, { description: 'In [0,1].' }) score!: number;
  @Field(() => [ScoreComponentModel]) components!: ScoreComponentModel[];
  @Field({ description: 'One sentence on why this match was made.' }) explanation!: string;
  @Field(() => MatchStatusEnum) status!: MatchStatus;
  @Field() supplierInterested!: boolean;
  @Field() buyerInvited!: boolean;
  @Field(() => String, { nullable: true, description: "[C] The supplier's message with its interest (the parties see it)." })
  interestMessage!: string | null;
  @Field(() => String, { nullable: true, description: "[C] The buyer's message with its invitation (the parties see it)." })
  invitationMessage!: string | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('MatchWeights')
export class MatchWeightsModel {
  @Field(() => Float) text!: number;
  @Field(() => Float) cpv!: number;
  @Field(() => Float) region!: number;
  @Field(() => Float) focusArea!: number;
  @Field(() => Float) readiness!: number;
  @Field(() => Float) feedback!: number;
}

@ObjectType('MatchCriteria')
export class MatchCriteriaModel {
  @Field(() => Int) version!: number;
  @Field(() => MatchWeightsModel) weights!: MatchWeightsModel;
  @Field(() => Float, { description: 'Suggestions below this score are not stored or notified.' }) minScore!: number;
  @Field(() => Int) maxSuggestionsPerNeed!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Float, { description: '[C] Similar needs of other buyers at or above this score are told to both buyers.' })
  similarNeedMinScore!: number;
  @Field() createdAt!: Date;
  @Field(() => UserModel, { nullable: true }) createdBy?: UserModel | null;
}

@InputType()
export class MatchWeightsInput {
  @Field(() => Float) text!: number;
  @Field(() => Float) cpv!: number;
  @Field(() => Float) region!: number;
  @Field(() => Float) focusArea!: number;
  @Field(() => Float) readiness!: number;
  @Field(() => Float) feedback!: number;
}

@InputType()
export class MatchCriteriaInput {
  @Field(() => MatchWeightsInput) weights!: MatchWeightsInput;
  @Field(() => Float) minScore!: number;
  @Field(() => Int) maxSuggestionsPerNeed!: number;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Float, { nullable: true, description: "[C] Omitted: the active version's threshold is kept." })
  similarNeedMinScore?: number | null;
}

@ObjectType('CriteriaEvaluation')
export class CriteriaEvaluationModel {
  @Field(() => Int, { description: 'Labelled needs replayed (from CONNECTED/INTERESTED/DECLINED outcomes and ratings).' })
  evaluatedNeeds!: number;
  @Field(() => Float) hitAt10!: number;
  @Field(() => Float) mrr!: number;
  @Field(() => Float) ndcgAt10!: number;
  @Field(() => Float, { description: 'Share of discoverable suppliers that appear in at least one top-10.' }) coverage!: number;
}
