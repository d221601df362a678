import type { Settings } from 'meilisearch';
import type { SearchIndexKind } from './index-kind';

/** Facets returned with every search, in this order (the contract's Facet.field values). */
export const NEED_FACETS = ['focusAreas', 'regionCodes', 'cpvDivisions', 'readiness'] as const;
export const SUPPLIER_FACETS = ['focusAreas', 'regionCodes', 'cpvDivisions', 'companySize'] as const;

/**
 * Free text is tokenized with the Swedish pipeline: without it Meilisearch folds å/ä/ö to a/o, so
 * "ål" (eel) would match "al" (alder). English text is unaffected by that pipeline (its other
 * diacritics are still folded), so only the English CPV labels are declared English.
 */
function localized(swedish: string[], english: string[]): Settings['localizedAttributes'] {
  return [
    { attributePatterns: swedish, locales: ['swe'] },
    { attributePatterns: english, locales: ['eng'] },
  ];
}

const shared: Settings = {
  displayedAttributes: ['*'],
  sortableAttributes: ['publishedAt', 'updatedAt'],
  typoTolerance: { enabled: true },
  // Exact totalHits with page/hitsPerPage is capped by maxTotalHits.
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
  // Word-pair distances are the costliest structure to build (about half the indexing CPU for our
  // ~3 KB profiles): with byAttribute, words of a query are "close" when they share an attribute.
  // Ranking loses in-attribute word distance and a "quoted phrase" matches its words anywhere in one
  // attribute; the matcher's one-word queries are unaffected.
  proximityPrecision: 'byAttribute',
  // Navet never calls the facet-search route (facet counts in search results still work).
  facetSearch: false,
};

// Most specific and shortest texts first: a title hit outranks a hit deep in a description.
// equivalentTerms (the other language's words for the texts, docs/search.md) ranks with the CPV
// labels, which are the same kind of evidence: a translation, not the author's own words.
const needSearchable = [
  'title',
  'summary',
  'cpvLabelsSv',
  'cpvLabelsEn',
  'equivalentTerms',
  'desiredOutcomes',
  'description',
  'buyerName',
];
const supplierSearchable = [
  'headline',
  'offerings',
  'cpvLabelsSv',
  'cpvLabelsEn',
  'equivalentTerms',
  'description',
  'referencesText',
  'organizationName',
];

/**
 * The searchable attributes without equivalentTerms: what the documents' authors wrote plus the CPV
 * labels. The matcher searches these only (attributesToSearchOn), so its word statistics and the
 * local word checks on candidates (libs/matching word-relevance) keep counting the same words.
 */
export const NEED_OWN_TEXT_ATTRIBUTES = needSearchable.filter((a) => a !== 'equivalentTerms');
export const SUPPLIER_OWN_TEXT_ATTRIBUTES = supplierSearchable.filter((a) => a !== 'equivalentTerms');

export const NEED_INDEX_SETTINGS: Settings = {
  ...shared,
  sortableAttributes: ['publishedAt', 'updatedAt', 'dialogueDeadline', 'estimatedValueSek'],
  // `sort` first: an explicit order (newest, deadline, value) wins and relevance only breaks ties.
  // Without a sort parameter the rule does nothing, so relevance ranking is unchanged.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
  searchableAttributes: needSearchable,
  filterableAttributes: [
    'id',
    'cpvPrefixes',
    'cpvDivisions',
    'regionCodes',
    'regionPrefixes',
    'focusAreas',
    'readiness',
    'buyerId',
    'language',
    'stage',
    'estimatedValueSek',
    'dialogueDeadline',
  ],
  localizedAttributes: localized(
    needSearchable.filter((a) => a !== 'cpvLabelsEn'),
    ['cpvLabelsEn'],
  ),
};

export const SUPPLIER_INDEX_SETTINGS: Settings = {
  ...shared,
  searchableAttributes: supplierSearchable,
  filterableAttributes: [
    'cpvPrefixes',
    'cpvDivisions',
    'regionCodes',
    'regionPrefixes',
    'focusAreas',
    'readiness',
    'companySize',
    'organizationId',
    'languages',
  ],
  localizedAttributes: localized(
    supplierSearchable.filter((a) => a !== 'cpvLabelsEn'),
    ['cpvLabelsEn'],
  ),
};

export const INDEX_SETTINGS: Record<SearchIndexKind, Settings> = {
  needs: NEED_INDEX_SETTINGS,
  suppliers: SUPPLIER_INDEX_SETTINGS,
};
