/** Jest runs TypeScript through SWC (fast, keeps decorator metadata for Nest DI). */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2023',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const libs = [
  'core',
  'config',
  'database',
  'outbox',
  'queue',
  'search',
  'identity',
  'reference',
  'needs',
  'suppliers',
  'matching',
  'notifications',
  'testing',
  'importer',
  'ledger',
  'open-data',
  'clarifications',
  'dialogue',
  'buyer-groups',
  'privacy',
  'advice',
];
const moduleNameMapper = {
  ...Object.fromEntries(libs.map((l) => [`^@navet/${l}$`, `<rootDir>/libs/${l}/src/index.ts`])),
  // Test-only entries, kept out of the production barrels.
  '^@navet/config/testing$': '<rootDir>/libs/config/src/test-support/test-services.ts',
};

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper,
  testMatch: [
    '<rootDir>/libs/**/*.spec.ts',
    '<rootDir>/libs/**/*.int-spec.ts',
    '<rootDir>/apps/**/*.spec.ts',
    '<rootDir>/apps/**/*.int-spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
    '<rootDir>/scripts/**/*.spec.ts',
    '<rootDir>/scripts/**/*.int-spec.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.data/', '<rootDir>/apps/web/'],
  // PostgreSQL, Redis and Meilisearch are found or started once per run, like `npm start` does.
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
