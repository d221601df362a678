import { useQuery } from '@apollo/client/react';
import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { QueryState } from '../../shared/states';
import { useTitle } from '../../shared/use-title';
import { ActiveCriteria } from './active-criteria';
import { CandidateForm } from './candidate-form';
import { CriteriaHistory } from './criteria-history';
import { EvaluationRun } from './evaluation-run';

const ConsoleOp = graphql(`
  query AdminCriteriaConsole {
    matchCriteria {
      version
      note
      minScore
      maxSuggestionsPerNeed
      createdAt
      createdBy {
        id
        name
      }
      weights {
        ...AdminWeights
      }
    }
  }
`);

/**
 * The match criteria console: the active version, a candidate to edit, its replay against recorded outcomes
 * (the run's id in the URL, so a reload or a shared link shows the same run), activation and history.
 */
export function CriteriaPage() {
  const { t } = useTranslation('admin');
  useTitle(t('criteria.title'));
  const [params, setParams] = useSearchParams();
  const runId = params.get('run');
  const showRun = (id: string) => setParams({ run: id });
  const { data, loading, error, refetch } = useQuery(ConsoleOp, { fetchPolicy: 'cache-and-network' });

  return (
    <div className="admin-section">
      <Heading level={1} data-size="lg">
        {t('criteria.title')}
      </Heading>
      <QueryState loading={loading} error={error} data={data?.matchCriteria} onRetry={() => void refetch()}>
        {(active) => (
          <>
            <div className="admin-columns">
              <ActiveCriteria criteria={active} />
              <CandidateForm key={active.version} active={active} onStarted={showRun} />
            </div>
            {runId && <EvaluationRun id={runId} />}
          </>
        )}
      </QueryState>
      <CriteriaHistory onShowRun={showRun} />
    </div>
  );
}
