import { useQuery } from '@apollo/client/react';
import { Button, Heading, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Empty, QueryState } from '../../shared/states';
import { TableScroll } from './table-scroll';

const HistoryOp = graphql(`
  query AdminCriteriaHistory {
    matchCriteriaHistory {
      version
      note
      createdAt
      createdBy {
        id
        name
      }
    }
    criteriaEvaluationRuns(first: 10) {
      id
      status
      activeVersion
      createdAt
      result {
        ndcgAt10
      }
    }
  }
`);

/** Every activated version (who, when, why) and the latest replays, each of which can be opened again. */
export function CriteriaHistory({ onShowRun }: { onShowRun: (id: string) => void }) {
  const { t, i18n } = useTranslation('admin');
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  const { data, loading, error, refetch } = useQuery(HistoryOp, { fetchPolicy: 'cache-and-network' });
  return (
    <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
      {({ matchCriteriaHistory: history, criteriaEvaluationRuns: runs }) => (
        <div className="admin-columns">
          <section className="admin-section" aria-labelledby="admin-history">
            <Heading level={2} data-size="md" id="admin-history">
              {t('criteria.historyTitle')}
            </Heading>
            <TableScroll label={t('criteria.historyTitle')}>
              <Table zebra data-size="sm">
                <caption className="admin-visually-hidden">{t('criteria.historyTitle')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('criteria.version')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('criteria.createdAt')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('criteria.createdBy')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('criteria.note')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {history.map((c) => (
                    <Table.Row key={c.version}>
                      <Table.Cell>{c.version}</Table.Cell>
                      <Table.Cell>{when(c.createdAt)}</Table.Cell>
                      <Table.Cell>{c.createdBy?.name ?? t('criteria.system')}</Table.Cell>
                      <Table.Cell>{c.note ?? '–'}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          </section>
          <section className="admin-section" aria-labelledby="admin-runs">
            <Heading level={2} data-size="md" id="admin-runs">
              {t('criteria.runsTitle')}
            </Heading>
            {runs.length === 0 ? (
              <Empty>{t('criteria.noRuns')}</Empty>
            ) : (
              <TableScroll label={t('criteria.runsTitle')}>
                <Table zebra data-size="sm">
                  <caption className="admin-visually-hidden">{t('criteria.runsTitle')}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{t('criteria.createdAt')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('criteria.runStatus')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('criteria.metrics.ndcgAt10')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('criteria.open')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {runs.map((r) => (
                      <Table.Row key={r.id}>
                        <Table.Cell>{when(r.createdAt)}</Table.Cell>
                        <Table.Cell>{t(`criteria.status.${r.status}`)}</Table.Cell>
                        <Table.Cell>
                          {r.result ? r.result.ndcgAt10.toLocaleString(i18n.language, { maximumFractionDigits: 3 }) : '–'}
                        </Table.Cell>
                        <Table.Cell>
                          <Button
                            variant="tertiary"
                            data-size="sm"
                            aria-label={t('criteria.openRun', { at: when(r.createdAt) })}
                            onClick={() => onShowRun(r.id)}
                          >
                            {t('criteria.open')}
                          </Button>
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </TableScroll>
            )}
          </section>
        </div>
      )}
    </QueryState>
  );
}
