import { useMutation } from '@apollo/client/react';
import { Alert, Button, Switch, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { apiErrors, fieldErrors } from '../../shared/api-errors';
import { ErrorState } from '../../shared/states';

const UpdatePreferencesOp = graphql(`
  mutation NotificationsUpdatePreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      email
      webhookUrl
      dailyMatchCap
    }
  }
`);

interface Prefs {
  email: boolean;
  webhookUrl?: string | null;
  dailyMatchCap: number;
}

/** E-mail on/off, the organization's webhook and the daily cap on match notifications; the API validates. */
export function PreferencesForm({ initial }: { initial: Prefs }) {
  const { t } = useTranslation('notifications');
  const [email, setEmail] = useState(initial.email);
  const [webhookUrl, setWebhookUrl] = useState(initial.webhookUrl ?? '');
  const [cap, setCap] = useState(String(initial.dailyMatchCap));
  const [saved, setSaved] = useState(false);
  const [update, { loading, error }] = useMutation(UpdatePreferencesOp);
  const errors = apiErrors(error);
  const byField = fieldErrors(errors);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    // An empty URL turns the webhook off; a blank cap is sent as null, which leaves the cap as it is.
    const dailyMatchCap = cap.trim() === '' ? null : Number(cap);
    const r = await update({ variables: { input: { email, webhookUrl: webhookUrl.trim(), dailyMatchCap } } }).catch(() => null);
    setSaved(Boolean(r?.data));
  }

  return (
    <form className="navet-form" onSubmit={(e) => void submit(e)} noValidate>
      <Switch
        label={t('settings.email')}
        description={t('settings.emailHelp')}
        checked={email}
        onChange={(e) => setEmail(e.target.checked)}
      />
      <Textfield
        label={t('settings.webhookUrl')}
        description={t('settings.webhookUrlHelp')}
        type="url"
        value={webhookUrl}
        onChange={(e) => setWebhookUrl(e.target.value)}
        error={byField['webhookUrl']?.message}
      />
      <Textfield
        label={t('settings.dailyCap')}
        description={t('settings.dailyCapHelp')}
        type="number"
        inputMode="numeric"
        value={cap}
        onChange={(e) => setCap(e.target.value)}
        error={byField['dailyMatchCap']?.message}
      />
      {errors.some((e) => !e.field) && <ErrorState errors={errors.filter((e) => !e.field)} />}
      <div aria-live="polite">{saved && <Alert data-color="success">{t('settings.saved')}</Alert>}</div>
      <div>
        <Button type="submit" disabled={loading}>
          {t('settings.save')}
        </Button>
      </div>
    </form>
  );
}
