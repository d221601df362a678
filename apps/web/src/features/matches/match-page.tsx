import { useQuery } from '@apollo/client/react';
import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { ErrorState, QueryState } from '../../shared/states';
import { useTitle } from '../../shared/use-title';
import { RequireRole } from '../identity/require-role';
import { MatchCard } from './match-card';
import { SupplierMatchesOp } from './match-fields';

/** The API's cap on one page of myMatches: the screen looks the match up among the supplier's own. */
const ALL = 200;

function SupplierMatch() {
  const { t } = useTranslation('matches');
  const { id } = useParams();
  const { data, loading, error, refetch } = useQuery(SupplierMatchesOp, {
    variables: { first: ALL, offset: 0, status: null },
    fetchPolicy: 'cache-and-network',
  });
  const match = data?.myMatches.find((m) => m.id === id);
  useTitle(match?.need.title ?? t('title'));
  return (
    <div className="navet-stack">
      <Link asChild>
        <RouterLink to={paths.supplierMatches}>{t('back')}</RouterLink>
      </Link>
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {() =>
          match ? (
            <MatchCard match={match} headingLevel={1} />
          ) : (
            <ErrorState errors={[{ code: 'NOT_FOUND', message: t('notFound') }]} />
          )
        }
      </QueryState>
    </div>
  );
}

export function MatchPage() {
  return (
    <RequireRole roles={['SUPPLIER']}>
      <SupplierMatch />
    </RequireRole>
  );
}
