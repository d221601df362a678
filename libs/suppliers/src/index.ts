export * from './domain/supplier-profile';
export * from './domain/profile-input';
export * from './suppliers.service';
export * from './suppliers.module';
export { SupplierProfileEntity } from './persistence/supplier-profile.entity';
export { toSupplierProfile } from './persistence/supplier-profile.mapper';

import { SupplierProfileEntity } from './persistence/supplier-profile.entity';
export const SUPPLIERS_ENTITIES = [SupplierProfileEntity];
export * from './persistence/supplier-profile.reader';
export * from './persistence/supplier-profile-bulk.writer';
export * from './persistence/profile-privacy.store';
