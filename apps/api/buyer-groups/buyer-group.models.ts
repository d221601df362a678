import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BUYER_GROUP_PROPOSAL_STATUSES, BuyerGroupProposalStatus } from '@navet/buyer-groups';
import { ScoreComponentModel } from '../matching/match.models';
import { BuyerGroupModel, NeedModel } from '../needs/need.models';

export const BuyerGroupProposalStatusEnum = Object.fromEntries(BUYER_GROUP_PROPOSAL_STATUSES.map((s) => [s, s])) as {
  [K in BuyerGroupProposalStatus]: K;
};
registerEnumType(BuyerGroupProposalStatusEnum, { name: 'BuyerGroupProposalStatus' });

@ObjectType('SimilarNeed')
export class SimilarNeedModel {
  @Field(() => NeedModel) need!: NeedModel;
  @Field(() => Float) score!: number;
  @Field(() => [ScoreComponentModel]) components!: ScoreComponentModel[];
}

@ObjectType('BuyerGroupProposal')
export class BuyerGroupProposalModel {
  @Field(() => ID) id!: string;
  @Field(() => NeedModel) fromNeed!: NeedModel;
  @Field(() => NeedModel) toNeed!: NeedModel;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => BuyerGroupProposalStatusEnum) status!: BuyerGroupProposalStatus;
  @Field(() => BuyerGroupModel, { nullable: true }) group!: BuyerGroupModel | null;
  @Field() createdAt!: Date;
}
