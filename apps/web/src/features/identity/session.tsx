import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { graphql } from '../../gql';
import type { MeQuery } from '../../gql/graphql';
import { forgetSession, keepSession, refreshAccessToken, sessionStore } from './session-store';

const MeOp = graphql(`
  query Me {
    me {
      id
      email
      name
      role
      emailConfirmed
      organization {
        id
        name
        kind
        verified
      }
    }
  }
`);

export type Me = NonNullable<MeQuery['me']>;

interface Session {
  /** 'loading' until the page load's refresh has answered. */
  status: 'loading' | 'signedIn' | 'signedOut';
  me: Me | null;
  signIn(token: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [token, setToken] = useState(sessionStore.token());
  const [restored, setRestored] = useState(false);
  useEffect(() => sessionStore.subscribe(setToken), []);
  useEffect(() => {
    void refreshAccessToken().finally(() => setRestored(true));
  }, []);
  const me = useQuery(MeOp, { skip: !token, fetchPolicy: 'network-only' });

  const signIn = useCallback(
    async (newToken: string) => {
      await keepSession(newToken);
      // Another user's cached answers must go; queries refetch as their screens mount. A query that was in
      // flight when the token changed is aborted by the reset, which is expected here, not a failure.
      await client.resetStore().catch(() => undefined);
    },
    [client],
  );
  const signOut = useCallback(async () => {
    await forgetSession();
    await client.clearStore().catch(() => undefined);
  }, [client]);

  const value = useMemo<Session>(() => {
    const user = token ? (me.data?.me ?? null) : null;
    const status = !restored || (token && me.loading && !me.data) ? 'loading' : user ? 'signedIn' : 'signedOut';
    return { status, me: user, signIn, signOut };
  }, [token, restored, me.data, me.loading, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
