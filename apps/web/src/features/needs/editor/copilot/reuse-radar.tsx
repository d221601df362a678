import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../../app/paths';
import type { NeedAdviceData } from './use-need-advice';

const SHOWN = 5;

/** Closed needs on the same problem (learn from them) and open ones of other buyers (team up with them). */
export function ReuseRadar({ advice }: { advice: NeedAdviceData }) {
  const { t } = useTranslation('needEditor');
  const closed = advice.similarClosedNeeds.slice(0, SHOWN);
  const open = advice.similarOpenNeeds.slice(0, SHOWN);
  return (
    <section aria-labelledby="copilot-radar" className="navet-stack">
      <Heading level={3} data-size="xs" id="copilot-radar">
        {t('copilot.radarHeading')}
      </Heading>
      <Heading level={4} data-size="2xs">
        {t('copilot.closedHeading')}
      </Heading>
      {closed.length === 0 && <Paragraph data-size="sm">{t('copilot.closedNone')}</Paragraph>}
      <ul className="navet-plain-list navet-stack">
        {closed.map(({ need }) => (
          <li key={need.id} className="copilot-item">
            <Link asChild>
              <RouterLink to={paths.need(need.id)}>{need.title}</RouterLink>
            </Link>
            <Paragraph data-size="xs">{need.buyer.name}</Paragraph>
            {need.outcome ? (
              <>
                <div>
                  <Tag data-color="info" data-size="sm">
                    {t(`copilot.result.${need.outcome.result}`)}
                  </Tag>
                </div>
                <Paragraph data-size="sm">{need.outcome.summary}</Paragraph>
                {need.outcome.lessonsLearned && (
                  <Paragraph data-size="sm">
                    {t('copilot.lessons')}: {need.outcome.lessonsLearned}
                  </Paragraph>
                )}
              </>
            ) : (
              <Paragraph data-size="xs">{t('copilot.noOutcome')}</Paragraph>
            )}
          </li>
        ))}
      </ul>
      <Heading level={4} data-size="2xs">
        {t('copilot.openHeading')}
      </Heading>
      {open.length === 0 && <Paragraph data-size="sm">{t('copilot.openNone')}</Paragraph>}
      <ul className="navet-plain-list navet-stack">
        {open.map(({ need }) => (
          <li key={need.id} className="copilot-item">
            <Link asChild>
              <RouterLink to={paths.need(need.id)}>{need.title}</RouterLink>
            </Link>
            <Paragraph data-size="xs">{need.buyer.name}</Paragraph>
          </li>
        ))}
      </ul>
    </section>
  );
}
