import { Button, Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const SHOWN = 6;

/** One facet as checkboxes with counts; long facets show the first few and a "show more" button. */
export function FacetList({
  legend,
  values,
  selected,
  label,
  onToggle,
}: {
  legend: string;
  values: { value: string; count: number }[];
  selected: string[];
  label: (value: string) => ReactNode;
  onToggle: (value: string) => void;
}) {
  const { t } = useTranslation('needSearch');
  const [all, setAll] = useState(false);
  // A selected value stays visible even when the current results no longer count it.
  const missing = selected.filter((s) => !values.some((v) => v.value === s)).map((value) => ({ value, count: 0 }));
  const items = [...values, ...missing];
  if (items.length === 0) return null;
  const shown = all ? items : items.filter((v, i) => i < SHOWN || selected.includes(v.value));
  return (
    <Fieldset data-size="sm" className="navet-facet">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {shown.map((v) => (
        <Checkbox
          key={v.value}
          value={v.value}
          checked={selected.includes(v.value)}
          onChange={() => onToggle(v.value)}
          label={
            <>
              {label(v.value)} <span className="navet-facet-count">({t('count', { count: v.count })})</span>
            </>
          }
        />
      ))}
      {items.length > SHOWN && (
        <Button variant="tertiary" data-size="sm" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('showFewer') : t('showMore', { count: items.length - SHOWN })}
        </Button>
      )}
    </Fieldset>
  );
}
