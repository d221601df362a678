import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormErrors, formErrors, useFieldMessage } from '../../shared/form-errors';
import { useTitle } from '../../shared/use-title';

const RequestResetOp = graphql(`
  mutation IdentityRequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** Asks for a reset link; the answer never tells whether the account exists (the API always says true). */
export function ForgotPasswordPage() {
  const { t } = useTranslation('identity');
  useTitle(t('forgot.title'));
  const message = useFieldMessage();
  const [email, setEmail] = useState('');
  const [request, { data, loading, error }] = useMutation(RequestResetOp);
  const { byField, other } = formErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    await request({ variables: { email } }).catch(() => undefined);
  }

  return (
    <section className="navet-narrow">
      <Heading level={1} data-size="lg">
        {t('forgot.title')}
      </Heading>
      {data ? (
        <Alert data-color="success" role="status">
          {t('forgot.sent')}
        </Alert>
      ) : (
        <>
          <Paragraph>{t('forgot.intro')}</Paragraph>
          <form onSubmit={submit} noValidate className="navet-form">
            <Textfield
              label={t('signIn.email')}
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={message(byField['email'])}
            />
            <FormErrors errors={other} />
            <Button type="submit" loading={loading}>
              {t('forgot.submit')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
