import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Heading, Link, Paragraph, Tabs, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../app/paths';
import { graphql } from '../../gql';
import { ErrorState, Empty, QueryState } from '../../shared/states';
import { useTitle } from '../../shared/use-title';
import { RequireRole } from '../identity/require-role';
import './notifications.css';

const NotificationsOp = graphql(`
  query NotificationsList($first: Int!, $unreadOnly: Boolean!) {
    notifications(first: $first, unreadOnly: $unreadOnly) {
      id
      type
      title
      body
      createdAt
      readAt
      link
    }
  }
`);
const MarkReadOp = graphql(`
  mutation NotificationsMarkRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

const PAGE = 50;
const MAX = 200;

function Notifications() {
  const { t, i18n } = useTranslation('notifications');
  useTitle(t('title'));
  const [tab, setTab] = useState('unread');
  const [first, setFirst] = useState(PAGE);
  const list = useQuery(NotificationsOp, {
    variables: { first, unreadOnly: tab === 'unread' },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, mark] = useMutation(MarkReadOp, { refetchQueries: ['NotificationsList', 'NotificationsUnreadBadge'] });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const read = (ids: string[]) => void markRead({ variables: { ids } }).catch(() => undefined);

  const content = (
    <QueryState loading={list.loading} error={list.error} data={list.data} onRetry={() => void list.refetch()}>
      {(d) => {
        const unread = d.notifications.filter((n) => !n.readAt).map((n) => n.id);
        if (d.notifications.length === 0) return <Empty>{tab === 'unread' ? t('noneUnread') : t('none')}</Empty>;
        return (
          <div className="navet-stack">
            {unread.length > 0 && (
              <div>
                <Button variant="secondary" onClick={() => read(unread)} disabled={mark.loading}>
                  {t('markAllRead')}
                </Button>
              </div>
            )}
            <ul className="navet-plain-list navet-notification-list">
              {d.notifications.map((n) => {
                // The API names the screen for the reader's role (libs/notifications notification-links.ts).
                const to = n.link;
                return (
                  <li key={n.id}>
                    <Card className="navet-notification" data-unread={!n.readAt} data-color="neutral">
                      <div className="navet-row">
                        {!n.readAt && <Tag data-color="info">{t('unreadTag')}</Tag>}
                        <span>{date.format(new Date(n.createdAt))}</span>
                      </div>
                      <Heading level={2} data-size="xs">
                        {to ? (
                          <Link asChild>
                            <RouterLink to={to} onClick={() => !n.readAt && read([n.id])}>
                              {n.title}
                            </RouterLink>
                          </Link>
                        ) : (
                          n.title
                        )}
                      </Heading>
                      <Paragraph>{n.body}</Paragraph>
                      {!n.readAt && (
                        <div>
                          <Button variant="tertiary" data-size="sm" onClick={() => read([n.id])} disabled={mark.loading}>
                            {t('markRead', { title: n.title })}
                          </Button>
                        </div>
                      )}
                    </Card>
                  </li>
                );
              })}
            </ul>
            {d.notifications.length >= first && first < MAX && (
              <div>
                <Button variant="secondary" onClick={() => setFirst(first + PAGE)}>
                  {t('showMore')}
                </Button>
              </div>
            )}
          </div>
        );
      }}
    </QueryState>
  );

  return (
    <div className="navet-stack">
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.notificationSettings}>{t('settingsLink')}</RouterLink>
        </Link>
      </Paragraph>
      {mark.error && <ErrorState error={mark.error} />}
      <Tabs value={tab} onChange={(v) => (setFirst(PAGE), setTab(v))}>
        <Tabs.List>
          <Tabs.Tab value="unread">{t('unread')}</Tabs.Tab>
          <Tabs.Tab value="all">{t('all')}</Tabs.Tab>
        </Tabs.List>
        {/* One panel per tab (the library pairs panels with tabs when they mount); only the active one queries. */}
        {['unread', 'all'].map((value) => (
          <Tabs.Panel key={value} value={value}>
            {value === tab && content}
          </Tabs.Panel>
        ))}
      </Tabs>
    </div>
  );
}

export function NotificationsPage() {
  return (
    <RequireRole>
      <Notifications />
    </RequireRole>
  );
}
