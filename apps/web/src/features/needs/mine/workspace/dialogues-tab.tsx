import { useQuery } from '@apollo/client/react';
import { Badge, Link, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../../app/paths';
import { graphql } from '../../../../gql';
import { Empty, QueryState } from '../../../../shared/states';

const NeedDialoguesOp = graphql(`
  query NeedWorkspaceDialogues($needId: ID!) {
    dialogues(needId: $needId, first: 100) {
      id
      closed
      unreadCount
      openedAt
      supplier {
        id
        organization {
          id
          name
        }
      }
    }
  }
`);

/** The need's dialogues, most recently active first; each opens the dialogue screen. */
export function DialoguesTab({ needId }: { needId: string }) {
  const { t } = useTranslation('myNeeds');
  const { data, loading, error, refetch } = useQuery(NeedDialoguesOp, {
    variables: { needId },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
      {(d) =>
        d.dialogues.length === 0 ? (
          <Empty>{t('dialogues.none')}</Empty>
        ) : (
          <ul className="navet-plain-list navet-stack">
            {d.dialogues.map((x) => (
              <li key={x.id} className="navet-row">
                <Link asChild>
                  <RouterLink to={paths.dialogue(x.id)}>{t('dialogues.open', { name: x.supplier.organization.name })}</RouterLink>
                </Link>
                {x.unreadCount > 0 && (
                  <Badge data-color="danger" count={x.unreadCount} aria-label={t('dialogues.unread', { count: x.unreadCount })} />
                )}
                {x.closed && <Tag data-color="neutral">{t('dialogues.closed')}</Tag>}
              </li>
            ))}
          </ul>
        )
      }
    </QueryState>
  );
}
