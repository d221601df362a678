import { fileURLToPath } from 'node:url';
import babel from '@rolldown/plugin-babel';
import react from '@vitejs/plugin-react';
import { babelOptimizerPlugin as graphqlDocuments } from '@graphql-codegen/client-preset';
import { defineConfig } from 'vitest/config';

const api = process.env.NAVET_API_URL ?? 'http://localhost:3000';
const workspaceModule = (name: string): string => fileURLToPath(new URL(`./node_modules/${name}`, import.meta.url));

/**
 * The production build goes to ../../dist/web, which the API serves (one origin, no CORS).
 * `npm run dev:web` proxies the API's routes to a running `npm start`.
 */
export default defineConfig({
  plugins: [
    react(),
    // `graphql(\`query X …\`)` becomes an import of X's document alone (the codegen's own Babel plugin);
    // otherwise the generated lookup table would put every operation of the app in the first bundle.
    babel({
      include: [/[\\/]src[\\/].*\.tsx?$/],
      exclude: [/[\\/]src[\\/]gql[\\/]/, /node_modules/],
      parserOpts: { plugins: ['typescript', 'jsx'] },
      plugins: [
        [graphqlDocuments, { artifactDirectory: fileURLToPath(new URL('./src/gql', import.meta.url)), gqlTagName: 'graphql' }],
      ],
      sourceMap: true,
    }),
  ],
  // The repository root pins React 18 for GraphiQL; the web app and every library it bundles use this
  // workspace's React 19.
  resolve: {
    dedupe: ['react', 'react-dom', 'react/jsx-runtime'],
    alias: [
      { find: /^react$/, replacement: workspaceModule('react') },
      { find: /^react\/(.*)$/, replacement: `${workspaceModule('react')}/$1` },
      { find: /^react-dom$/, replacement: workspaceModule('react-dom') },
      { find: /^react-dom\/(.*)$/, replacement: `${workspaceModule('react-dom')}/$1` },
      // Only the Designsystemet web behaviours Navet uses (see the file).
      {
        find: /^@digdir\/designsystemet-web$/,
        replacement: fileURLToPath(new URL('./src/shared/designsystemet-web.ts', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Styles as files: the Content-Security-Policy allows no inline <style>.
    cssCodeSplit: true,
    rolldownOptions: {
      // Designsystemet's React package declares no `sideEffects`, and its `Component.displayName = …`
      // lines keep every component in the first bundle. Its modules are pure; its web components
      // (@digdir/designsystemet-web) and CSS keep their side effects.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/@digdir/designsystemet-react/') },
    },
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    strictPort: true,
    proxy: Object.fromEntries(
      // The ledger exports (/needs/:id/ledger.csv|json) share /needs with the app's own screens: only they go to the API.
      [
        '^/needs/[^/]+/ledger\\.(csv|json)$',
        '/graphql',
        '/auth',
        '/stats',
        '/health',
        '/admin/queues',
        '/ocds',
        '/notifications/unsubscribe',
      ].map((p) => [p, api]),
    ),
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    // Libraries in the root node_modules (Apollo, react-i18next, Designsystemet) would load the root's
    // React 18 through Node: inlined and aliased, every import of React is this workspace's React 19.
    server: { deps: { inline: [/@apollo/, 'react-i18next', /@digdir/] } },
  },
});
