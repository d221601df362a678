import { useQuery } from '@apollo/client/react';
import { Chip, Fieldset, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { PickerProps } from './cpv-picker';

const RegionsOp = graphql(`
  query Regions {
    regions {
      code
      name
      level
      parentCode
    }
  }
`);

/** NUTS regions from the API, indented by level in one native select (keyboard and screen-reader friendly). */
export function RegionPicker({ value, onChange, error, label }: PickerProps) {
  const { t } = useTranslation('reference');
  const { data } = useQuery(RegionsOp, { fetchPolicy: 'cache-first' });
  const regions = data?.regions ?? [];
  const name = (code: string) => regions.find((r) => r.code === code)?.name ?? code;
  return (
    <Fieldset>
      <Fieldset.Legend>{label ?? t('region.label')}</Fieldset.Legend>
      <Fieldset.Description>{t('region.description')}</Fieldset.Description>
      {value.length > 0 && (
        <ul className="navet-row navet-plain-list" aria-label={t('region.selected')}>
          {value.map((code) => (
            <li key={code}>
              <Chip.Removable
                aria-label={t('region.remove', { code: name(code) })}
                onClick={() => onChange(value.filter((c) => c !== code))}
              >
                {name(code)}
              </Chip.Removable>
            </li>
          ))}
        </ul>
      )}
      <Select
        aria-label={t('region.searchLabel')}
        value=""
        onChange={(e) => e.target.value && onChange([...value, e.target.value])}
      >
        <Select.Option value="">{t('region.searchLabel')}</Select.Option>
        {regions
          .filter((r) => !value.includes(r.code))
          .map((r) => (
            <Select.Option key={r.code} value={r.code}>
              {`${'\u00a0\u00a0'.repeat(r.level)}${r.name} (${r.code})`}
            </Select.Option>
          ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
