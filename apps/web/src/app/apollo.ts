import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { Observable } from 'rxjs';
import { refreshAccessToken, sessionStore } from '../features/identity/session-store';

/** Called when a request stays unauthenticated after one refresh: the app sends the user to sign in. */
export type OnSignedOut = () => void;

const isUnauthenticated = (error: unknown): boolean =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');

export function createApolloClient(onSignedOut: OnSignedOut): ApolloClient {
  const auth = new SetContextLink((prev) => {
    const token = sessionStore.token();
    return token ? { headers: { ...prev.headers, authorization: `Bearer ${token}` } } : {};
  });
  // An expired access token: refresh once from the cookie and retry; otherwise the session is over.
  const retryOnce = new ErrorLink(({ error, operation, forward }) => {
    if (!isUnauthenticated(error) || operation.getContext()['retried'] || !sessionStore.token()) return;
    return new Observable<ApolloLink.Result>((observer) => {
      void refreshAccessToken().then((token) => {
        if (!token) {
          onSignedOut();
          observer.error(error);
          return;
        }
        operation.setContext({
          retried: true,
          headers: { ...operation.getContext()['headers'], authorization: `Bearer ${token}` },
        });
        forward(operation).subscribe(observer);
      });
    });
  });
  return new ApolloClient({
    link: ApolloLink.from([retryOnce, auth, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
