import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { NeedStatus } from '../../../gql/graphql';

const COLOR = { DRAFT: 'warning', PUBLISHED: 'success', CLOSED: 'neutral' } as const;

export function StatusTag({ status }: { status: NeedStatus }) {
  const { t } = useTranslation('myNeeds');
  return <Tag data-color={COLOR[status]}>{t(`status.${status}`)}</Tag>;
}
