export * from './data-source';
export * from './ensure-database';
export * from './transaction';
export * from './snake-naming.strategy';
export { MIGRATIONS } from './migrations';
export * from './queryable';
export * from './bulk-insert';
export * from './by-ids';
export * from './connection-errors';
