import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Dialog, Heading, Link, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../../app/paths';
import { graphql } from '../../../../gql';
import { apiErrors } from '../../../../shared/api-errors';
import { Empty, QueryState } from '../../../../shared/states';
import { ApiErrorAlerts } from '../../editor/api-error-alerts';
import { percent } from './score-components';

const SimilarNeedsOp = graphql(`
  query NeedWorkspaceSimilar($needId: ID!) {
    similarNeeds(needId: $needId, first: 10) {
      score
      need {
        id
        title
        summary
        buyer {
          id
          name
        }
      }
    }
    need(id: $needId) {
      id
      buyerGroup {
        id
        name
      }
    }
  }
`);

const ProposeOp = graphql(`
  mutation NeedWorkspaceProposeGroup($fromNeedId: ID!, $toNeedId: ID!, $message: String) {
    proposeBuyerGroup(fromNeedId: $fromNeedId, toNeedId: $toNeedId, message: $message) {
      id
      status
    }
  }
`);

/** Other buyers' published needs like this one; propose a buyer group to any of them. */
export function SimilarTab({ needId }: { needId: string }) {
  const { t } = useTranslation('myNeeds');
  const { data, loading, error, refetch } = useQuery(SimilarNeedsOp, { variables: { needId } });
  return (
    <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
      {(d) => (
        <div className="navet-stack">
          {d.need?.buyerGroup && <Alert data-color="info">{t('similar.group', { name: d.need.buyerGroup.name })}</Alert>}
          {d.similarNeeds.length === 0 ? (
            <Empty>{t('similar.none')}</Empty>
          ) : (
            <ul className="navet-plain-list navet-stack workspace-list">
              {d.similarNeeds.map((s) => (
                <li key={s.need.id}>
                  <Card data-color="neutral" className="navet-stack">
                    <div className="navet-row">
                      <Heading level={3} data-size="xs">
                        <Link asChild>
                          <RouterLink to={paths.need(s.need.id)}>{s.need.title}</RouterLink>
                        </Link>
                      </Heading>
                      <Tag data-color="info">{t('similar.score', { score: percent(s.score) })}</Tag>
                    </div>
                    <Paragraph data-size="sm">{s.need.buyer.name}</Paragraph>
                    <Paragraph className="workspace-wrap">{s.need.summary}</Paragraph>
                    <ProposeGroup fromNeedId={needId} toNeedId={s.need.id} buyer={s.need.buyer.name} />
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </QueryState>
  );
}

function ProposeGroup({ fromNeedId, toNeedId, buyer }: { fromNeedId: string; toNeedId: string; buyer: string }) {
  const { t } = useTranslation('myNeeds');
  const dialog = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState('');
  const [propose, { loading, error, data }] = useMutation(ProposeOp);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const res = await propose({ variables: { fromNeedId, toNeedId, message: message.trim() || null } }).catch(() => undefined);
    if (res?.data) dialog.current?.close();
  }
  if (data) return <Alert data-color="success">{t('similar.sent')}</Alert>;
  return (
    <Dialog.TriggerContext>
      <Dialog.Trigger variant="secondary" data-size="sm">
        {t('similar.propose')}
      </Dialog.Trigger>
      <Dialog ref={dialog} closedby="any">
        <form onSubmit={submit} className="navet-form">
          <Heading level={2} data-size="sm">
            {t('similar.proposeHeading', { buyer })}
          </Heading>
          <Textfield
            multiline
            rows={4}
            label={t('similar.message')}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
          />
          <ApiErrorAlerts errors={apiErrors(error)} />
          <div>
            <Button type="submit" loading={loading}>
              {t('similar.send')}
            </Button>
          </div>
        </form>
      </Dialog>
    </Dialog.TriggerContext>
  );
}
