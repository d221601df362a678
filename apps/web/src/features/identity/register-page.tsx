import { useMutation } from '@apollo/client/react';
import { Alert, Button, Fieldset, Heading, Link, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../app/paths';
import { graphql } from '../../gql';
import type { OrganizationKind } from '../../gql/graphql';
import { FormErrors, formErrors, useFieldMessage } from '../../shared/form-errors';
import { useTitle } from '../../shared/use-title';
import { useSession } from './session';

const RegisterOp = graphql(`
  mutation IdentityRegister($input: RegisterOrganizationInput!) {
    registerOrganization(input: $input) {
      accessToken
      user {
        email
      }
    }
  }
`);

const FIELDS = ['organizationName', 'organizationNumber', 'website', 'userName', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];
const EXTRA: Partial<Record<Field, { type?: 'email' | 'password' | 'url'; autoComplete: string; optional?: boolean }>> = {
  organizationName: { autoComplete: 'organization' },
  organizationNumber: { autoComplete: 'off', optional: true },
  website: { type: 'url', autoComplete: 'url', optional: true },
  userName: { autoComplete: 'name' },
  email: { type: 'email', autoComplete: 'email' },
  password: { type: 'password', autoComplete: 'new-password' },
};

/** A new buyer or supplier organization and its first user; signed in at once, e-mail confirmation sent. */
export function RegisterPage() {
  const { t } = useTranslation('identity');
  useTitle(t('register.title'));
  const session = useSession();
  const message = useFieldMessage();
  const [kind, setKind] = useState<OrganizationKind>('SUPPLIER');
  const [values, setValues] = useState<Record<Field, string>>(
    Object.fromEntries(FIELDS.map((f) => [f, ''])) as Record<Field, string>,
  );
  const [register, { data, loading, error }] = useMutation(RegisterOp);
  const { byField, other } = formErrors(error);
  const unshown = [
    ...other,
    ...Object.entries(byField)
      .filter(([f]) => !(FIELDS as readonly string[]).includes(f) && f !== 'kind')
      .map(([, e]) => e),
  ];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const optional = (v: string) => v.trim() || null;
    const input = { ...values, kind, organizationNumber: optional(values.organizationNumber), website: optional(values.website) };
    const result = await register({ variables: { input } }).catch(() => undefined);
    if (result?.data) await session.signIn(result.data.registerOrganization.accessToken);
  }

  if (data)
    return (
      <section className="navet-narrow">
        <Heading level={1} data-size="lg">
          {t('register.done')}
        </Heading>
        <Alert data-color="success" role="status">
          {t('register.confirmSent', { email: data.registerOrganization.user.email })}
        </Alert>
        <Paragraph>
          <Link asChild>
            <RouterLink to={kind === 'SUPPLIER' ? paths.supplierProfile : paths.buyerNeeds}>{t('register.next')}</RouterLink>
          </Link>
        </Paragraph>
      </section>
    );

  return (
    <section className="navet-narrow">
      <Heading level={1} data-size="lg">
        {t('register.title')}
      </Heading>
      <Paragraph>{t('register.intro')}</Paragraph>
      <form onSubmit={submit} noValidate className="navet-form">
        <Fieldset>
          <Fieldset.Legend>{t('register.kind')}</Fieldset.Legend>
          {(['SUPPLIER', 'PUBLIC_BUYER'] as const).map((k) => (
            <Radio key={k} name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} label={t(`register.${k}`)} />
          ))}
          {kind === 'PUBLIC_BUYER' && <Fieldset.Description>{t('register.buyerNote')}</Fieldset.Description>}
        </Fieldset>
        {FIELDS.map((f) => (
          <Textfield
            key={f}
            label={t(`register.${f}`)}
            description={f === 'password' ? t('register.passwordHint') : undefined}
            type={EXTRA[f]?.type ?? 'text'}
            autoComplete={EXTRA[f]?.autoComplete}
            required={!EXTRA[f]?.optional}
            value={values[f]}
            onChange={(e) => setValues({ ...values, [f]: e.target.value })}
            error={message(byField[f])}
          />
        ))}
        <FormErrors errors={unshown} />
        <Button type="submit" loading={loading}>
          {t('register.submit')}
        </Button>
      </form>
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.signIn}>{t('register.haveAccount')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
