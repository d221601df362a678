import { useQuery } from '@apollo/client/react';
import { Card, Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../../gql';
import { Empty, QueryState } from '../../../../shared/states';
import { ClarificationForm } from './clarification-form';

const NeedQuestionsOp = graphql(`
  query NeedWorkspaceQuestions($needId: ID!) {
    needQuestions(needId: $needId) {
      id
      question
      status
      askedAt
      askedBy {
        id
        name
      }
      clarification {
        id
        answer
        publishedAt
      }
    }
    need(id: $needId) {
      id
      clarifications {
        id
        question
        answer
        publishedAt
      }
    }
  }
`);

/** Suppliers' questions (open first) with an answer form each, published clarifications, and a new one. */
export function QuestionsTab({ needId }: { needId: string }) {
  const { t, i18n } = useTranslation('myNeeds');
  const { data, loading, error, refetch } = useQuery(NeedQuestionsOp, {
    variables: { needId },
    fetchPolicy: 'cache-and-network',
  });
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);
  return (
    <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
      {(d) => {
        const questions = [...d.needQuestions].sort((a, b) => (a.status === b.status ? 0 : a.status === 'OPEN' ? -1 : 1));
        return (
          <div className="navet-stack">
            {questions.length === 0 && <Empty>{t('questions.none')}</Empty>}
            <ul className="navet-plain-list navet-stack workspace-list">
              {questions.map((q) => (
                <li key={q.id}>
                  <Card data-color="neutral" className="navet-stack">
                    <Paragraph className="workspace-wrap">
                      <strong>{q.question}</strong>
                    </Paragraph>
                    <div className="navet-row">
                      <Paragraph data-size="sm">
                        {t('questions.asked', { date: date(q.askedAt), org: q.askedBy?.name ?? '–' })}
                      </Paragraph>
                      {q.status === 'ANSWERED' && <Tag data-color="success">{t('questions.answered')}</Tag>}
                    </div>
                    {q.clarification ? (
                      <Paragraph className="workspace-wrap">{q.clarification.answer}</Paragraph>
                    ) : (
                      <ClarificationForm
                        needId={needId}
                        question={{ id: q.id, text: q.question }}
                        onPublished={() => void refetch()}
                      />
                    )}
                  </Card>
                </li>
              ))}
            </ul>
            <Heading level={3} data-size="xs">
              {t('questions.clarifications')}
            </Heading>
            {d.need?.clarifications.length ? (
              <ul className="navet-plain-list navet-stack workspace-list">
                {d.need.clarifications.map((c) => (
                  <li key={c.id} className="workspace-wrap">
                    <Paragraph>
                      <strong>{c.question}</strong>
                    </Paragraph>
                    <Paragraph>{c.answer}</Paragraph>
                  </li>
                ))}
              </ul>
            ) : (
              <Empty />
            )}
            <Details>
              <Details.Summary>{t('questions.newHeading')}</Details.Summary>
              <Details.Content>
                <ClarificationForm needId={needId} onPublished={() => void refetch()} />
              </Details.Content>
            </Details>
          </div>
        );
      }}
    </QueryState>
  );
}
