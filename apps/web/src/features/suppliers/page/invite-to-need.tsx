import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Field, Heading, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { apiErrors, fieldErrors } from '../../../shared/api-errors';
import { Empty } from '../../../shared/states';
import { ApiErrorAlerts } from '../../needs/editor/api-error-alerts';
import { InviteOp } from '../../needs/mine/workspace/invite-dialog';

const PublishedNeedsOp = graphql(`
  query SupplierPagePublishedNeeds {
    myNeeds(status: PUBLISHED) {
      id
      title
    }
  }
`);

/** The buyer picks one of their published needs and invites this supplier to it. */
export function InviteToNeed({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation('suppliers');
  const selectId = useId();
  const needs = useQuery(PublishedNeedsOp, { fetchPolicy: 'cache-and-network' });
  const [needId, setNeedId] = useState('');
  const [message, setMessage] = useState('');
  const [invite, { loading, error, data }] = useMutation(InviteOp);
  const errors = apiErrors(error);
  const byField = fieldErrors(errors);
  async function submit(e: FormEvent) {
    e.preventDefault();
    await invite({ variables: { needId, supplierId, message: message.trim() || null } }).catch(() => undefined);
  }
  const list = needs.data?.myNeeds ?? [];
  return (
    <section className="navet-stack" aria-labelledby={`${selectId}-h`}>
      <Heading level={2} data-size="sm" id={`${selectId}-h`}>
        {t('page.invite.heading')}
      </Heading>
      {needs.data && list.length === 0 ? (
        <Empty>{t('page.invite.none')}</Empty>
      ) : (
        <form onSubmit={submit} className="navet-form">
          <Field>
            <Label htmlFor={selectId}>{t('page.invite.need')}</Label>
            <Select id={selectId} value={needId} onChange={(e) => setNeedId(e.target.value)} required>
              <Select.Option value="">{t('page.invite.choose')}</Select.Option>
              {list.map((n) => (
                <Select.Option key={n.id} value={n.id}>
                  {n.title}
                </Select.Option>
              ))}
            </Select>
            {byField['needId'] && <ValidationMessage>{byField['needId'].message}</ValidationMessage>}
          </Field>
          <Textfield
            multiline
            rows={3}
            label={t('page.invite.message')}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            error={byField['message']?.message}
          />
          <ApiErrorAlerts errors={errors.filter((x) => !x.field || !['needId', 'message'].includes(x.field))} />
          {data && (
            <Alert data-color="success" role="status">
              {t('page.invite.sent')}
            </Alert>
          )}
          <div>
            <Button type="submit" loading={loading} disabled={!needId}>
              {t('page.invite.send')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
