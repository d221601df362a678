import { useMutation } from '@apollo/client/react';
import { Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormErrors, formErrors, useFieldMessage } from '../../shared/form-errors';
import { useSession } from '../identity/session';

const EraseOp = graphql(`
  mutation PrivacyEraseMyAccount($password: String!) {
    eraseMyAccount(password: $password)
  }
`);

/** GDPR art. 17, behind a confirm dialog that asks for the password; then the session ends. */
export function EraseAccount({ onErased }: { onErased: () => void }) {
  const { t } = useTranslation('privacy');
  const session = useSession();
  const message = useFieldMessage();
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [erase, { loading, error }] = useMutation(EraseOp);
  const { byField, other } = formErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await erase({ variables: { password } }).catch(() => undefined);
    if (!result?.data?.eraseMyAccount) return;
    dialog.current?.close();
    // The parent shows the outcome outside its sign-in guard before the session ends (else: sign-in screen).
    onErased();
    await session.signOut();
  }

  return (
    <section aria-labelledby="privacy-erase" className="navet-stack">
      <Heading level={2} data-size="sm" id="privacy-erase">
        {t('erase.heading')}
      </Heading>
      <Paragraph>{t('erase.intro')}</Paragraph>
      <div>
        <Button data-color="danger" variant="secondary" onClick={() => dialog.current?.showModal()}>
          {t('erase.open')}
        </Button>
      </div>
      <Dialog ref={dialog} closedby="any" aria-labelledby="privacy-erase-title">
        <Heading level={2} data-size="xs" id="privacy-erase-title">
          {t('erase.dialogTitle')}
        </Heading>
        <Paragraph>{t('erase.intro')}</Paragraph>
        <form onSubmit={submit} noValidate className="navet-form">
          <Textfield
            label={t('erase.password')}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={message(byField['password'])}
          />
          <FormErrors errors={other} />
          <div className="navet-row">
            <Button type="submit" data-color="danger" loading={loading}>
              {t('erase.confirm')}
            </Button>
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              {t('erase.cancel')}
            </Button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
