import { Alert, Button, Details, ErrorSummary, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrors, fieldErrors } from '../../../shared/api-errors';
import { ApiErrorAlerts } from './api-error-alerts';
import { CopilotPanel } from './copilot/copilot-panel';
import { addCode, findingsByField } from './copilot/draft';
import { useNeedAdvice } from './copilot/use-need-advice';
import { NeedForm } from './need-form';
import type { NeedFormValues } from './need-form-state';

interface Props {
  values: NeedFormValues;
  onChange(values: NeedFormValues): void;
  onSave(): Promise<void>;
  saving: boolean;
  error?: unknown;
  submitLabel: string;
  /** Given when editing: a CONFLICT offers to load the latest version. */
  onReloadLatest?: () => Promise<void>;
  /** The user's own values kept aside after a conflict, to copy from. */
  stash?: NeedFormValues;
}

/**
 * The need form with the API's answer (field messages under fields, a summary on top, conflicts explained)
 * and the co-pilot beside it, advising on the draft as it is typed.
 */
export function EditorForm({ values, onChange, onSave, saving, error, submitLabel, onReloadLatest, stash }: Props) {
  const { t } = useTranslation('needEditor');
  const { t: ts } = useTranslation();
  const errors = apiErrors(error);
  const byField = fieldErrors(errors);
  const conflict = errors.some((e) => e.code === 'CONFLICT');
  const general = errors.filter((e) => !e.field && e.code !== 'CONFLICT');
  const copilot = useNeedAdvice(values);
  function submit(e: FormEvent) {
    e.preventDefault();
    void onSave();
  }
  return (
    <div className="need-editor-layout">
      <form onSubmit={submit} noValidate className="navet-form">
        {Object.keys(byField).length > 0 && (
          <ErrorSummary>
            <ErrorSummary.Heading>{ts('errorSummary')}</ErrorSummary.Heading>
            <ErrorSummary.List>
              {Object.entries(byField).map(([field, e]) => (
                <ErrorSummary.Item key={field}>{e.message}</ErrorSummary.Item>
              ))}
            </ErrorSummary.List>
          </ErrorSummary>
        )}
        {conflict && (
          <Alert data-color="warning" role="alert">
            <Heading level={2} data-size="xs">
              {t('conflict.heading')}
            </Heading>
            <Paragraph>{t('conflict.body')}</Paragraph>
            {onReloadLatest && (
              <Button variant="secondary" onClick={() => void onReloadLatest()}>
                {t('conflict.reload')}
              </Button>
            )}
          </Alert>
        )}
        <ApiErrorAlerts errors={general} />
        <NeedForm values={values} onChange={onChange} errors={byField} advice={findingsByField(copilot.advice?.findings ?? [])} />
        <div>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </div>
        {stash && <StashedEdits stash={stash} />}
      </form>
      <CopilotPanel
        {...copilot}
        chosenCpv={values.cpvCodes}
        onAddCpv={(code) => onChange({ ...values, cpvCodes: addCode(values.cpvCodes, code) })}
      />
    </div>
  );
}

/** The user's unsaved text after a conflict, read-only, so nothing typed is lost. */
function StashedEdits({ stash }: { stash: NeedFormValues }) {
  const { t } = useTranslation('needEditor');
  const rows: [string, string][] = [
    [t('fields.title'), stash.title],
    [t('fields.summary'), stash.summary],
    [t('fields.description'), stash.description],
    [t('fields.outcomes'), stash.desiredOutcomes.filter(Boolean).join('\n')],
    [t('fields.value'), stash.estimatedValueSek],
    [t('fields.deadline'), stash.dialogueDeadline],
  ];
  return (
    <Details defaultOpen>
      <Details.Summary>{t('conflict.yourEdits')}</Details.Summary>
      <Details.Content>
        <dl>
          {rows.map(([label, text]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className="need-stash">{text}</dd>
            </div>
          ))}
        </dl>
      </Details.Content>
    </Details>
  );
}
