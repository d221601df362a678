import { useQuery } from '@apollo/client/react';
import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../app/paths';
import { graphql } from '../../gql';
import { Empty, QueryState } from '../../shared/states';
import { useTitle } from '../../shared/use-title';
import { RequireRole } from '../identity/require-role';
import './dialogue.css';

const MyQuestionsOp = graphql(`
  query DialogueMyQuestions {
    myQuestions {
      id
      question
      status
      askedAt
      need {
        id
        title
      }
      clarification {
        id
        answer
        publishedAt
      }
    }
  }
`);

/** The supplier's questions to buyers; answers are published to every engaged supplier, the asker unnamed. */
function MyQuestions() {
  const { t, i18n } = useTranslation('dialogue');
  useTitle(t('questions.title'));
  const { data, loading, error, refetch } = useQuery(MyQuestionsOp, { fetchPolicy: 'cache-and-network' });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <div className="navet-stack">
      <Heading level={1}>{t('questions.title')}</Heading>
      <Paragraph>{t('questions.intro')}</Paragraph>
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {(d) =>
          d.myQuestions.length === 0 ? (
            <Empty>{t('questions.none')}</Empty>
          ) : (
            <ul className="navet-plain-list navet-dialogue-list">
              {d.myQuestions.map((q) => (
                <li key={q.id}>
                  <Card data-color="neutral" className="navet-dialogue-card">
                    <div className="navet-row">
                      <Tag data-color={q.status === 'ANSWERED' ? 'success' : 'info'}>{t(`questions.status.${q.status}`)}</Tag>
                      <span>{t('questions.asked', { date: date.format(new Date(q.askedAt)) })}</span>
                    </div>
                    <Heading level={2} data-size="xs">
                      <Link asChild>
                        <RouterLink to={paths.need(q.need.id)}>{q.need.title}</RouterLink>
                      </Link>
                    </Heading>
                    <Paragraph className="navet-message-body">
                      <strong>{t('questions.question')}</strong> {q.question}
                    </Paragraph>
                    {q.clarification ? (
                      <Paragraph className="navet-message-body">
                        <strong>{t('questions.answer', { date: date.format(new Date(q.clarification.publishedAt)) })}</strong>{' '}
                        {q.clarification.answer}
                      </Paragraph>
                    ) : (
                      <Paragraph data-size="sm">{t('questions.waiting')}</Paragraph>
                    )}
                  </Card>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </div>
  );
}

export function QuestionsPage() {
  return (
    <RequireRole roles={['SUPPLIER']}>
      <MyQuestions />
    </RequireRole>
  );
}
