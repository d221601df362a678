import { useQuery } from '@apollo/client/react';
import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { QueryState } from '../../shared/states';
import './info.css';

const PlatformStatsOp = graphql(`
  query PlatformFigures {
    platformStats {
      publishedNeeds
      discoverableSuppliers
      suggestions
      connections
      buyerGroups
    }
  }
`);

const MEASURES = ['publishedNeeds', 'discoverableSuppliers', 'suggestions', 'connections', 'buyerGroups'] as const;

/** The platform's key figures as a table: the public statistics page and the admin's show the same one. */
export function PlatformFigures() {
  const { t, i18n } = useTranslation('info');
  const { data, loading, error, refetch } = useQuery(PlatformStatsOp, { fetchPolicy: 'network-only' });
  return (
    <QueryState loading={loading} error={error} data={data?.platformStats} onRetry={() => void refetch()}>
      {(stats) => (
        <Table>
          <caption>{t('stats.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('stats.measure')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('stats.value')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {MEASURES.map((m) => (
              <Table.Row key={m}>
                <Table.HeaderCell scope="row">{t(`stats.${m}`)}</Table.HeaderCell>
                <Table.Cell className="navet-number">{stats[m].toLocaleString(i18n.language)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </QueryState>
  );
}
