import { useQuery } from '@apollo/client/react';
import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../../app/paths';
import { Empty, QueryState } from '../../../../shared/states';
import { InviteDialog } from './invite-dialog';
import { MatchesForNeedOp } from './suggestions-tab';

/** Suppliers that said they are interested (from the same query as the suggestions, so it is cached). */
export function InterestedTab({ needId }: { needId: string }) {
  const { t } = useTranslation('myNeeds');
  const { data, loading, error, refetch } = useQuery(MatchesForNeedOp, {
    // At 200 the API refuses this selection as too complex (its cost limit is 5000).
    variables: { needId, first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
      {(d) => {
        const interested = d.matchesForNeed.filter((m) => m.supplierInterested);
        if (interested.length === 0) return <Empty>{t('interested.none')}</Empty>;
        return (
          <ul className="navet-plain-list navet-stack workspace-list">
            {interested.map((m) => (
              <li key={m.id}>
                <Card data-color="neutral" className="navet-stack">
                  <div className="navet-row">
                    <Heading level={3} data-size="xs">
                      <Link asChild>
                        <RouterLink to={paths.supplier(m.supplier.id)}>{m.supplier.organization.name}</RouterLink>
                      </Link>
                    </Heading>
                    <Tag data-color="neutral">{t(`matchStatus.${m.status}`)}</Tag>
                  </div>
                  {m.interestMessage && (
                    <Paragraph className="workspace-wrap">
                      {t('interested.message')}: {m.interestMessage}
                    </Paragraph>
                  )}
                  {m.supplier.contactEmail && (
                    <Paragraph>
                      {t('interested.contact')}: <Link href={`mailto:${m.supplier.contactEmail}`}>{m.supplier.contactEmail}</Link>
                    </Paragraph>
                  )}
                  {!m.buyerInvited && (
                    <div>
                      <InviteDialog
                        needId={needId}
                        supplierId={m.supplier.id}
                        supplierName={m.supplier.organization.name}
                        onInvited={() => void refetch()}
                      />
                    </div>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        );
      }}
    </QueryState>
  );
}
