import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { paths, signInPath } from '../../../app/paths';
import { graphql } from '../../../gql';
import { FormErrors, formErrors, useFieldMessage } from '../../../shared/form-errors';
import { useSession } from '../../identity/session';

const InterestOp = graphql(`
  mutation NeedPageExpressInterest($needId: ID!, $message: String) {
    expressInterest(needId: $needId, message: $message) {
      id
      status
      supplierInterested
    }
  }
`);

const AskOp = graphql(`
  mutation NeedPageAskQuestion($needId: ID!, $question: String!) {
    askQuestion(needId: $needId, question: $question) {
      id
      status
    }
  }
`);

/** A supplier's two actions on a published need; anyone else is told how to take them. */
export function SupplierActions({ needId }: { needId: string }) {
  const { t } = useTranslation('needPage');
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') return null;
  if (!session.me)
    return (
      <Paragraph>
        <Link asChild>
          <RouterLink to={signInPath(location.pathname)}>{t('signInToAct')}</RouterLink>
        </Link>
      </Paragraph>
    );
  if (session.me.role !== 'SUPPLIER') return null;
  return (
    <div className="navet-need-actions">
      <ActionForm kind="interest" needId={needId} />
      <ActionForm kind="ask" needId={needId} />
    </div>
  );
}

/** Express interest (optional message) or ask a question (required text): one form, two mutations. */
function ActionForm({ kind, needId }: { kind: 'interest' | 'ask'; needId: string }) {
  const { t } = useTranslation('needPage');
  const message = useFieldMessage();
  const [text, setText] = useState('');
  const [interest, interestState] = useMutation(InterestOp);
  const [ask, askState] = useMutation(AskOp);
  const { data, loading, error } = kind === 'interest' ? interestState : askState;
  const { byField, other } = formErrors(error);
  const fieldError = message(byField[kind === 'interest' ? 'message' : 'question']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const run =
      kind === 'interest'
        ? interest({ variables: { needId, message: text.trim() || null } })
        : ask({ variables: { needId, question: text } });
    await run.catch(() => undefined);
  }

  const id = `need-${kind}`;
  return (
    <Card data-color={kind === 'interest' ? 'accent' : 'neutral'} className="navet-stack">
      <Heading level={2} data-size="xs" id={id}>
        {t(`${kind}.heading`)}
      </Heading>
      <Paragraph data-size="sm">{t(`${kind}.intro`)}</Paragraph>
      {data ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t(`${kind}.done`)}</Paragraph>
          <Link asChild>
            <RouterLink to={kind === 'interest' ? paths.supplierMatches : paths.supplierQuestions}>
              {kind === 'interest' ? t('interest.toMatches') : t('ask.toQuestions')}
            </RouterLink>
          </Link>
        </Alert>
      ) : (
        <form onSubmit={submit} className="navet-form" aria-labelledby={id}>
          <Textfield
            multiline
            rows={3}
            label={kind === 'interest' ? t('interest.message') : t('ask.label')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            required={kind === 'ask'}
            error={fieldError}
          />
          <FormErrors errors={other} />
          <Button type="submit" loading={loading} variant={kind === 'interest' ? 'primary' : 'secondary'}>
            {t(`${kind}.submit`)}
          </Button>
        </form>
      )}
    </Card>
  );
}
