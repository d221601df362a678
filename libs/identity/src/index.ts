export * from './domain/identity';
export * from './domain/access';
export * from './domain/password';
export * from './domain/registration';
export * from './domain/organization-number';
export * from './identity.service';
export * from './identity.module';
export * from './domain/login-throttle';
export * from './token.service';
export { OrganizationEntity } from './persistence/organization.entity';
export { UserEntity } from './persistence/user.entity';
export { toOrganization } from './persistence/identity.mappers';
export * from './persistence/identity.reader';
export * from './persistence/identity-bulk.writer';

import { OrganizationEntity } from './persistence/organization.entity';
import { UserEntity } from './persistence/user.entity';
export const IDENTITY_ENTITIES = [OrganizationEntity, UserEntity];
