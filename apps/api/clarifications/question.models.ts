import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { QuestionStatus } from '@navet/clarifications';
import { QuestionStatusEnum } from '../graphql/enums';

/** need, askedBy and clarification are resolved in QuestionFieldsResolver. */
@ObjectType('Question', { description: "[C] A supplier's question on a need. Other suppliers never learn who asked." })
export class QuestionModel {
  @Field(() => ID) id!: string;
  @Field() question!: string;
  @Field(() => QuestionStatusEnum) status!: QuestionStatus;
  @Field() askedAt!: Date;
}
