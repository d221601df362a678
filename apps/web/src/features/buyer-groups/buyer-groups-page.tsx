import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../app/paths';
import { graphql } from '../../gql';
import { apiErrors } from '../../shared/api-errors';
import { Empty, QueryState } from '../../shared/states';
import { useTitle } from '../../shared/use-title';
import { useSession } from '../identity/session';
import { RequireRole } from '../identity/require-role';
import { ApiErrorAlerts } from '../needs/editor/api-error-alerts';
import { ProposalsList } from './proposals-list';

export const BuyerGroupsOp = graphql(`
  query BuyerGroupsPage {
    buyerGroups {
      id
      name
      createdAt
      members {
        id
        name
      }
      needs {
        id
        title
        buyer {
          id
          name
        }
      }
    }
    buyerGroupProposals(first: 50) {
      id
      status
      message
      createdAt
      fromNeed {
        id
        title
        buyer {
          id
          name
        }
      }
      toNeed {
        id
        title
        buyer {
          id
          name
        }
      }
    }
  }
`);

const LeaveOp = graphql(`
  mutation BuyerGroupsLeave($needId: ID!) {
    leaveBuyerGroup(needId: $needId)
  }
`);

export function BuyerGroupsPage() {
  return (
    <RequireRole roles={['BUYER']}>
      <BuyerGroups />
    </RequireRole>
  );
}

/** The groups our needs are in (leave per need) and the proposals sent and received (answer them). */
function BuyerGroups() {
  const { t } = useTranslation('buyerGroups');
  useTitle(t('title'));
  const { me } = useSession();
  const { data, loading, error, refetch } = useQuery(BuyerGroupsOp, { fetchPolicy: 'cache-and-network' });
  const [leave, left] = useMutation(LeaveOp);
  const leaveWith = (needId: string) =>
    void leave({ variables: { needId } })
      .then(() => refetch())
      .catch(() => undefined);
  return (
    <section className="navet-stack">
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph>{t('intro')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.buyerNeeds}>{t('findSimilar')}</RouterLink>
        </Link>
      </Paragraph>
      <ApiErrorAlerts errors={apiErrors(left.error)} />
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {(d) => (
          <>
            <Heading level={2} data-size="md">
              {t('groups')}
            </Heading>
            {d.buyerGroups.length === 0 && <Empty>{t('noGroups')}</Empty>}
            <ul className="navet-plain-list navet-stack">
              {d.buyerGroups.map((g) => (
                <li key={g.id}>
                  <Card data-color="neutral" className="navet-stack">
                    <Heading level={3} data-size="sm">
                      {g.name}
                    </Heading>
                    <Paragraph data-size="sm">
                      {t('members')}: {g.members.map((m) => m.name).join(', ')}
                    </Paragraph>
                    <Heading level={4} data-size="xs">
                      {t('needs')}
                    </Heading>
                    <ul className="navet-plain-list navet-stack">
                      {g.needs.map((n) => (
                        <li key={n.id} className="navet-row">
                          <Link asChild>
                            <RouterLink to={n.buyer.id === me?.organization.id ? paths.buyerNeed(n.id) : paths.need(n.id)}>
                              {n.title}
                            </RouterLink>
                          </Link>
                          <span>({n.buyer.name})</span>
                          {n.buyer.id === me?.organization.id && (
                            <Button variant="tertiary" data-size="sm" loading={left.loading} onClick={() => leaveWith(n.id)}>
                              {t('leave', { title: n.title })}
                            </Button>
                          )}
                        </li>
                      ))}
                    </ul>
                  </Card>
                </li>
              ))}
            </ul>
            <Heading level={2} data-size="md">
              {t('proposals')}
            </Heading>
            <ProposalsList
              proposals={d.buyerGroupProposals}
              myOrganizationId={me?.organization.id}
              onAnswered={() => void refetch()}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}
