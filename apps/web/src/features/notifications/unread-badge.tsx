import { useQuery } from '@apollo/client/react';
import { Badge } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../app/paths';
import { graphql } from '../../gql';
import { useSession } from '../identity/session';

export const UnreadCountOp = graphql(`
  query NotificationsUnreadBadge {
    notifications(first: 100, unreadOnly: true) {
      id
    }
  }
`);

/** Checked every minute; marking read refetches it at once. */
const POLL_MS = 60_000;
const CAP = 99;

/** The header's link to the notifications with the number of unread ones (nothing when none or signed out). */
export function UnreadBadge() {
  const { t } = useTranslation('notifications');
  const { me } = useSession();
  const { data } = useQuery(UnreadCountOp, { skip: !me, pollInterval: POLL_MS });
  if (!me) return null;
  const count = data?.notifications.length ?? 0;
  if (count === 0) return null;
  // The number is visible; the link's name says what it counts (the badge itself is decoration).
  return (
    <RouterLink to={paths.notifications} className="navet-unread-link" aria-label={t('badge', { count })}>
      <Badge count={count} maxCount={CAP} data-color="danger" />
    </RouterLink>
  );
}
