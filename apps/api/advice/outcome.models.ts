import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import type { NeedOutcomeResult } from '@navet/needs';
import { NeedOutcomeResultEnum } from '../graphql/enums';

@InputType()
export class NeedOutcomeInput {
  @Field(() => NeedOutcomeResultEnum) result!: NeedOutcomeResult;
  @Field({ description: 'What happened, for the buyers who come after.' }) summary!: string;
  @Field(() => String, { nullable: true }) lessonsLearned?: string | null;
  @Field(() => [ID], {
    nullable: true,
    defaultValue: [],
    description: 'SupplierProfile ids of the suppliers contracted, if any.',
  })
  contractedSupplierIds?: string[] | null;
}

@ObjectType('NeedOutcome')
export class NeedOutcomeModel {
  @Field(() => NeedOutcomeResultEnum) result!: NeedOutcomeResult;
  @Field() summary!: string;
  @Field(() => String, { nullable: true }) lessonsLearned!: string | null;
  @Field() recordedAt!: Date;
}
