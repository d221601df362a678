import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, ErrorSummary, Fieldset, Radio, Switch, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import type { CompanySize, SolutionReadiness } from '../../../gql/graphql';
import { apiErrors, fieldErrors, knownCode } from '../../../shared/api-errors';
import { CpvPicker } from '../../reference/cpv-picker';
import { FOCUS_AREAS } from '../../reference/focus-areas';
import { RegionPicker } from '../../reference/region-picker';
import { OfferingsEditor, ReferencesEditor } from './list-editors';
import { formToInput, type ProfileForm } from './profile-form-state';

const UpsertProfileOp = graphql(`
  mutation SupplierProfileUpsert($input: UpsertSupplierProfileInput!) {
    upsertSupplierProfile(input: $input) {
      id
      updatedAt
    }
  }
`);

const SIZES: CompanySize[] = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];
const READINESS: SolutionReadiness[] = ['MARKET_READY', 'NEEDS_ADAPTATION', 'NEEDS_DEVELOPMENT'];
const LANGUAGES = ['sv', 'en'];
/** The id of the control for an input field, so the error summary can link to it. */
const fieldId = (field: string) => `profile-${field}`;

interface Props {
  initial: ProfileForm;
  isNew: boolean;
  onSaved(saved: boolean): void;
}

/** The capability profile: every field of UpsertSupplierProfileInput; the API validates and names the field. */
export function ProfileEditorForm({ initial, isNew, onSaved }: Props) {
  const { t } = useTranslation('suppliers');
  // Enum labels and error words live in their own namespaces.
  const { t: tx } = useTranslation(['reference', 'shared']);
  const [form, setForm] = useState(initial);
  const [save, { loading, error }] = useMutation(UpsertProfileOp, { refetchQueries: ['MySupplierProfile'] });
  const errors = apiErrors(error);
  const byField = fieldErrors(errors);
  const msg = (field: string) => byField[field]?.message;
  const set = <K extends keyof ProfileForm>(key: K, value: ProfileForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    onSaved(false);
  };
  const toggle = <T extends string>(list: T[], item: T) =>
    list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

  async function submit(e: FormEvent) {
    e.preventDefault();
    onSaved(false);
    const result = await save({ variables: { input: formToInput(form) } }).catch(() => null);
    if (result?.data) onSaved(true);
  }

  return (
    <form className="navet-form" onSubmit={(e) => void submit(e)} noValidate>
      {errors.length > 0 && (
        <ErrorSummary>
          <ErrorSummary.Heading>{tx('shared:errorSummary')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {errors.map((er, i) => (
              <ErrorSummary.Item key={i}>
                <ErrorSummary.Link href={`#${fieldId(er.field?.split('.').pop() ?? 'headline')}`}>
                  {tx(`shared:errors.${knownCode(er.code)}`)} {er.message}
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      <Textfield
        id={fieldId('headline')}
        label={t('profile.headline')}
        description={t('profile.headlineHelp')}
        value={form.headline}
        onChange={(e) => set('headline', e.target.value)}
        error={msg('headline')}
        required
      />
      <Textfield
        multiline
        id={fieldId('description')}
        label={t('profile.description')}
        description={t('profile.descriptionHelp')}
        rows={6}
        value={form.description}
        onChange={(e) => set('description', e.target.value)}
        error={msg('description')}
        required
      />
      <OfferingsEditor value={form.offerings} onChange={(v) => set('offerings', v)} error={msg('offerings')} />
      <div id={fieldId('cpvCodes')}>
        <CpvPicker value={form.cpvCodes} onChange={(v) => set('cpvCodes', v)} error={msg('cpvCodes')} />
      </div>
      <div id={fieldId('regionCodes')}>
        <RegionPicker
          label={t('profile.regions')}
          value={form.regionCodes}
          onChange={(v) => set('regionCodes', v)}
          error={msg('regionCodes')}
        />
      </div>
      <Fieldset id={fieldId('focusAreas')}>
        <Fieldset.Legend>{t('profile.focusAreas')}</Fieldset.Legend>
        <div className="navet-profile-checks">
          {FOCUS_AREAS.map((f) => (
            <Checkbox
              key={f}
              label={tx(`reference:focusArea.${f}`)}
              checked={form.focusAreas.includes(f)}
              onChange={() => set('focusAreas', toggle(form.focusAreas, f))}
            />
          ))}
        </div>
      </Fieldset>
      <Fieldset id={fieldId('companySize')}>
        <Fieldset.Legend>{t('profile.companySize')}</Fieldset.Legend>
        {SIZES.map((s) => (
          <Radio
            key={s}
            name="companySize"
            value={s}
            label={tx(`reference:companySize.${s}`)}
            checked={form.companySize === s}
            onChange={() => set('companySize', s)}
          />
        ))}
      </Fieldset>
      <Fieldset id={fieldId('readiness')}>
        <Fieldset.Legend>{t('profile.readiness')}</Fieldset.Legend>
        {READINESS.map((r) => (
          <Radio
            key={r}
            name="readiness"
            value={r}
            label={tx(`reference:readiness.${r}`)}
            checked={form.readiness === r}
            onChange={() => set('readiness', r)}
          />
        ))}
      </Fieldset>
      <Fieldset id={fieldId('languages')}>
        <Fieldset.Legend>{t('profile.languages')}</Fieldset.Legend>
        {LANGUAGES.map((l) => (
          <Checkbox
            key={l}
            label={t(`profile.language.${l as 'sv' | 'en'}`)}
            checked={form.languages.includes(l)}
            onChange={() => set('languages', toggle(form.languages, l))}
          />
        ))}
      </Fieldset>
      <ReferencesEditor value={form.references} onChange={(v) => set('references', v)} error={msg('references')} />
      <Textfield
        id={fieldId('contactEmail')}
        type="email"
        label={t('profile.contactEmail')}
        description={t('profile.contactEmailHelp')}
        value={form.contactEmail}
        onChange={(e) => set('contactEmail', e.target.value)}
        error={msg('contactEmail')}
        required
        autoComplete="email"
      />
      <Switch
        id={fieldId('discoverable')}
        label={t('profile.discoverable')}
        description={t('profile.discoverableHelp')}
        checked={form.discoverable}
        onChange={(e) => set('discoverable', e.target.checked)}
      />
      <div className="navet-row">
        <Button type="submit" disabled={loading}>
          {isNew ? t('profile.create') : t('profile.save')}
        </Button>
      </div>
    </form>
  );
}
