import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useMemo, useRef } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, useNavigate } from 'react-router';
import { SessionProvider } from '../features/identity/session';
import { i18n } from '../i18n';
import { createApolloClient } from './apollo';
import { signInPath } from './paths';
import { AppRoutes } from './router';

/** Providers, outermost first: i18n, the router, the GraphQL client, the session. */
export function App() {
  const onSignedOut = useRef<() => void>(() => undefined);
  const client = useMemo(() => createApolloClient(() => onSignedOut.current()), []);
  return (
    <I18nextProvider i18n={i18n}>
      <BrowserRouter>
        <SignedOutRedirect handler={onSignedOut} />
        <ApolloProvider client={client}>
          <SessionProvider>
            <AppRoutes />
          </SessionProvider>
        </ApolloProvider>
      </BrowserRouter>
    </I18nextProvider>
  );
}

/** A session that expired mid-use: sign in again, then come back here. */
function SignedOutRedirect({ handler }: { handler: { current: () => void } }) {
  const navigate = useNavigate();
  useEffect(() => {
    handler.current = () => {
      const here = window.location.pathname + window.location.search;
      void navigate(signInPath(here, true));
    };
  }, [handler, navigate]);
  return null;
}
