import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LedgerEntry', {
  description: 'Append-only, hash-chained record of every contact between buyer and suppliers on a need.',
})
export class LedgerEntryModel {
  @Field(() => Int) sequence!: number;
  @Field() at!: Date;
  @Field() action!: string;
  @Field() summary!: string;
  @Field() hash!: string;
  @Field() previousHash!: string;
  // actorOrganization: resolved in LedgerEntryFieldsResolver from actorOrganizationId.
}

@ObjectType('LedgerVerification', { description: 'Addition: the outcome of verifyNeedLedger with where the chain breaks.' })
export class LedgerVerificationModel {
  @Field({ description: "true when every entry's hash matches its content and predecessor." }) valid!: boolean;
  @Field(() => Int, { nullable: true, description: 'The first sequence that does not verify; null when valid.' })
  firstBrokenSequence!: number | null;
  @Field(() => Int) length!: number;
  @Field(() => String, { nullable: true, description: 'Hash of the last entry as stored; null for an empty ledger.' })
  headHash!: string | null;
}
