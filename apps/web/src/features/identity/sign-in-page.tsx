import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { paths, safeNext } from '../../app/paths';
import { graphql } from '../../gql';
import { apiErrors } from '../../shared/api-errors';
import { ErrorState } from '../../shared/states';
import { useTitle } from '../../shared/use-title';
import { useSession } from './session';

const LoginOp = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
    }
  }
`);

export function SignInPage() {
  const { t } = useTranslation('identity');
  useTitle(t('signIn.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const [login, { loading, error }] = useMutation(LoginOp);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const wrongCredentials = apiErrors(error).some((e) => e.code === 'UNAUTHENTICATED');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const { data } = await login({ variables: { input: { email, password } } }).catch(() => ({ data: undefined }));
    if (!data) return;
    await session.signIn(data.login.accessToken);
    void navigate(safeNext(params.get('next')), { replace: true });
  }

  return (
    <section className="navet-narrow">
      <Heading level={1} data-size="lg">
        {t('signIn.title')}
      </Heading>
      {params.get('expired') && <Alert data-color="warning">{t('sessionExpired')}</Alert>}
      <form onSubmit={submit} noValidate className="navet-form">
        <Textfield
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
        />
        <Textfield
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        {wrongCredentials ? <Alert data-color="danger">{t('signIn.failed')}</Alert> : error && <ErrorState error={error} />}
        <Button type="submit" loading={loading}>
          {t('signIn.submit')}
        </Button>
      </form>
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.forgotPassword}>{t('signIn.forgot')}</RouterLink>
        </Link>
      </Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.register}>{t('signIn.noAccount')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
