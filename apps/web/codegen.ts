import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the schema the API emits (`schema.graphql`, committed; `npm run schema:emit`
 * rewrites it and CI fails when it is stale). The generated `src/gql/` is build output, not committed.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        skipTypename: false,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
  silent: true,
};
export default config;
