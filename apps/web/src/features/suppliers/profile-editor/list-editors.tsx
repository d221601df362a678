import { Button, Card, Fieldset, Heading, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ProfileForm } from './profile-form-state';

interface ListProps<T> {
  value: T[];
  onChange(value: T[]): void;
  error?: string;
}

const replace = <T,>(list: T[], i: number, item: T) => list.map((x, j) => (j === i ? item : x));
const without = <T,>(list: T[], i: number) => list.filter((_, j) => j !== i);

/** What the supplier sells, one offering per row; rows are added and removed with buttons. */
export function OfferingsEditor({ value, onChange, error }: ListProps<string>) {
  const { t } = useTranslation('suppliers');
  return (
    <Fieldset id="profile-offerings">
      <Fieldset.Legend>{t('profile.offerings')}</Fieldset.Legend>
      <Fieldset.Description>{t('profile.offeringsHelp')}</Fieldset.Description>
      {value.map((o, i) => (
        <div key={i} className="navet-row navet-profile-row">
          <Textfield
            label={t('profile.offering', { n: i + 1 })}
            value={o}
            onChange={(e) => onChange(replace(value, i, e.target.value))}
          />
          <Button variant="tertiary" data-size="sm" onClick={() => onChange(without(value, i))}>
            {t('profile.removeOffering', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <div>
        <Button variant="secondary" data-size="sm" onClick={() => onChange([...value, ''])}>
          {t('profile.addOffering')}
        </Button>
      </div>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}

type Reference = ProfileForm['references'][number];

/** Earlier customers: title and customer required by the API, year and description optional. */
export function ReferencesEditor({ value, onChange, error }: ListProps<Reference>) {
  const { t } = useTranslation('suppliers');
  const edit = (i: number, patch: Partial<Reference>) => onChange(replace(value, i, { ...value[i]!, ...patch }));
  return (
    <Fieldset id="profile-references">
      <Fieldset.Legend>{t('profile.references')}</Fieldset.Legend>
      <Fieldset.Description>{t('profile.referencesHelp')}</Fieldset.Description>
      {value.map((r, i) => (
        <Card key={i} className="navet-profile-reference" data-color="neutral">
          <Heading level={3} data-size="2xs">
            {t('profile.reference', { n: i + 1 })}
          </Heading>
          <Textfield label={t('profile.referenceTitle')} value={r.title} onChange={(e) => edit(i, { title: e.target.value })} />
          <Textfield
            label={t('profile.referenceCustomer')}
            value={r.customer}
            onChange={(e) => edit(i, { customer: e.target.value })}
          />
          <Textfield
            label={t('profile.referenceYear')}
            type="number"
            inputMode="numeric"
            value={r.year}
            onChange={(e) => edit(i, { year: e.target.value })}
          />
          <Textfield
            label={t('profile.referenceDescription')}
            value={r.description}
            onChange={(e) => edit(i, { description: e.target.value })}
          />
          <div>
            <Button variant="tertiary" data-size="sm" onClick={() => onChange(without(value, i))}>
              {t('profile.removeReference', { n: i + 1 })}
            </Button>
          </div>
        </Card>
      ))}
      <div>
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => onChange([...value, { title: '', customer: '', year: '', description: '' }])}
        >
          {t('profile.addReference')}
        </Button>
      </div>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
