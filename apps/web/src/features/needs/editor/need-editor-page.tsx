import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { graphql } from '../../../gql';
import { QueryState } from '../../../shared/states';
import { useTitle } from '../../../shared/use-title';
import { RequireRole } from '../../identity/require-role';
import { EditorForm } from './editor-form';
import {
  emptyNeedForm,
  formFromNeed,
  recoverFromConflict,
  toCreateInput,
  toUpdateInput,
  type NeedFormValues,
} from './need-form-state';
import { PublishNeedButton } from './publish-need-button';
import './editor.css';

const NeedForEditOp = graphql(`
  query NeedForEdit($id: ID!) {
    need(id: $id) {
      id
      version
      status
      title
      summary
      description
      desiredOutcomes
      language
      cpvCodes {
        code
      }
      regions {
        code
      }
      focusAreas
      readiness
      estimatedValueSekBig
      dialogueDeadline
    }
  }
`);

const CreateOp = graphql(`
  mutation NeedEditorCreate($input: CreateNeedInput!) {
    createNeed(input: $input) {
      id
    }
  }
`);

const UpdateOp = graphql(`
  mutation NeedEditorUpdate($id: ID!, $input: UpdateNeedInput!) {
    updateNeed(id: $id, input: $input) {
      id
      version
      status
    }
  }
`);

function Guidance() {
  const { t } = useTranslation('needEditor');
  return (
    <Alert data-color="info">
      <Heading level={2} data-size="xs">
        {t('guidance.heading')}
      </Heading>
      <Paragraph>{t('guidance.body')}</Paragraph>
    </Alert>
  );
}

export function NewNeedPage() {
  const { t } = useTranslation('needEditor');
  useTitle(t('newTitle'));
  const navigate = useNavigate();
  const [values, setValues] = useState<NeedFormValues>(emptyNeedForm);
  const [create, { loading, error }] = useMutation(CreateOp);
  async function save() {
    const res = await create({ variables: { input: toCreateInput(values) } }).catch(() => undefined);
    if (res?.data) void navigate(paths.buyerEditNeed(res.data.createNeed.id), { state: { created: true } });
  }
  return (
    <RequireRole roles={['BUYER']}>
      <section className="need-editor navet-stack">
        <Heading level={1} data-size="lg">
          {t('newTitle')}
        </Heading>
        <Guidance />
        <EditorForm values={values} onChange={setValues} onSave={save} saving={loading} error={error} submitLabel={t('save')} />
      </section>
    </RequireRole>
  );
}

export function EditNeedPage() {
  const { id = '' } = useParams();
  return (
    <RequireRole roles={['BUYER']}>
      <EditNeed id={id} />
    </RequireRole>
  );
}

function EditNeed({ id }: { id: string }) {
  const { t } = useTranslation('needEditor');
  useTitle(t('editTitle'));
  const location = useLocation();
  const query = useQuery(NeedForEditOp, { variables: { id }, fetchPolicy: 'network-only' });
  const [form, setForm] = useState<{ values: NeedFormValues; version: number; stash?: NeedFormValues } | null>(null);
  const [update, { loading, error, data, reset }] = useMutation(UpdateOp);
  const need = query.data?.need;
  if (need && !form) setForm({ values: formFromNeed(need), version: need.version });

  async function save() {
    if (!form) return;
    const res = await update({ variables: { id, input: toUpdateInput(form.values, form.version) } }).catch(() => undefined);
    if (res?.data) setForm({ values: form.values, version: res.data.updateNeed.version });
  }
  // Publishing bumps the version: the next save must carry the new one.
  async function afterPublish() {
    const latest = (await query.refetch()).data?.need;
    if (latest) setForm((f) => f && { ...f, version: latest.version });
  }
  async function reloadLatest() {
    const latest = (await query.refetch()).data?.need;
    if (!latest || !form) return;
    reset();
    setForm(recoverFromConflict(form.values, latest));
  }

  return (
    <section className="need-editor navet-stack">
      <Heading level={1} data-size="lg">
        {t('editTitle')}
      </Heading>
      <QueryState loading={query.loading} error={query.error} data={need && form ? { need, form } : undefined}>
        {({ need: n, form: f }) => (
          <>
            <Guidance />
            {(Boolean((location.state as { created?: boolean } | null)?.created) || data) && (
              <Alert data-color="success" role="status">
                {t('saved')}
              </Alert>
            )}
            <EditorForm
              values={f.values}
              onChange={(values) => setForm({ ...f, values })}
              onSave={save}
              saving={loading}
              error={error}
              onReloadLatest={reloadLatest}
              stash={f.stash}
              submitLabel={n.status === 'DRAFT' ? t('save') : t('saveChanges')}
            />
            <PublishNeedButton needId={n.id} status={n.status} onPublished={() => void afterPublish()} />
            <Paragraph>
              <Link asChild>
                <RouterLink to={paths.buyerNeed(n.id)}>{t('toWorkspace')}</RouterLink>
              </Link>
            </Paragraph>
          </>
        )}
      </QueryState>
    </section>
  );
}
