/**
 * GraphQL documents built to be expensive to analyse or to run (issue 11, findings 1–3), and typical
 * ones for comparison. Shared by the query-cost e2e test and `npm run measure:query-cost` (scripts/measure/query-cost.ts).
 */

/**
 * A chain of `n` fragments, each spreading the previous one twice: 2^(n-1) fields once expanded, in
 * under 1 KB of text for n = 22. The old depth rule walked every expansion (seconds of blocked loop).
 */
export function fragmentFanOut(n: number, leaf = '__typename'): string {
  const fragments = [`fragment F1 on Query { ${leaf} }`];
  for (let i = 2; i <= n; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return [`query FanOut { ...F${n} }`, ...fragments].join('\n');
}

/** `count` aliased `searchNeeds(pageSize: 100)` with nested fields: complexity far past the default 5,000. */
export function aliasedSearches(count = 12, appendChain = 0): string {
  const searches = Array.from(
    { length: count },
    (_, i) => `s${i}: searchNeeds(pageSize: 100) { totalHits hits { rankingScore need { id title buyer { name } } } }`,
  );
  if (appendChain === 0) return `query Searches { ${searches.join(' ')} }`;
  // With a fragment chain appended, the old complexity plugin hit its node limit, skipped the check and ran it all.
  const chain = fragmentFanOut(appendChain).replace('query FanOut { ...F', `query Searches { ${searches.join(' ')} ...F`);
  return chain;
}

/** Two fragments spreading each other: the old depth rule overflowed the stack (HTTP 500). */
export function fragmentCycle(): string {
  return `query Cycle { ...A }
fragment A on Query { __typename ...B }
fragment B on Query { __typename ...A }`;
}

/** Fields nested `levels` deep (the field need not exist: the cost rule refuses before fields are checked). */
export function deepNesting(levels: number): string {
  return `query Deep { ${'a { '.repeat(levels)}a${' }'.repeat(levels)} }`;
}

/** `count` aliases of one cheap field. */
export function wideAliases(count: number): string {
  return `query Wide { ${Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ')} }`;
}

/** An operation declaring `count` variables. */
export function manyVariables(count: number): string {
  const declared = Array.from({ length: count }, (_, i) => `$v${i}: Int`).join(', ');
  return `query Variables(${declared}) { __typename }`;
}

/** What clients send every day: the bench's need(id) and search documents. */
export const TYPICAL_DOCUMENTS = {
  needById: `query($id: ID!) { need(id: $id) {
  id title summary status publishedAt
  buyer { id name verified }
  cpvCodes { code labelSv labelEn level }
  regions { code name level }
} }`,
  searchNeeds: `query($q: String, $f: NeedSearchFilter, $p: Int, $s: Int) {
  searchNeeds(query: $q, filter: $f, page: $p, pageSize: $s) {
    totalHits
    facets { field values { value count } }
    hits { rankingScore need { id title summary publishedAt buyer { id name } cpvCodes { code labelSv } regions { code name } } }
  }
}`,
} as const;
