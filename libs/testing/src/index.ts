export * from './test-env';
export * from './graphql-client';
export * from './factories';
