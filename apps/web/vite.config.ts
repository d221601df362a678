import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const api = process.env.NAVET_API_URL ?? 'http://localhost:3000';

/**
 * The production build goes to ../../dist/web, which the API serves (one origin, no CORS).
 * `npm run dev:web` proxies the API's routes to a running `npm start`.
 */
export default defineConfig({
  plugins: [react()],
  // The repository root pins React 18 for GraphiQL; the web app and every library it bundles use this
  // workspace's React 19.
  resolve: { dedupe: ['react', 'react-dom', 'react/jsx-runtime'] },
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
        '/open-data',
        '/ledger',
        '/unsubscribe',
      ].map((p) => [p, api]),
    ),
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    // Libraries in the root node_modules would load the root's React 18 through Node; inlined, Vite
    // resolves them with `dedupe` to this workspace's React 19 (component tests need one React).
    server: { deps: { inline: ['react-i18next', /@digdir/] } },
  },
});
