import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Alert, Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Empty, ErrorState, QueryState } from '../../shared/states';
import { downloadLedger } from './ledger-export';
import './ledger.css';

const NeedLedgerOp = graphql(`
  query BuyerNeedLedger($needId: ID!) {
    needLedger(needId: $needId) {
      sequence
      at
      action
      summary
      hash
      actorOrganization {
        id
        name
      }
    }
  }
`);

const VerifyOp = graphql(`
  query BuyerVerifyNeedLedger($needId: ID!) {
    verifyNeedLedgerDetail(needId: $needId) {
      valid
      length
      firstBrokenSequence
      headHash
    }
  }
`);

const PAGE = 50;

/** The need's ledger: entries (newest first, capped), verification, and the exports for the procurement file. */
export function LedgerPanel({ needId }: { needId: string }) {
  const { t, i18n } = useTranslation('ledger');
  const [shown, setShown] = useState(PAGE);
  const [exportError, setExportError] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(NeedLedgerOp, { variables: { needId }, fetchPolicy: 'network-only' });
  const [verify, verification] = useLazyQuery(VerifyOp, { fetchPolicy: 'network-only' });
  const v = verification.data?.verifyNeedLedgerDetail;
  const download = (format: 'csv' | 'json') => {
    setExportError(null);
    downloadLedger(needId, format).catch((e: unknown) => setExportError(t('exportFailed', { status: String(e) })));
  };
  return (
    <div className="navet-stack">
      <Paragraph>{t('intro')}</Paragraph>
      <div className="navet-row">
        <Button variant="secondary" loading={verification.loading} onClick={() => void verify({ variables: { needId } })}>
          {t('verify')}
        </Button>
        <Button variant="tertiary" onClick={() => download('csv')}>
          {t('exportCsv')}
        </Button>
        <Button variant="tertiary" onClick={() => download('json')}>
          {t('exportJson')}
        </Button>
      </div>
      {v && (
        <Alert data-color={v.valid ? 'success' : 'danger'} role="status">
          <Paragraph>
            {v.valid ? t('valid', { length: v.length }) : t('broken', { sequence: v.firstBrokenSequence ?? 0 })}
          </Paragraph>
          {v.headHash && <Paragraph className="ledger-hash">{t('head', { hash: v.headHash })}</Paragraph>}
        </Alert>
      )}
      {verification.error && <ErrorState error={verification.error} />}
      {exportError && <Alert data-color="danger">{exportError}</Alert>}
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {(d) => {
          if (d.needLedger.length === 0) return <Empty>{t('empty')}</Empty>;
          const entries = [...d.needLedger].sort((a, b) => b.sequence - a.sequence);
          return (
            <>
              <div className="ledger-scroll" tabIndex={0} role="region" aria-label={t('table')}>
                <Table data-size="sm">
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{t('cols.sequence')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('cols.at')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('cols.action')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('cols.actor')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('cols.summary')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {entries.slice(0, shown).map((e) => (
                      <Table.Row key={e.sequence}>
                        <Table.Cell>{e.sequence}</Table.Cell>
                        <Table.Cell>{new Date(e.at).toLocaleString(i18n.language)}</Table.Cell>
                        <Table.Cell>{e.action}</Table.Cell>
                        <Table.Cell>{e.actorOrganization?.name ?? t('navet')}</Table.Cell>
                        <Table.Cell>{e.summary}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
              {entries.length > shown && (
                <div>
                  <Button variant="secondary" onClick={() => setShown(shown + PAGE)}>
                    {t('showMore')}
                  </Button>
                </div>
              )}
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
