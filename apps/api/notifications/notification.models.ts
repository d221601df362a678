import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { NotificationType } from '@navet/notifications';
import type { FocusArea } from '@navet/reference';
import { FocusAreaEnum, NotificationTypeEnum } from '../graphql/enums';

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field(() => NotificationTypeEnum) type!: NotificationType;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => ID, { nullable: true }) needId!: string | null;
  @Field(() => ID, { nullable: true }) matchId!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}

@ObjectType('NotificationPreferences')
export class NotificationPreferencesModel {
  @Field() email!: boolean;
  @Field(() => String, { nullable: true, description: 'HTTPS endpoint receiving signed JSON events for the whole organization.' })
  webhookUrl!: string | null;
  @Field(() => Int, { description: 'At most this many NEW_MATCH notifications per user per day; the rest go into a digest.' })
  dailyMatchCap!: number;
}

@InputType()
export class NotificationPreferencesInput {
  @Field(() => Boolean, { nullable: true }) email?: boolean | null;
  @Field(() => String, { nullable: true }) webhookUrl?: string | null;
  @Field(() => Int, { nullable: true }) dailyMatchCap?: number | null;
}

@ObjectType('SavedSearch')
export class SavedSearchModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) query!: string | null;
  @Field(() => [String]) cpvPrefixes!: string[];
  @Field(() => [String]) regionCodes!: string[];
  @Field(() => [FocusAreaEnum]) focusAreas!: FocusArea[];
  @Field() createdAt!: Date;
}

@InputType()
export class SaveSearchInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) query?: string | null;
  @Field(() => [String], { nullable: true, defaultValue: [] }) cpvPrefixes?: string[] | null;
  @Field(() => [String], { nullable: true, defaultValue: [] }) regionCodes?: string[] | null;
  @Field(() => [FocusAreaEnum], { nullable: true, defaultValue: [] }) focusAreas?: FocusArea[] | null;
}
