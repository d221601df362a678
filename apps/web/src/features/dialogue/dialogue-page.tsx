import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { graphql } from '../../gql';
import { ErrorState, QueryState } from '../../shared/states';
import { useTitle } from '../../shared/use-title';
import { RequireRole } from '../identity/require-role';
import { useSession } from '../identity/session';
import { MessageForm } from './message-form';
import './dialogue.css';

export const DialogueOp = graphql(`
  query DialogueThread($id: ID!, $last: Int!) {
    dialogue(id: $id) {
      id
      closed
      unreadCount
      need {
        id
        title
        buyer {
          id
          name
        }
      }
      supplier {
        id
        organization {
          id
          name
        }
      }
      messages(last: $last) {
        id
        body
        createdAt
        confidentialityRequested
        confidentialityReason
        authorOrganization {
          id
          name
        }
      }
    }
  }
`);

const PAGE = 50;
const MAX = 200;

function DialogueThread() {
  const { t, i18n } = useTranslation('dialogue');
  const { id = '' } = useParams();
  const { me } = useSession();
  const [last, setLast] = useState(PAGE);
  const { data, loading, error, refetch } = useQuery(DialogueOp, {
    variables: { id, last },
    fetchPolicy: 'cache-and-network',
  });
  const dl = data?.dialogue;
  useTitle(dl?.need.title ?? t('title'));
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="navet-stack">
      <Link asChild>
        <RouterLink to={paths.dialogues}>{t('back')}</RouterLink>
      </Link>
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {(d) =>
          !d.dialogue ? (
            <ErrorState errors={[{ code: 'NOT_FOUND', message: t('notFound') }]} />
          ) : (
            <>
              <Heading level={1}>{d.dialogue.need.title}</Heading>
              <Paragraph>
                {t('between', { buyer: d.dialogue.need.buyer.name, supplier: d.dialogue.supplier.organization.name })}
              </Paragraph>
              <Alert data-color="info">{t('publicNote')}</Alert>
              {d.dialogue.messages.length >= last && last < MAX && (
                <div>
                  <Button variant="secondary" onClick={() => setLast(last + PAGE)}>
                    {t('older')}
                  </Button>
                </div>
              )}
              {d.dialogue.messages.length === 0 ? (
                <Paragraph>{t('noMessages')}</Paragraph>
              ) : (
                <ol className="navet-plain-list navet-messages" aria-label={t('messages')}>
                  {d.dialogue.messages.map((m) => {
                    const own = m.authorOrganization.id === me?.organization?.id;
                    return (
                      <li key={m.id}>
                        <Card className="navet-message" data-own={own} data-color={own ? 'accent' : 'neutral'}>
                          <div className="navet-row">
                            <strong>{own ? t('you', { name: m.authorOrganization.name }) : m.authorOrganization.name}</strong>
                            <span>{time.format(new Date(m.createdAt))}</span>
                            {m.confidentialityRequested && <Tag data-color="warning">{t('confidential')}</Tag>}
                          </div>
                          <Paragraph className="navet-message-body">{m.body}</Paragraph>
                          {m.confidentialityReason && (
                            <Paragraph data-size="sm">{t('reason', { reason: m.confidentialityReason })}</Paragraph>
                          )}
                        </Card>
                      </li>
                    );
                  })}
                </ol>
              )}
              {d.dialogue.closed ? (
                <Alert data-color="warning">{t('closedNote')}</Alert>
              ) : (
                <MessageForm dialogueId={d.dialogue.id} supplierSide={me?.role === 'SUPPLIER'} />
              )}
            </>
          )
        }
      </QueryState>
    </div>
  );
}

export function DialoguePage() {
  return (
    <RequireRole>
      <DialogueThread />
    </RequireRole>
  );
}
