import { useMutation } from '@apollo/client/react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../../gql';
import { apiErrors, fieldErrors } from '../../../../shared/api-errors';
import { ApiErrorAlerts } from '../../editor/api-error-alerts';

const PublishClarificationOp = graphql(`
  mutation BuyerPublishClarification($needId: ID!, $question: String!, $answer: String!, $questionId: ID) {
    publishClarification(needId: $needId, question: $question, answer: $answer, questionId: $questionId) {
      id
      question
      answer
      publishedAt
    }
  }
`);

/**
 * Publishes an answer to every engaged supplier: to a supplier's question (question text fixed) or as a
 * new clarification (the buyer writes the question too).
 */
export function ClarificationForm({
  needId,
  question,
  onPublished,
}: {
  needId: string;
  question?: { id: string; text: string };
  onPublished(): void;
}) {
  const { t } = useTranslation('myNeeds');
  const [topic, setTopic] = useState('');
  const [answer, setAnswer] = useState('');
  const [publish, { loading, error }] = useMutation(PublishClarificationOp);
  const errors = apiErrors(error);
  const byField = fieldErrors(errors);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const res = await publish({
      variables: { needId, question: question?.text ?? topic, answer, questionId: question?.id ?? null },
    }).catch(() => undefined);
    if (res?.data) {
      setTopic('');
      setAnswer('');
      onPublished();
    }
  }
  return (
    <form onSubmit={submit} className="navet-form">
      {!question && (
        <Textfield
          label={t('questions.question')}
          value={topic}
          onChange={(e) => setTopic(e.target.value)}
          error={byField['question']?.message}
          required
        />
      )}
      <Textfield
        multiline
        rows={3}
        label={t('questions.answer')}
        description={t('questions.help')}
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
        error={byField['answer']?.message}
        required
      />
      <ApiErrorAlerts errors={errors.filter((x) => !x.field)} />
      <div>
        <Button type="submit" loading={loading}>
          {t('questions.publish')}
        </Button>
      </div>
    </form>
  );
}
