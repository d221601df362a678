import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CpvCode')
export class CpvCodeModel {
  @Field() code!: string;
  @Field() labelSv!: string;
  @Field() labelEn!: string;
  @Field(() => String, { nullable: true }) parentCode!: string | null;
  @Field(() => Int, { description: '1 = division (XX000000) ... 5 = most specific.' }) level!: number;
}

@ObjectType('Region')
export class RegionModel {
  @Field() code!: string;
  @Field({ description: 'Swedish name where known, else the code.' }) name!: string;
  @Field(() => Int, { description: '0 = country, 1-3 = NUTS level.' }) level!: number;
  @Field(() => String, { nullable: true }) parentCode!: string | null;
}
