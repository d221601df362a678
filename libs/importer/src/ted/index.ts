export * from './ted-records';
export * from './ted-mapping';
export * from './seed-text';
export * from './focus-areas';
export * from './organization-plan';
