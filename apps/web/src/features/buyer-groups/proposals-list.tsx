import { useMutation } from '@apollo/client/react';
import { Button, Card, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { BuyerGroupsPageQuery } from '../../gql/graphql';
import { apiErrors } from '../../shared/api-errors';
import { Empty } from '../../shared/states';
import { ApiErrorAlerts } from '../needs/editor/api-error-alerts';

const RespondOp = graphql(`
  mutation BuyerGroupsRespond($proposalId: ID!, $accept: Boolean!) {
    respondToBuyerGroupProposal(proposalId: $proposalId, accept: $accept) {
      id
      status
    }
  }
`);

const COLOR = { PENDING: 'warning', ACCEPTED: 'success', DECLINED: 'neutral' } as const;

/** Proposals newest first; the receiving buyer answers pending ones. */
export function ProposalsList({
  proposals,
  myOrganizationId,
  onAnswered,
}: {
  proposals: BuyerGroupsPageQuery['buyerGroupProposals'];
  myOrganizationId?: string;
  onAnswered(): void;
}) {
  const { t } = useTranslation('buyerGroups');
  const [respond, { loading, error }] = useMutation(RespondOp);
  const answer = (proposalId: string, accept: boolean) =>
    void respond({ variables: { proposalId, accept } })
      .then(onAnswered)
      .catch(() => undefined);
  if (proposals.length === 0) return <Empty>{t('noProposals')}</Empty>;
  return (
    <>
      <ApiErrorAlerts errors={apiErrors(error)} />
      <ul className="navet-plain-list navet-stack">
        {proposals.map((p) => {
          const mine = p.toNeed.buyer.id === myOrganizationId;
          return (
            <li key={p.id}>
              <Card data-color="neutral" className="navet-stack">
                <Paragraph>
                  {t('proposal', {
                    from: `${p.fromNeed.title} (${p.fromNeed.buyer.name})`,
                    to: `${p.toNeed.title} (${p.toNeed.buyer.name})`,
                  })}
                </Paragraph>
                {p.message && <Paragraph data-size="sm">{p.message}</Paragraph>}
                <div className="navet-row">
                  <Tag data-color={COLOR[p.status]}>{t(`status.${p.status}`)}</Tag>
                  {p.status === 'PENDING' && mine && (
                    <>
                      <Button data-size="sm" loading={loading} onClick={() => answer(p.id, true)}>
                        {t('accept')}
                      </Button>
                      <Button data-size="sm" variant="secondary" loading={loading} onClick={() => answer(p.id, false)}>
                        {t('decline')}
                      </Button>
                    </>
                  )}
                </div>
              </Card>
            </li>
          );
        })}
      </ul>
    </>
  );
}
