import { useMutation } from '@apollo/client/react';
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { graphql } from '../../gql';
import { Loading } from '../../shared/states';
import { useTitle } from '../../shared/use-title';

const ConfirmOp = graphql(`
  mutation IdentityConfirmEmail($token: String!) {
    confirmEmail(token: $token)
  }
`);

/** The link from the welcome e-mail (?token=…): confirms once on open (each link works once). */
export function ConfirmEmailPage() {
  const { t } = useTranslation('identity');
  useTitle(t('confirm.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [confirm, { data, error }] = useMutation(ConfirmOp);
  // React's development double effect must not spend the single-use token twice.
  const sent = useRef(false);
  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    void confirm({ variables: { token } }).catch(() => undefined);
  }, [token, confirm]);

  let body;
  if (!token) body = <Alert data-color="warning">{t('confirm.noToken')}</Alert>;
  else if (data?.confirmEmail === true) body = <Alert data-color="success">{t('confirm.done')}</Alert>;
  else if (data || error) body = <Alert data-color="danger">{t('confirm.failed')}</Alert>;
  else body = <Loading label={t('confirm.working')} />;

  return (
    <section className="navet-narrow navet-stack">
      <Heading level={1} data-size="lg">
        {t('confirm.title')}
      </Heading>
      {body}
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.home}>{t('confirm.toStart')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
