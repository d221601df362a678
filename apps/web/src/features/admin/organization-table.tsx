import { Button, Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { OrganizationKind } from '../../gql/graphql';
import { TableScroll } from './table-scroll';

/** The columns the table shows; both organization lists ask for them. */
export const OrgRowFragment = graphql(`
  fragment AdminOrgRow on Organization {
    id
    name
    kind
    organizationNumber
    regionCode
    verified
    contactEmailConfirmed
  }
`);

export interface OrgRow {
  id: string;
  name: string;
  kind: OrganizationKind;
  organizationNumber?: string | null;
  regionCode?: string | null;
  verified: boolean;
  contactEmailConfirmed?: boolean | null;
}

/** Organizations as a table; `action` adds a last column (e.g. the verify button), `onMore` a show-more button. */
export function OrganizationTable({
  caption,
  rows,
  action,
  onMore,
}: {
  caption: string;
  rows: OrgRow[];
  action?: (org: OrgRow) => ReactNode;
  /** Given when the list may go on: a "show more" button below the table. */
  onMore?: () => void;
}) {
  const { t } = useTranslation('admin');
  const yesNo = (v: boolean | null | undefined) => (v === true ? t('yes') : v === false ? t('no') : t('unknown'));
  return (
    <>
      <TableScroll label={caption}>
        <Table zebra>
          <caption className="admin-visually-hidden">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('orgs.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('orgs.kind')}</Table.HeaderCell>
              <Table.HeaderCell>{t('orgs.number')}</Table.HeaderCell>
              <Table.HeaderCell>{t('orgs.region')}</Table.HeaderCell>
              <Table.HeaderCell>{t('orgs.emailConfirmed')}</Table.HeaderCell>
              <Table.HeaderCell>{t('orgs.verified')}</Table.HeaderCell>
              {action && <Table.HeaderCell>{t('orgs.actions')}</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((org) => (
              <Table.Row key={org.id}>
                <Table.Cell>{org.name}</Table.Cell>
                <Table.Cell>{t(`orgs.kinds.${org.kind}`)}</Table.Cell>
                <Table.Cell>{org.organizationNumber ?? '–'}</Table.Cell>
                <Table.Cell>{org.regionCode ?? '–'}</Table.Cell>
                <Table.Cell>{yesNo(org.contactEmailConfirmed)}</Table.Cell>
                <Table.Cell>{yesNo(org.verified)}</Table.Cell>
                {action && <Table.Cell>{action(org)}</Table.Cell>}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      {onMore && (
        <Button variant="secondary" onClick={onMore}>
          {t('showMore')}
        </Button>
      )}
    </>
  );
}
