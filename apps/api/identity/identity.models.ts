import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import type { OrganizationKind, Role } from '@navet/identity';
import { OrganizationKindEnum, RoleEnum } from '../graphql/enums';

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => OrganizationKindEnum) kind!: OrganizationKind;
  @Field(() => String, { nullable: true }) organizationNumber!: string | null;
  @Field() countryCode!: string;
  @Field(() => String, { nullable: true }) regionCode!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field({ description: 'Public buyers must be verified by an admin before they can publish needs.' }) verified!: boolean;
  // contactEmailConfirmed is resolved in organization-fields.resolver.ts (admins and members only).
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() name!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field({ description: '[E] Whether the user confirmed their e-mail address with the link sent at registration.' })
  emailConfirmed!: boolean;
  organizationId!: string;
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field() accessToken!: string;
  @Field(() => UserModel) user!: UserModel;
}

@InputType()
export class RegisterOrganizationInput {
  @Field() organizationName!: string;
  @Field(() => OrganizationKindEnum, { description: 'PUBLIC_BUYER or SUPPLIER; PLATFORM is refused with BAD_USER_INPUT.' })
  kind!: OrganizationKind;
  @Field(() => String, { nullable: true }) organizationNumber?: string | null;
  @Field(() => String, { nullable: true, defaultValue: 'SE' }) countryCode?: string | null;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field() userName!: string;
  @Field() email!: string;
  @Field({ description: 'At least 12 characters.' }) password!: string;
}

@InputType()
export class LoginInput {
  @Field() email!: string;
  @Field() password!: string;
}
