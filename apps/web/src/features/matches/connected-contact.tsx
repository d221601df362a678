import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../app/paths';
import { graphql } from '../../gql';
import type { SupplierMatchFieldsFragment } from '../../gql/graphql';

const MatchDialogueOp = graphql(`
  query SupplierMatchDialogue($needId: ID!) {
    dialogues(needId: $needId) {
      id
      unreadCount
    }
  }
`);

/** Once both sides said yes: the buyer's contact (revealed by the API only now) and the way into the dialogue. */
export function ConnectedContact({ match }: { match: SupplierMatchFieldsFragment }) {
  const { t } = useTranslation('matches');
  const { data } = useQuery(MatchDialogueOp, { variables: { needId: match.need.id } });
  const dialogue = data?.dialogues[0];
  return (
    <Alert data-color="success">
      <Heading level={3} data-size="xs">
        {t('connected.title')}
      </Heading>
      {match.buyerContactEmail && (
        <Paragraph>
          {t('connected.contact')} <Link href={`mailto:${match.buyerContactEmail}`}>{match.buyerContactEmail}</Link>
        </Paragraph>
      )}
      {match.invitationMessage && <Paragraph>{t('connected.invitation', { message: match.invitationMessage })}</Paragraph>}
      {dialogue && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={paths.dialogue(dialogue.id)}>
              {dialogue.unreadCount > 0
                ? t('connected.dialogueUnread', { count: dialogue.unreadCount })
                : t('connected.dialogue')}
            </RouterLink>
          </Link>
        </Paragraph>
      )}
    </Alert>
  );
}
