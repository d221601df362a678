import { useQuery } from '@apollo/client/react';
import { Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../../app/paths';
import { graphql } from '../../../../gql';
import { Empty, QueryState } from '../../../../shared/states';
import { InviteDialog } from './invite-dialog';
import { ScoreBars } from './score-bars';
import { percent } from './score-components';

export const MatchesForNeedOp = graphql(`
  query NeedWorkspaceMatches($needId: ID!, $first: Int!) {
    matchesForNeed(needId: $needId, first: $first) {
      id
      score
      status
      explanation
      criteriaVersion
      buyerInvited
      supplierInterested
      interestMessage
      components {
        signal
        value
        weight
        contribution
        detail
      }
      supplier {
        id
        headline
        contactEmail
        organization {
          id
          name
        }
      }
    }
  }
`);

const PAGE = 20;

/** Ranked suggestions, best first, each explained; the buyer invites from here. */
export function SuggestionsTab({ needId, published }: { needId: string; published: boolean }) {
  const { t } = useTranslation('myNeeds');
  const [first, setFirst] = useState(PAGE);
  const { data, loading, error, refetch } = useQuery(MatchesForNeedOp, {
    variables: { needId, first },
    fetchPolicy: 'cache-and-network',
  });
  if (!published) return <Empty>{t('suggestions.draft')}</Empty>;
  return (
    <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
      {(d) => {
        const live = d.matchesForNeed.filter((m) => m.status !== 'WITHDRAWN');
        if (live.length === 0) return <Empty>{t('suggestions.none')}</Empty>;
        return (
          <>
            <ol className="navet-plain-list navet-stack workspace-list">
              {live.map((m) => (
                <li key={m.id}>
                  <Card data-color="neutral" className="navet-stack">
                    <div className="navet-row">
                      <Heading level={3} data-size="xs">
                        {m.supplier.organization.name}
                      </Heading>
                      <Tag data-color="info">{t('suggestions.score', { score: percent(m.score) })}</Tag>
                      <Tag data-color="neutral">{t(`matchStatus.${m.status}`)}</Tag>
                    </div>
                    <Paragraph>{m.supplier.headline}</Paragraph>
                    <Paragraph className="workspace-wrap">{m.explanation}</Paragraph>
                    <ScoreBars score={m.score} components={m.components} />
                    <Paragraph data-size="xs">{t('suggestions.criteria', { version: m.criteriaVersion })}</Paragraph>
                    <div className="navet-row">
                      {!m.buyerInvited && m.status !== 'DECLINED' && (
                        <InviteDialog
                          needId={needId}
                          supplierId={m.supplier.id}
                          supplierName={m.supplier.organization.name}
                          onInvited={() => void refetch()}
                        />
                      )}
                      <Link asChild>
                        <RouterLink to={paths.supplier(m.supplier.id)}>
                          {t('suggestions.supplierPage')}: {m.supplier.organization.name}
                        </RouterLink>
                      </Link>
                    </div>
                  </Card>
                </li>
              ))}
            </ol>
            {d.matchesForNeed.length >= first && (
              <div>
                <Button variant="secondary" onClick={() => setFirst(first + PAGE)}>
                  {t('showMore')}
                </Button>
              </div>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
