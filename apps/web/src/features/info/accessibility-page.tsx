import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../shared/use-title';
import './info.css';

/** Where problems are reported (a role address, not a person). */
export const ACCESSIBILITY_EMAIL = 'tillganglighet@navet.example';
/** DIGG's page for reporting a public service's accessibility. */
const DIGG_URL = 'https://www.digg.se/tdosanmalan';
const GAPS = ['screenReaders', 'language', 'charts', 'exports'] as const;

/** Tillgänglighetsredogörelse after DIGG's model: status, known gaps, testing, how to report, supervision, date. */
export function AccessibilityPage() {
  const { t } = useTranslation('info');
  useTitle(t('title'));
  const mailto = `mailto:${ACCESSIBILITY_EMAIL}?subject=${encodeURIComponent(t('report.subject'))}`;
  return (
    <article className="navet-stack navet-prose">
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph>{t('intro')}</Paragraph>
      <Paragraph>{t('scope')}</Paragraph>
      <section aria-labelledby="a11y-status">
        <Heading level={2} data-size="sm" id="a11y-status">
          {t('status.heading')}
        </Heading>
        <Paragraph>{t('status.body')}</Paragraph>
      </section>
      <section aria-labelledby="a11y-gaps">
        <Heading level={2} data-size="sm" id="a11y-gaps">
          {t('gaps.heading')}
        </Heading>
        <ul>
          {GAPS.map((g) => (
            <li key={g}>{t(`gaps.${g}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="a11y-testing">
        <Heading level={2} data-size="sm" id="a11y-testing">
          {t('testing.heading')}
        </Heading>
        <Paragraph>{t('testing.body')}</Paragraph>
      </section>
      <section aria-labelledby="a11y-report">
        <Heading level={2} data-size="sm" id="a11y-report">
          {t('report.heading')}
        </Heading>
        <Paragraph>{t('report.body')}</Paragraph>
        <Paragraph>
          <Link href={mailto}>{t('report.email', { email: ACCESSIBILITY_EMAIL })}</Link>
        </Paragraph>
      </section>
      <section aria-labelledby="a11y-supervision">
        <Heading level={2} data-size="sm" id="a11y-supervision">
          {t('supervision.heading')}
        </Heading>
        <Paragraph>{t('supervision.body')}</Paragraph>
        <Paragraph>
          <Link href={DIGG_URL}>{t('supervision.link')}</Link>
        </Paragraph>
      </section>
      <Paragraph data-size="sm">{t('date')}</Paragraph>
    </article>
  );
}
