import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Empty, ErrorState, QueryState } from '../../shared/states';
import { mayHaveMore, nextFirst, PAGE } from './org-filters';
import { OrganizationTable } from './organization-table';

const PendingOp = graphql(`
  query AdminPendingOrganizations($first: Int!) {
    organizations(verified: false, kind: PUBLIC_BUYER, first: $first) {
      ...AdminOrgRow
    }
  }
`);

const VerifyOp = graphql(`
  mutation AdminVerifyOrganization($id: ID!) {
    verifyOrganization(id: $id) {
      id
      name
      verified
    }
  }
`);

/** Unverified public buyers, oldest first (the API's order), each with a verify button. */
export function PendingOrganizations() {
  const { t } = useTranslation('admin');
  const [first, setFirst] = useState(PAGE);
  const { data, loading, error, refetch } = useQuery(PendingOp, { variables: { first }, fetchPolicy: 'cache-and-network' });
  const [verify, verifying] = useMutation(VerifyOp);
  const [done, setDone] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  async function onVerify(id: string) {
    setDone(null);
    setBusyId(id);
    const result = await verify({ variables: { id } }).catch(() => null);
    setBusyId(null);
    if (!result?.data) return;
    setDone(result.data.verifyOrganization.name);
    await refetch();
  }

  return (
    <section className="admin-section" aria-labelledby="admin-pending">
      <Heading level={2} data-size="md" id="admin-pending">
        {t('orgs.pendingTitle')}
      </Heading>
      <Paragraph>{t('orgs.pendingIntro')}</Paragraph>
      {done && (
        <Alert data-color="success" role="status">
          {t('orgs.verifiedDone', { name: done })}
        </Alert>
      )}
      {verifying.error && <ErrorState error={verifying.error} />}
      <QueryState loading={loading} error={error} data={data?.organizations} onRetry={() => void refetch()}>
        {(orgs) =>
          orgs.length === 0 ? (
            <Empty>{t('orgs.noPending')}</Empty>
          ) : (
            <>
              <OrganizationTable
                caption={t('orgs.pendingTitle')}
                rows={orgs}
                onMore={mayHaveMore(orgs.length, first) ? () => setFirst(nextFirst(first)) : undefined}
                action={(org) => (
                  <Button
                    data-size="sm"
                    aria-label={t('orgs.verifyNamed', { name: org.name })}
                    loading={busyId === org.id}
                    onClick={() => void onVerify(org.id)}
                  >
                    {t('orgs.verify')}
                  </Button>
                )}
              />
            </>
          )
        }
      </QueryState>
    </section>
  );
}
