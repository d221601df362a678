import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('DialogueMessage')
export class DialogueMessageModel {
  @Field(() => ID) id!: string;
  @Field() body!: string;
  @Field() createdAt!: Date;
  @Field({
    description: '[C] The supplier asked for confidentiality; messages to a public buyer are public documents by default.',
  })
  confidentialityRequested!: boolean;
  @Field(() => String, { nullable: true }) confidentialityReason!: string | null;
}

@ObjectType('Dialogue', { description: '[C] The dialogue of a CONNECTED match: its two parties and admins read it.' })
export class DialogueModel {
  @Field(() => ID) id!: string;
  @Field() openedAt!: Date;
  @Field({ description: '[C] true once the match is declined or the need closed: history stays, no new messages.' })
  closed!: boolean;
}
