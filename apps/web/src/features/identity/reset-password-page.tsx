import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { graphql } from '../../gql';
import { FormErrors, formErrors, useFieldMessage } from '../../shared/form-errors';
import { useTitle } from '../../shared/use-title';
import { useSession } from './session';

const ResetOp = graphql(`
  mutation IdentityResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      accessToken
    }
  }
`);

/** The link from the reset e-mail (?token=…): a new password, then signed in. */
export function ResetPasswordPage() {
  const { t } = useTranslation('identity');
  useTitle(t('reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const session = useSession();
  const navigate = useNavigate();
  const message = useFieldMessage();
  const [password, setPassword] = useState('');
  const [reset, { loading, error }] = useMutation(ResetOp);
  const { byField, other } = formErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await reset({ variables: { token, newPassword: password } }).catch(() => undefined);
    if (!result?.data) return;
    await session.signIn(result.data.resetPassword.accessToken);
    void navigate(paths.account, { replace: true });
  }

  return (
    <section className="navet-narrow">
      <Heading level={1} data-size="lg">
        {t('reset.title')}
      </Heading>
      {!token ? (
        <Alert data-color="warning">{t('reset.noToken')}</Alert>
      ) : (
        <form onSubmit={submit} noValidate className="navet-form">
          <Textfield
            label={t('reset.password')}
            description={t('register.passwordHint')}
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={message(byField['newPassword'] ?? byField['password'])}
          />
          <FormErrors errors={[...other, ...(byField['token'] ? [byField['token']] : [])]} />
          <Button type="submit" loading={loading}>
            {t('reset.submit')}
          </Button>
        </form>
      )}
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.forgotPassword}>{t('reset.requestNew')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
