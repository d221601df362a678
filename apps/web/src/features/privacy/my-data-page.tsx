import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../app/paths';
import { useTitle } from '../../shared/use-title';
import { RequireRole } from '../identity/require-role';
import { EraseAccount } from './erase-account';
import { ExportData } from './export-data';

/** A signed-in user's GDPR rights: export and erase. After erasing, the outcome shows to the signed-out user. */
export function MyDataPage() {
  const { t } = useTranslation('privacy');
  useTitle(t('title'));
  const [erased, setErased] = useState(false);
  const heading = (
    <Heading level={1} data-size="lg">
      {t('title')}
    </Heading>
  );
  if (erased)
    return (
      <div className="navet-stack">
        {heading}
        <Alert data-color="success" role="status">
          {t('erase.done')}
        </Alert>
        <Paragraph>
          <Link asChild>
            <RouterLink to={paths.home}>{t('erase.toStart')}</RouterLink>
          </Link>
        </Paragraph>
      </div>
    );
  return (
    <RequireRole>
      <div className="navet-stack">
        {heading}
        <Paragraph>{t('intro')}</Paragraph>
        <ExportData />
        <EraseAccount onErased={() => setErased(true)} />
      </div>
    </RequireRole>
  );
}
