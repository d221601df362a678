import {
  MappedSupplier,
  needsFromTedNotices,
  noticeRefs,
  readTedData,
  SeedNeed,
  SeedProfile,
  supplierProfileFromTed,
} from '@navet/importer';
import { ReferenceCatalogue } from '@navet/reference';
import { NeedDocument, SupplierDocument, toNeedDocument, toSupplierDocument } from '@navet/search';
import { DEMO_NEEDS, DEMO_SUPPLIER_PROFILE } from '../../seed/demo-content';

/** A document with the key the query set names it by (demo key or TED source ref). */
export interface Keyed<T> {
  key: string;
  doc: T;
}

export interface DemoDocuments {
  needs: Keyed<NeedDocument>[];
  suppliers: Keyed<SupplierDocument>[];
}

const id = (kind: number, n: number): string => `00000000-0000-4000-${8000 + kind}-${String(n).padStart(12, '0')}`;
const published = new Date(Date.UTC(2025, 0, 1));

function needDocument(n: number, buyerName: string, need: Omit<SeedNeed, 'publishedAt' | 'sourceRef'>, at: Date): NeedDocument {
  return toNeedDocument(
    {
      ...need,
      id: id(1, n),
      buyerOrganizationId: id(3, 1),
      stage: 'MARKET_DIALOGUE',
      publishedAt: at,
      updatedAt: at,
      version: 1,
    },
    buyerName,
    CATALOGUE(),
  );
}

function supplierDocument(n: number, name: string, profile: SeedProfile): SupplierDocument {
  return toSupplierDocument(
    { ...profile, id: id(2, n), organizationId: id(4, n), updatedAt: published, version: 1 },
    name,
    CATALOGUE(),
  );
}

/** The Swedish elder-care need the tester published on the demo data ("nursing home monitoring" missed it). */
export const TESTER_NEED_KEY = 'tester:digital-tillsyn';
const TESTER_NEED: Omit<SeedNeed, 'publishedAt' | 'sourceRef'> = {
  title: 'Digital tillsyn av äldreboenden',
  summary:
    'Nattpersonalen på kommunens äldreboenden går runt och tittar till de boende flera gånger per natt. Vi söker lösningar för digital tillsyn som ger trygghet utan att väcka.',
  description:
    'Demo kommun har tolv äldreboenden. Tillsynen nattetid sker i dag genom besök i rummen, vilket stör sömnen. Vi vill pröva sensorer, ' +
    'kameror eller andra lösningar som larmar personalen när något behöver göras.',
  desiredOutcomes: ['Färre störda nätter för de boende', 'Personalen larmas i tid'],
  language: 'sv',
  cpvCodes: ['85311100-3'],
  regionCodes: ['SE110'],
  focusAreas: ['HEALTH_AND_CARE', 'DIGITALISATION'],
  readiness: 'NEEDS_ADAPTATION',
  estimatedValueSek: null,
  dialogueDeadline: null,
};

let catalogue: ReferenceCatalogue | undefined;
const CATALOGUE = (): ReferenceCatalogue => (catalogue ??= ReferenceCatalogue.fromFiles());

/**
 * The published needs and discoverable profiles `npm start` seeds (scripts/seed), as index
 * documents, built without a database: the same TED mapping and document mappers as the seed
 * and the indexer, plus the need the tester published. Keys: `demo-need:<key>`, the TED source refs,
 * `tester:digital-tillsyn`, `demo-supplier`.
 */
export function demoDocuments(): DemoDocuments {
  const { notices, suppliers } = readTedData();
  const needs: Keyed<NeedDocument>[] = [];
  for (const { key, status, ...d } of DEMO_NEEDS) {
    if (status !== 'PUBLISHED') continue;
    const fields = {
      ...d,
      language: 'sv',
      readiness: 'NEEDS_DEVELOPMENT' as const,
      estimatedValueSek: null,
      dialogueDeadline: null,
    };
    needs.push({ key: `demo-need:${key}`, doc: needDocument(needs.length + 1, 'Demo kommun', fields, published) });
  }
  for (const { buyer, need } of needsFromTedNotices(notices, CATALOGUE())) {
    const { publishedAt, sourceRef, ...fields } = need;
    needs.push({ key: sourceRef, doc: needDocument(needs.length + 1, buyer.name, fields, publishedAt) });
  }
  needs.push({ key: TESTER_NEED_KEY, doc: needDocument(needs.length + 1, 'Demo kommun', TESTER_NEED, published) });
  const refs = noticeRefs(notices);
  const out: Keyed<SupplierDocument>[] = [
    { key: 'demo-supplier', doc: supplierDocument(0, 'Demo Innovation AB', DEMO_SUPPLIER_PROFILE) },
  ];
  suppliers
    .map((s) => supplierProfileFromTed(s, CATALOGUE(), refs))
    .filter((s): s is MappedSupplier => s !== null)
    .forEach(({ organization, profile }, i) =>
      out.push({ key: profile.sourceRef, doc: supplierDocument(i + 1, organization.name, profile) }),
    );
  return { needs, suppliers: out };
}
