import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../shared/use-title';
import { RequireRole } from '../identity/require-role';
import { EraseAccount } from './erase-account';
import { ExportData } from './export-data';

/** A signed-in user's GDPR rights: export and erase. */
export function MyDataPage() {
  const { t } = useTranslation('privacy');
  useTitle(t('title'));
  return (
    <RequireRole>
      <div className="navet-stack">
        <Heading level={1} data-size="lg">
          {t('title')}
        </Heading>
        <Paragraph>{t('intro')}</Paragraph>
        <ExportData />
        <EraseAccount />
      </div>
    </RequireRole>
  );
}
