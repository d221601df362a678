import { graphql } from '../../gql';

/** What the inbox and the match screen show of one suggestion. */
export const MatchFieldsFragment = graphql(`
  fragment SupplierMatchFields on MatchSuggestion {
    id
    score
    status
    explanation
    supplierInterested
    buyerInvited
    buyerContactEmail
    interestMessage
    invitationMessage
    createdAt
    components {
      signal
      value
      weight
      contribution
      detail
    }
    need {
      id
      title
      summary
      dialogueDeadline
      buyer {
        id
        name
      }
    }
  }
`);

export const SupplierMatchesOp = graphql(`
  query SupplierMatchesInbox($first: Int!, $offset: Int!, $status: [MatchStatus!]) {
    myMatches(first: $first, offset: $offset, status: $status) {
      ...SupplierMatchFields
    }
  }
`);
