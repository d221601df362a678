import type { DataSource } from 'typeorm';
import type { ReferenceCatalogue } from '@navet/reference';
import type { SearchIndexKind } from '../client/index-kind';
import { toNeedDocument } from '../documents/need-document';
import { toSupplierDocument } from '../documents/supplier-document';
import type { IndexedVersion } from '../persistence/indexed-version';
import { publishedNeedsAfter, publishedNeedsByIds, publishedNeedVersions } from '../persistence/need-source.reader';
import {
  discoverableSupplierVersions,
  discoverableSuppliersAfter,
  discoverableSuppliersByIds,
} from '../persistence/supplier-source.reader';

/** Where the documents of one index come from: what a rebuild and the reconciler read. */
export interface IndexSource {
  kind: SearchIndexKind;
  /** Documents of searchable rows after `afterId`, in id order. */
  batchAfter(afterId: string | null, limit: number): Promise<IndexedVersion[]>;
  /** Documents of those `ids` that are searchable. */
  byIds(ids: readonly string[]): Promise<IndexedVersion[]>;
  /** Id and version of every searchable row. */
  versions(): Promise<IndexedVersion[]>;
}

export function needIndexSource(ds: DataSource, catalogue: ReferenceCatalogue): IndexSource {
  return {
    kind: 'needs',
    batchAfter: async (afterId, limit) =>
      (await publishedNeedsAfter(ds, afterId, limit)).map((r) => toNeedDocument(r, r.buyerName, catalogue)),
    byIds: async (ids) => (await publishedNeedsByIds(ds, ids)).map((r) => toNeedDocument(r, r.buyerName, catalogue)),
    versions: () => publishedNeedVersions(ds),
  };
}

export function supplierIndexSource(ds: DataSource, catalogue: ReferenceCatalogue): IndexSource {
  return {
    kind: 'suppliers',
    batchAfter: async (afterId, limit) =>
      (await discoverableSuppliersAfter(ds, afterId, limit)).map((r) => toSupplierDocument(r, r.organizationName, catalogue)),
    byIds: async (ids) =>
      (await discoverableSuppliersByIds(ds, ids)).map((r) => toSupplierDocument(r, r.organizationName, catalogue)),
    versions: () => discoverableSupplierVersions(ds),
  };
}
