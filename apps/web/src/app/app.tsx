import { ApolloProvider } from '@apollo/client/react';
import { useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { SessionProvider } from '../features/identity/session';
import { i18n } from '../i18n';
import { createApolloClient } from './apollo';
import { paths } from './paths';
import { createRouter } from './router';

/** Providers, outermost first: i18n, the GraphQL client, the session, the router. */
export function App() {
  const router = useMemo(createRouter, []);
  const client = useMemo(
    () =>
      // A session that expired mid-use: sign in again, then come back here.
      createApolloClient(() => {
        const here = window.location.pathname + window.location.search;
        void router.navigate(`${paths.signIn}?expired=1&next=${encodeURIComponent(here)}`);
      }),
    [router],
  );
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
