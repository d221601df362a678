import { Alert, Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../../app/paths';
import { openQueueDashboard } from './queue-dashboard';

const LINKS = [
  ['organizations', paths.adminOrganizations],
  ['criteria', paths.adminCriteria],
  ['search', paths.adminSearch],
  ['statistics', paths.adminStatistics],
] as const;

/** The admin sub-navigation; the queue dashboard is the API's page, so it is a button that gets a credential first. */
export function AdminNav() {
  const { t } = useTranslation('admin');
  const [failed, setFailed] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);

  async function openQueues() {
    setFailed(null);
    setOpening(true);
    const outcome = await openQueueDashboard();
    setOpening(false);
    if (!outcome.ok) setFailed(t('nav.queuesFailed', { status: outcome.status }));
  }

  return (
    <nav aria-label={t('nav.label')} className="admin-nav">
      <ul>
        {LINKS.map(([key, to]) => (
          <li key={key}>
            <NavLink to={to}>{t(`nav.${key}`)}</NavLink>
          </li>
        ))}
        <li>
          <Button variant="tertiary" data-size="sm" loading={opening} onClick={() => void openQueues()}>
            {t('nav.queues')}
          </Button>
        </li>
      </ul>
      {failed && (
        <Alert data-color="danger" role="alert">
          {failed}
        </Alert>
      )}
    </nav>
  );
}
