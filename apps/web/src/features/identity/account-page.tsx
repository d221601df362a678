import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { graphql } from '../../gql';
import { useTitle } from '../../shared/use-title';
import { ChangePassword } from './change-password';
import { RequireRole } from './require-role';
import { useSession } from './session';
import './account.css';

const LogoutOp = graphql(`
  mutation IdentityAccountLogout {
    logout
  }
`);

/** Who am I, change password, my data, sign out. */
export function AccountPage() {
  return (
    <RequireRole>
      <Account />
    </RequireRole>
  );
}

function Account() {
  const { t } = useTranslation('identity');
  useTitle(t('account.title'));
  const session = useSession();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutOp);
  const me = session.me!;
  async function signOut() {
    await logout().catch(() => undefined);
    await session.signOut();
    void navigate(paths.home);
  }
  return (
    <div className="navet-stack">
      <Heading level={1} data-size="lg">
        {t('account.title')}
      </Heading>
      <section aria-labelledby="account-you">
        <Heading level={2} data-size="sm" id="account-you">
          {t('account.you')}
        </Heading>
        <dl className="navet-facts">
          <dt>{t('account.name')}</dt>
          <dd>{me.name}</dd>
          <dt>{t('account.email')}</dt>
          <dd>{me.email}</dd>
          <dt>{t('account.role')}</dt>
          <dd>{t(`account.roles.${me.role}`)}</dd>
          <dt>{t('account.organization')}</dt>
          <dd>{me.organization.name}</dd>
        </dl>
        <Alert data-color={me.emailConfirmed ? 'success' : 'warning'}>
          {me.emailConfirmed ? t('account.emailConfirmed') : t('account.emailNotConfirmed')}
        </Alert>
        {me.organization.kind === 'PUBLIC_BUYER' && !me.organization.verified && (
          <Alert data-color="info">{t('account.notVerified')}</Alert>
        )}
      </section>
      <ChangePassword />
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.myData}>{t('account.myData')}</RouterLink>
        </Link>
      </Paragraph>
      <div>
        <Button variant="secondary" onClick={() => void signOut()}>
          {t('signOut')}
        </Button>
      </div>
    </div>
  );
}
