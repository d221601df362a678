import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../app/paths';
import type { SupplierMatchFieldsFragment } from '../../gql/graphql';
import { ConnectedContact } from './connected-contact';
import { MatchActions } from './match-actions';
import { ScoreBars } from './score-bars';

const STATUS_COLOR = {
  SUGGESTED: 'info',
  INTERESTED: 'accent',
  INVITED: 'warning',
  CONNECTED: 'success',
  DECLINED: 'neutral',
  WITHDRAWN: 'neutral',
} as const;

/** One suggestion: the need, why it was suggested (score bars, explanation), where it stands and what to do. */
export function MatchCard({ match, headingLevel = 2 }: { match: SupplierMatchFieldsFragment; headingLevel?: 1 | 2 }) {
  const { t } = useTranslation('matches');
  return (
    <Card className="navet-match-card" data-color="neutral">
      <div className="navet-row">
        <Tag data-color={STATUS_COLOR[match.status]}>{t(`status.${match.status}`)}</Tag>
        <span>{match.need.buyer.name}</span>
      </div>
      <Heading level={headingLevel} data-size="sm">
        {headingLevel === 1 ? (
          match.need.title
        ) : (
          <Link asChild>
            <RouterLink to={paths.supplierMatch(match.id)}>{match.need.title}</RouterLink>
          </Link>
        )}
      </Heading>
      <Paragraph>{match.need.summary}</Paragraph>
      <Paragraph>
        <strong>{t('why')}</strong> {match.explanation}
      </Paragraph>
      <ScoreBars score={match.score} components={match.components} />
      {match.status === 'INTERESTED' && <Paragraph>{t('waitingForBuyer')}</Paragraph>}
      {match.status === 'INVITED' && <Paragraph>{t('invitedByBuyer', { message: match.invitationMessage ?? '' })}</Paragraph>}
      {match.status === 'CONNECTED' && <ConnectedContact match={match} />}
      <MatchActions match={match} />
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.need(match.need.id)}>{t('readNeed', { need: match.need.title })}</RouterLink>
        </Link>
      </Paragraph>
    </Card>
  );
}
