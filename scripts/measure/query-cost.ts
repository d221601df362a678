/**
 * What the query-cost analysis (issue 11 §1) costs, per document and per request:
 *   npm run build && npm run measure:query-cost [-- --runs 200]
 * Builds the API's real schema from its resolvers (no services needed), then for adversarial and
 * typical documents times, over `--runs` runs each (after a warm-up): parsing with the token limit,
 * validation as Apollo runs it (graphql-js's rules and the cost rule in one pass) and, for documents
 * that pass, the complexity check of one request uncached and cached. Parsing plus validation is
 * synchronous: its slowest run is the longest the event loop is blocked by that document. Apollo
 * validates each distinct text once (its document store), so what a repeated need(id) pays per
 * request is the cached complexity lookup.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { DocumentNode, GraphQLError, Kind, OperationDefinitionNode, parse, specifiedRules, validate } from 'graphql';
import { loadConfig } from '@navet/config';
import { apiSchema } from '../../apps/api/graphql/api-schema';
import { complexityKey, operationComplexity } from '../../apps/api/graphql/query-complexity-plugin';
import { queryCostRule } from '../../apps/api/graphql/query-cost-rule';
import {
  aliasedSearches,
  deepNesting,
  fragmentCycle,
  fragmentFanOut,
  manyVariables,
  TYPICAL_DOCUMENTS,
  wideAliases,
} from './query-cost-documents';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('runs', 200);
const WARM_UP = 20;

interface Case {
  name: string;
  text: string;
  variables?: Record<string, unknown>;
}

const CASES: Case[] = [
  { name: 'need(id) (bench document)', text: TYPICAL_DOCUMENTS.needById, variables: { id: 'a' } },
  { name: 'searchNeeds, 20 hits (bench document)', text: TYPICAL_DOCUMENTS.searchNeeds, variables: { q: 'skola', s: 20 } },
  { name: 'finding 1: 22-fragment fan-out', text: fragmentFanOut(22) },
  { name: 'finding 2: 12 × searchNeeds(pageSize: 100)', text: aliasedSearches(12) },
  { name: 'finding 2: the same + 12-fragment chain', text: aliasedSearches(12, 12) },
  { name: 'finding 3: fragment cycle', text: fragmentCycle() },
  { name: '40-fragment fan-out', text: fragmentFanOut(40) },
  { name: 'nesting 1,000 deep', text: deepNesting(1000) },
  { name: '2,000 aliases', text: wideAliases(2000) },
  { name: '1,000 variables', text: manyVariables(1000) },
  { name: '4,000 aliases (past the token limit)', text: wideAliases(4000) },
  {
    name: '500 × cpvCode(code) { code } (past the repeats limit)',
    text: `{ ${'cpvCode(code: "03000000-1") { code } '.repeat(500)}}`,
  },
  // What graphql-js's own rules get to see at most once the cost rule lets a document through.
  {
    name: '20 × cpvCode(code) { code } (at the repeats limit)',
    text: `{ ${'cpvCode(code: "03000000-1") { code } '.repeat(20)}}`,
  },
  {
    name: '30 aliased nested searches (at the alias limit)',
    text: `{ ${Array.from(
      { length: 30 },
      (_, i) =>
        `s${i}: searchNeeds(pageSize: 1) { hits { need { id title summary buyer { id name } cpvCodes { code labelSv } regions { code name } } } }`,
    ).join(' ')} }`,
  },
];

/** Median and slowest of `runs` timed calls, in milliseconds. */
function time(fn: () => void): { median: number; max: number } {
  for (let i = 0; i < WARM_UP; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)]!, max: samples[samples.length - 1]! };
}

const ms = (x: number) => (x < 0.1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(2)} ms`);

async function main(): Promise<void> {
  const schema = await apiSchema();
  const config = loadConfig({ NODE_ENV: 'development' }).graphql;
  const rules = [...specifiedRules, queryCostRule(config)];
  const parseLimited = (text: string) => parse(text, { maxTokens: config.maxTokens });

  console.log(`query cost, ${runs} runs per figure after ${WARM_UP} warm-up runs; limits ${JSON.stringify(config)}\n`);
  console.log(
    '| document | characters | outcome | parse + validate, median | slowest (loop blocked) | validate with / without the cost rule, median | complexity uncached / cached, median |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const c of CASES) {
    let document: DocumentNode | undefined;
    let outcome = 'valid';
    try {
      document = parseLimited(c.text);
      const errors = validate(schema, document, rules);
      if (errors.length) outcome = refusal(errors[0]!);
    } catch (e) {
      outcome = `parse refused: ${(e as Error).message.slice(0, 60)}`;
    }
    const blocked = time(() => {
      try {
        validate(schema, parseLimited(c.text), rules);
      } catch {
        // refused while parsing: that is the whole cost
      }
    });
    let without = '–';
    let complexity = '–';
    if (document && outcome.startsWith('valid')) {
      const parsed = document;
      const op = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      const figure = operationComplexity(schema, parsed, op, c.variables ?? {});
      if (figure !== undefined && !(figure <= config.maxComplexity)) {
        outcome = `valid; QUERY_TOO_COMPLEX before execution: complexity ${figure} exceeds ${config.maxComplexity}`;
      }
      const withRule = time(() => validate(schema, parsed, rules)).median;
      without = `${ms(withRule)} / ${ms(time(() => validate(schema, parsed, specifiedRules)).median)}`;
      const operation = op;
      const variables = c.variables ?? {};
      const uncached = time(() => operationComplexity(schema, parsed, operation, variables));
      // What the plugin does on a hit: derive the key, two map lookups.
      const cache = new WeakMap([[parsed, new Map([[complexityKey(operation.name?.value, variables), 1]])]]);
      const cached = time(() => cache.get(parsed)?.get(complexityKey(operation.name?.value, variables)));
      complexity = `${ms(uncached.median)} / ${ms(cached.median)}`;
    }
    console.log(
      `| ${c.name} | ${c.text.length} | ${outcome} | ${ms(blocked.median)} | ${ms(blocked.max)} | ${without} | ${complexity} |`,
    );
  }
}

function refusal(error: GraphQLError): string {
  return `${String(error.extensions.code ?? 'GRAPHQL_VALIDATION_FAILED')}: ${error.message.slice(0, 70)}`;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
