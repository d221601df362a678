import { useQuery } from '@apollo/client/react';
import { Button, Checkbox } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { SearchCpvQuery } from '../../gql/graphql';
import { Loading } from '../../shared/states';
import { CpvPath } from './cpv-path';
import { cpvPrefix } from './cpv-tree';
import { cpvLabel } from './labels';

const CpvChildrenOp = graphql(`
  query ReferenceCpvChildren($prefix: String!) {
    searchCpvCodes(query: $prefix, first: 100) {
      code
      labelSv
      labelEn
      level
      parentCode
    }
  }
`);

type Cpv = SearchCpvQuery['searchCpvCodes'][number];
/** The deepest CPV level: its codes have no children to expand. */
const LEAF_LEVEL = 5;

interface NodeProps {
  cpv: Cpv;
  selected: string[];
  onToggle(code: string): void;
  showPath?: boolean;
}

/** One code: a checkbox to choose it, its place in the tree, and a button that opens its children. */
export function CpvNode({ cpv, selected, onToggle, showPath }: NodeProps) {
  const { t, i18n } = useTranslation('reference');
  const [open, setOpen] = useState(false);
  const childrenId = useId();
  const label = `${cpv.code} ${cpvLabel(cpv, i18n.language)}`;
  return (
    <li className="navet-cpv-node">
      <div className="navet-row">
        <Checkbox label={label} checked={selected.includes(cpv.code)} onChange={() => onToggle(cpv.code)} data-size="sm" />
        {cpv.level < LEAF_LEVEL && (
          <Button
            variant="tertiary"
            data-size="sm"
            aria-expanded={open}
            aria-controls={childrenId}
            onClick={() => setOpen(!open)}
          >
            {t(open ? 'cpv.collapse' : 'cpv.expand', { code: cpv.code })}
          </Button>
        )}
      </div>
      {showPath && <CpvPath code={cpv.code} level={cpv.level} />}
      <div id={childrenId}>{open && <CpvChildren parent={cpv} selected={selected} onToggle={onToggle} />}</div>
    </li>
  );
}

function CpvChildren({ parent, selected, onToggle }: { parent: Cpv; selected: string[]; onToggle(code: string): void }) {
  const { t } = useTranslation('reference');
  const { data, loading } = useQuery(CpvChildrenOp, {
    variables: { prefix: cpvPrefix(parent.code, parent.level) },
    fetchPolicy: 'cache-first',
  });
  if (loading) return <Loading />;
  const children = (data?.searchCpvCodes ?? []).filter((c) => c.parentCode === parent.code);
  if (children.length === 0) return <p>{t('cpv.noChildren')}</p>;
  return (
    <ul className="navet-plain-list navet-cpv-children" aria-label={t('cpv.childrenOf', { code: parent.code })}>
      {children.map((c) => (
        <CpvNode key={c.code} cpv={c} selected={selected} onToggle={onToggle} />
      ))}
    </ul>
  );
}
