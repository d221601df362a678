import { IDENTITY_ENTITIES } from '@navet/identity';
import { NEEDS_ENTITIES } from '@navet/needs';
import { SUPPLIERS_ENTITIES } from '@navet/suppliers';

/** Every TypeORM entity, for the data sources of both apps and the test harness. */
export const ALL_ENTITIES = [...IDENTITY_ENTITIES, ...NEEDS_ENTITIES, ...SUPPLIERS_ENTITIES];
