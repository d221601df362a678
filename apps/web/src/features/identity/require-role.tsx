import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { signInPath } from '../../app/paths';
import { ErrorState, Loading } from '../../shared/states';
import { useSession } from './session';
import { sessionStore } from './session-store';
import type { Role } from '../../gql/graphql';

/** A screen for signed-in users (of the given roles): others are sent to sign in and then back here. */
export function RequireRole({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (session.status === 'loading') return <Loading />;
  if (!session.me) return <Navigate to={signInPath(location.pathname + location.search, sessionStore.ended())} replace />;
  if (roles && !roles.includes(session.me.role))
    return <ErrorState errors={[{ code: 'FORBIDDEN', message: t('errors.FORBIDDEN') }]} />;
  return <>{children}</>;
}
