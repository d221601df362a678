import { Checkbox, Field, Fieldset, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FocusArea, SolutionReadiness } from '../../../gql/graphql';
import type { ApiError } from '../../../shared/api-errors';
import { CpvPicker } from '../../reference/cpv-picker';
import { RegionPicker } from '../../reference/region-picker';
import { FieldAdvice } from './copilot/field-advice';
import type { Finding } from './copilot/draft';
import type { NeedFormValues } from './need-form-state';
import { OutcomesEditor } from './outcomes-editor';

export const FOCUS_AREAS: FocusArea[] = [
  'CLIMATE_AND_ENVIRONMENT',
  'CULTURE_AND_LEISURE',
  'DIGITALISATION',
  'EDUCATION',
  'ENERGY',
  'FOOD',
  'HEALTH_AND_CARE',
  'SAFETY_AND_SECURITY',
  'TRANSPORT',
  'URBAN_DEVELOPMENT',
  'WATER_AND_WASTE',
  'OTHER',
];
export const READINESS: SolutionReadiness[] = ['MARKET_READY', 'NEEDS_ADAPTATION', 'NEEDS_DEVELOPMENT'];

interface Props {
  values: NeedFormValues;
  onChange(values: NeedFormValues): void;
  /** The API's errors keyed by the input field they name. */
  errors: Record<string, ApiError>;
  /** The co-pilot's findings keyed by field, shown under each field as advice. */
  advice?: Record<string, Finding[]>;
}

/** The need's fields; each shows the API's message for it underneath. */
export function NeedForm({ values, onChange, errors, advice = {} }: Props) {
  const { t } = useTranslation('needEditor');
  const set = <K extends keyof NeedFormValues>(key: K, v: NeedFormValues[K]) => onChange({ ...values, [key]: v });
  const err = (field: string) => errors[field]?.message;
  const toggleFocus = (f: FocusArea, on: boolean) =>
    set('focusAreas', on ? [...values.focusAreas, f] : values.focusAreas.filter((x) => x !== f));
  return (
    <>
      <Textfield
        label={t('fields.title')}
        description={t('fields.titleHelp')}
        value={values.title}
        onChange={(e) => set('title', e.target.value)}
        error={err('title')}
        required
      />
      <FieldAdvice findings={advice.title} />
      <Textfield
        multiline
        rows={2}
        label={t('fields.summary')}
        description={t('fields.summaryHelp')}
        value={values.summary}
        onChange={(e) => set('summary', e.target.value)}
        error={err('summary')}
        required
      />
      <FieldAdvice findings={advice.summary} />
      <Textfield
        multiline
        rows={8}
        label={t('fields.description')}
        description={t('fields.descriptionHelp')}
        value={values.description}
        onChange={(e) => set('description', e.target.value)}
        error={err('description')}
        required
      />
      <FieldAdvice findings={advice.description} />
      <OutcomesEditor value={values.desiredOutcomes} onChange={(v) => set('desiredOutcomes', v)} error={err('desiredOutcomes')} />
      <FieldAdvice findings={advice.desiredOutcomes} />
      <CpvPicker value={values.cpvCodes} onChange={(v) => set('cpvCodes', v)} error={err('cpvCodes')} />
      <FieldAdvice findings={advice.cpvCodes} />
      <RegionPicker value={values.regionCodes} onChange={(v) => set('regionCodes', v)} error={err('regionCodes')} />
      <FieldAdvice findings={advice.regionCodes} />
      <Fieldset>
        <Fieldset.Legend>{t('fields.focusAreas')}</Fieldset.Legend>
        <div className="need-checkboxes">
          {FOCUS_AREAS.map((f) => (
            <Checkbox
              key={f}
              label={t(`focus.${f}`)}
              value={f}
              checked={values.focusAreas.includes(f)}
              onChange={(e) => toggleFocus(f, e.target.checked)}
            />
          ))}
        </div>
        {err('focusAreas') && <ValidationMessage>{err('focusAreas')}</ValidationMessage>}
      </Fieldset>
      <FieldAdvice findings={advice.focusAreas} />
      <div className="navet-row need-selects">
        <LabelledSelect
          label={t('fields.readiness')}
          value={values.readiness}
          onChange={(v) => set('readiness', v as SolutionReadiness)}
          options={READINESS.map((r) => [r, t(`readiness.${r}`)])}
          error={err('readiness')}
        />
        <LabelledSelect
          label={t('fields.language')}
          value={values.language}
          onChange={(v) => set('language', v)}
          options={[
            ['sv', t('languages.sv')],
            ['en', t('languages.en')],
          ]}
          error={err('language')}
        />
      </div>
      <div className="navet-row need-selects">
        <Textfield
          label={t('fields.value')}
          description={t('fields.valueHelp')}
          inputMode="numeric"
          value={values.estimatedValueSek}
          onChange={(e) => set('estimatedValueSek', e.target.value)}
          error={err('estimatedValueSekBig') ?? err('estimatedValueSek')}
        />
        <Textfield
          type="date"
          label={t('fields.deadline')}
          description={t('fields.deadlineHelp')}
          value={values.dialogueDeadline}
          onChange={(e) => set('dialogueDeadline', e.target.value)}
          error={err('dialogueDeadline')}
        />
      </div>
      <FieldAdvice findings={[...(advice.dialogueDeadline ?? []), ...(advice.estimatedValueSek ?? [])]} />
    </>
  );
}

function LabelledSelect(props: {
  label: string;
  value: string;
  onChange(v: string): void;
  options: [string, string][];
  error?: string;
}) {
  const id = useId();
  return (
    <Field>
      <Label htmlFor={id}>{props.label}</Label>
      <Select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)} aria-invalid={!!props.error}>
        {props.options.map(([v, text]) => (
          <Select.Option key={v} value={v}>
            {text}
          </Select.Option>
        ))}
      </Select>
      {props.error && <ValidationMessage>{props.error}</ValidationMessage>}
    </Field>
  );
}
