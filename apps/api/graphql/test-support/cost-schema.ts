import { buildSchema, DocumentNode, parse } from 'graphql';

/** A small schema shaped like Navet's: paged root fields with schema defaults, nested objects and lists. */
export const costSchema = buildSchema(`
  type Query {
    need(id: ID!): Need
    searchNeeds(query: String, page: Int = 1, pageSize: Int = 20): NeedSearchResult!
    searchCpvCodes(query: String!, first: Int = 20): [CpvCode!]!
    myMatches(first: Int): [Need!]!
    cpvCode(code: String!): CpvCode
  }
  type NeedSearchResult { totalHits: Int! hits: [NeedSearchHit!]! }
  type NeedSearchHit { rankingScore: Float need: Need! }
  type Need { id: ID! title: String! buyer: Organization! cpvCodes: [CpvCode!]! }
  type Organization { id: ID! name: String! }
  type CpvCode { code: String! labelSv: String! }
`);

export const doc = (text: string): DocumentNode => parse(text);
