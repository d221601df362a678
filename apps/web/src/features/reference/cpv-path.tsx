import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { cpvAncestors } from './cpv-tree';
import { cpvLabel } from './labels';

const CpvCodeOp = graphql(`
  query ReferenceCpvCode($code: String!) {
    cpvCode(code: $code) {
      code
      labelSv
      labelEn
    }
  }
`);

/** One ancestor's label (cached: results in one division share their ancestors' look-ups). */
function AncestorLabel({ code }: { code: string }) {
  const { i18n } = useTranslation();
  const { data } = useQuery(CpvCodeOp, { variables: { code }, fetchPolicy: 'cache-first' });
  return <>{data?.cpvCode ? cpvLabel(data.cpvCode, i18n.language) : code}</>;
}

/** Where a code sits in the tree: its ancestors' labels, division first ("IT services › Software …"). */
export function CpvPath({ code, level }: { code: string; level: number }) {
  const { t } = useTranslation('reference');
  const ancestors = cpvAncestors(code, level);
  if (ancestors.length === 0) return null;
  return (
    <span className="navet-cpv-path">
      <span className="navet-visually-hidden">{t('cpv.pathIntro')} </span>
      {ancestors.map((a, i) => (
        <span key={a}>
          {i > 0 && ' › '}
          <AncestorLabel code={a} />
        </span>
      ))}
    </span>
  );
}
