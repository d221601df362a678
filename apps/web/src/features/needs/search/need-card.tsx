import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import { useEnumLabels } from '../../../shared/enum-labels';
import type { FocusArea } from '../../../gql/graphql';

export interface NeedCardNeed {
  id: string;
  title: string;
  summary: string;
  buyer: { name: string };
  focusAreas: FocusArea[];
  dialogueDeadline?: string | null;
}

/** One search result: the title links to the need page; buyer, deadline and focus areas under it. */
export function NeedCard({ need }: { need: NeedCardNeed }) {
  const { t, i18n } = useTranslation('needSearch');
  const labels = useEnumLabels();
  const date = need.dialogueDeadline ? new Date(need.dialogueDeadline).toLocaleDateString(i18n.language) : null;
  return (
    <Card data-color="neutral" className="navet-need-card">
      <Heading level={2} data-size="xs">
        <Link asChild>
          <RouterLink to={paths.need(need.id)}>{need.title}</RouterLink>
        </Link>
      </Heading>
      <Paragraph data-size="sm">
        {t('buyer')}: {need.buyer.name}
      </Paragraph>
      <Paragraph className="navet-need-summary">{need.summary}</Paragraph>
      <Paragraph data-size="sm">{date ? t('deadline', { date }) : t('noDeadline')}</Paragraph>
      {need.focusAreas.length > 0 && (
        <ul className="navet-row navet-plain-list">
          {need.focusAreas.map((f) => (
            <li key={f}>
              <Tag data-size="sm">{labels.focusArea(f)}</Tag>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
