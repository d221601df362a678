import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../shared/use-title';
import { FunnelSection } from './funnel-section';
import { PlatformFigures } from './platform-figures';
import './info.css';

/** Public key figures and the innovation funnel (a chart with its numbers as a table). */
export function StatisticsPage() {
  const { t } = useTranslation('info');
  useTitle(t('stats.title'));
  return (
    <div className="navet-stack">
      <Heading level={1} data-size="lg">
        {t('stats.title')}
      </Heading>
      <Paragraph>{t('stats.intro')}</Paragraph>
      <PlatformFigures />
      <FunnelSection />
    </div>
  );
}
