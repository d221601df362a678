import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../shared/use-title';
import { AllOrganizations } from './all-organizations';
import { PendingOrganizations } from './pending-organizations';

/** Buyers waiting for verification first (the admin's daily task), then every organization with filters. */
export function OrganizationsPage() {
  const { t } = useTranslation('admin');
  useTitle(t('orgs.title'));
  return (
    <div className="admin-section">
      <Heading level={1} data-size="lg">
        {t('orgs.title')}
      </Heading>
      <PendingOrganizations />
      <AllOrganizations />
    </div>
  );
}
