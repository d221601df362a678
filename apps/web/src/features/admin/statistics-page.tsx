import { useQuery } from '@apollo/client/react';
import { Heading, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { QueryState } from '../../shared/states';
import { useTitle } from '../../shared/use-title';
import { TableScroll } from './table-scroll';

const StatsOp = graphql(`
  query AdminPlatformStats {
    platformStats {
      publishedNeeds
      discoverableSuppliers
      suggestions
      connections
      buyerGroups
    }
  }
`);

const FIGURES = ['publishedNeeds', 'discoverableSuppliers', 'suggestions', 'connections', 'buyerGroups'] as const;

/** The platform's key figures as a table. */
export function StatisticsPage() {
  const { t, i18n } = useTranslation('admin');
  useTitle(t('stats.title'));
  const { data, loading, error, refetch } = useQuery(StatsOp, { fetchPolicy: 'cache-and-network' });
  return (
    <div className="admin-section">
      <Heading level={1} data-size="lg">
        {t('stats.title')}
      </Heading>
      <QueryState loading={loading} error={error} data={data?.platformStats} onRetry={() => void refetch()}>
        {(stats) => (
          <TableScroll label={t('stats.caption')}>
            <Table zebra>
              <caption>{t('stats.caption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('stats.metric')}</Table.HeaderCell>
                  <Table.HeaderCell className="admin-number">{t('stats.value')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {FIGURES.map((f) => (
                  <Table.Row key={f}>
                    <Table.HeaderCell scope="row">{t(`stats.${f}`)}</Table.HeaderCell>
                    <Table.Cell className="admin-number">{stats[f].toLocaleString(i18n.language)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </QueryState>
    </div>
  );
}
