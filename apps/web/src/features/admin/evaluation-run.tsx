import { useQuery } from '@apollo/client/react';
import { Alert, Card, Heading, Label, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { QueryState } from '../../shared/states';
import { ActivateForm } from './activate-form';
import { ComparisonTable } from './comparison-table';
import { isRunActive, percent, POLL_MS } from './run-polling';

const RunOp = graphql(`
  query AdminCriteriaRun($id: ID!) {
    criteriaEvaluationRun(id: $id) {
      id
      status
      progress
      error
      activeVersion
      minScore
      maxSuggestionsPerNeed
      weights {
        ...AdminWeights
      }
      result {
        ndcgAt10
        mrr
        hitAt10
        coverage
        evaluatedNeeds
      }
      activeResult {
        ndcgAt10
        mrr
        hitAt10
        coverage
        evaluatedNeeds
      }
    }
  }
`);

/** One replay: its progress (asked for every 2 s until it ends), then both results side by side and activation. */
export function EvaluationRun({ id }: { id: string }) {
  const { t } = useTranslation('admin');
  const { t: tShared } = useTranslation();
  const progressId = useId();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(RunOp, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const run = data?.criteriaEvaluationRun;
  const active = isRunActive(run?.status);

  useEffect(() => {
    if (active) startPolling(POLL_MS);
    else stopPolling();
    return stopPolling;
  }, [active, startPolling, stopPolling]);

  return (
    <section className="admin-section" aria-labelledby="admin-run">
      <Heading level={2} data-size="md" id="admin-run">
        {t('criteria.runTitle')}
      </Heading>
      <QueryState loading={loading} error={error} data={data ? run : undefined} onRetry={() => void refetch()}>
        {(r) => {
          if (!r) return <Alert data-color="warning">{tShared('errors.NOT_FOUND')}</Alert>;
          const status = t(`criteria.status.${r.status}`);
          return (
            <Card data-color="neutral">
              <Label htmlFor={progressId}>{t('criteria.progress')}</Label>
              <progress id={progressId} className="admin-progress" max={100} value={percent(r.progress)} />
              <Paragraph role="status">{t('criteria.progressText', { status, percent: percent(r.progress) })}</Paragraph>
              {r.status === 'FAILED' && <Alert data-color="danger">{t('criteria.failed', { error: r.error ?? '' })}</Alert>}
              {r.status === 'DONE' && r.result && r.activeResult && (
                <>
                  <ComparisonTable candidate={r.result} active={r.activeResult} activeVersion={r.activeVersion} />
                  <ActivateForm criteria={r} />
                </>
              )}
            </Card>
          );
        }}
      </QueryState>
    </section>
  );
}
