export * from './isolated-services';
export * from './module-env';
export * from './fixtures';
export * from './test-env';
export * from './graphql-client';
export * from './factories';
export * from './mail-capture';
export * from './webhook-receiver';
