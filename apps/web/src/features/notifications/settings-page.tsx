import { useQuery } from '@apollo/client/react';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../app/paths';
import { graphql } from '../../gql';
import { QueryState } from '../../shared/states';
import { useTitle } from '../../shared/use-title';
import { RequireRole } from '../identity/require-role';
import { PreferencesForm } from './preferences-form';
import { WebhookSecret } from './webhook-secret';
import './notifications.css';

const PreferencesOp = graphql(`
  query NotificationsPreferences {
    notificationPreferences {
      email
      webhookUrl
      dailyMatchCap
    }
  }
`);

function Settings() {
  const { t } = useTranslation('notifications');
  useTitle(t('settings.title'));
  const { data, loading, error, refetch } = useQuery(PreferencesOp, { fetchPolicy: 'network-only' });
  return (
    <div className="navet-stack navet-narrow">
      <Heading level={1}>{t('settings.title')}</Heading>
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.notifications}>{t('settings.back')}</RouterLink>
        </Link>
      </Paragraph>
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {(d) => <PreferencesForm initial={d.notificationPreferences} />}
      </QueryState>
      <WebhookSecret />
    </div>
  );
}

export function NotificationSettingsPage() {
  return (
    <RequireRole>
      <Settings />
    </RequireRole>
  );
}
