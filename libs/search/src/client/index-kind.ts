/** The two logical indexes; their real uids carry the configured prefix. */
export const SEARCH_INDEX_KINDS = ['needs', 'suppliers'] as const;
export type SearchIndexKind = (typeof SEARCH_INDEX_KINDS)[number];

export const indexUidFor = (prefix: string, kind: SearchIndexKind): string => `${prefix}${kind}`;
