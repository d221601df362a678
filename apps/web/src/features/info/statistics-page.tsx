import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { QueryState } from '../../shared/states';
import { useTitle } from '../../shared/use-title';
import { FunnelSection } from './funnel-section';
import './info.css';

const StatsOp = graphql(`
  query InfoPlatformStats {
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

/** Public key figures and the innovation funnel (a chart with its numbers as a table). */
export function StatisticsPage() {
  const { t, i18n } = useTranslation('info');
  useTitle(t('stats.title'));
  const { data, loading, error, refetch } = useQuery(StatsOp, { fetchPolicy: 'network-only' });
  return (
    <div className="navet-stack">
      <Heading level={1} data-size="lg">
        {t('stats.title')}
      </Heading>
      <Paragraph>{t('stats.intro')}</Paragraph>
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
      <FunnelSection />
    </div>
  );
}
