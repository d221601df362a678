import { useQuery } from '@apollo/client/react';
import { Badge, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../app/paths';
import { graphql } from '../../gql';
import { Empty, QueryState } from '../../shared/states';
import { useTitle } from '../../shared/use-title';
import { RequireRole } from '../identity/require-role';
import './dialogue.css';

const DialoguesOp = graphql(`
  query DialogueList {
    dialogues {
      id
      closed
      unreadCount
      openedAt
      need {
        id
        title
        buyer {
          id
          name
        }
      }
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

/** Both sides' dialogues on connected matches, most recently active first (the API's order). */
function Dialogues() {
  const { t, i18n } = useTranslation('dialogue');
  useTitle(t('title'));
  const { data, loading, error, refetch } = useQuery(DialoguesOp, { fetchPolicy: 'cache-and-network' });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <div className="navet-stack">
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph>{t('intro')}</Paragraph>
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {(d) =>
          d.dialogues.length === 0 ? (
            <Empty>{t('none')}</Empty>
          ) : (
            <ul className="navet-plain-list navet-dialogue-list">
              {d.dialogues.map((dl) => (
                <li key={dl.id}>
                  <Card data-color="neutral" className="navet-dialogue-card">
                    <Heading level={2} data-size="xs">
                      <Link asChild>
                        <RouterLink to={paths.dialogue(dl.id)}>{dl.need.title}</RouterLink>
                      </Link>
                    </Heading>
                    <Paragraph data-size="sm">
                      {t('between', { buyer: dl.need.buyer.name, supplier: dl.supplier.organization.name })} ·{' '}
                      {t('opened', { date: date.format(new Date(dl.openedAt)) })}
                    </Paragraph>
                    <div className="navet-row">
                      {dl.unreadCount > 0 && (
                        <span className="navet-row">
                          <Badge count={dl.unreadCount} data-color="danger" aria-hidden />
                          <span>{t('unread', { count: dl.unreadCount })}</span>
                        </span>
                      )}
                      {dl.closed && <Tag data-color="neutral">{t('closed')}</Tag>}
                    </div>
                  </Card>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </div>
  );
}

export function DialoguesPage() {
  return (
    <RequireRole>
      <Dialogues />
    </RequireRole>
  );
}
