import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../shared/use-title';
import { PlatformFigures } from '../info/platform-figures';

/** The platform's key figures, in the admin's navigation (the same table as the public statistics page). */
export function StatisticsPage() {
  const { t } = useTranslation('admin');
  useTitle(t('stats.title'));
  return (
    <div className="admin-section">
      <Heading level={1} data-size="lg">
        {t('stats.title')}
      </Heading>
      <PlatformFigures />
    </div>
  );
}
