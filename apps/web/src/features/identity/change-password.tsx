import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormErrors, formErrors, useFieldMessage } from '../../shared/form-errors';
import { keepSession } from './session-store';

const ChangePasswordOp = graphql(`
  mutation IdentityChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      accessToken
    }
  }
`);

/** The API revokes every other token: the new one it returns keeps this browser signed in. */
export function ChangePassword() {
  const { t } = useTranslation('identity');
  const message = useFieldMessage();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [done, setDone] = useState(false);
  const [change, { loading, error }] = useMutation(ChangePasswordOp);
  const { byField, other } = formErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    const result = await change({ variables: { currentPassword: current, newPassword: next } }).catch(() => undefined);
    if (!result?.data) return;
    // Same user: keep the cache (a store reset would unmount this screen and lose the confirmation).
    await keepSession(result.data.changePassword.accessToken);
    setCurrent('');
    setNext('');
    setDone(true);
  }

  return (
    <section aria-labelledby="change-password" className="navet-narrow">
      <Heading level={2} data-size="sm" id="change-password">
        {t('changePassword.title')}
      </Heading>
      <form onSubmit={submit} noValidate className="navet-form">
        <Textfield
          label={t('changePassword.current')}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={message(byField['currentPassword'])}
        />
        <Textfield
          label={t('changePassword.new')}
          description={t('register.passwordHint')}
          type="password"
          autoComplete="new-password"
          required
          value={next}
          onChange={(e) => setNext(e.target.value)}
          error={message(byField['newPassword'] ?? byField['password'])}
        />
        <FormErrors errors={other} />
        {done && (
          <Alert data-color="success" role="status">
            {t('changePassword.done')}
          </Alert>
        )}
        <Button type="submit" loading={loading}>
          {t('changePassword.submit')}
        </Button>
      </form>
    </section>
  );
}
