/** The GraphQL error shape for answers that never reached GraphQL (body parsing, routing): clients parse one shape. */
export interface GraphQLErrorBody {
  errors: { message: string; extensions: { code: string; field?: string } }[];
}

export const graphqlErrorBody = (message: string, code: string, field?: string): GraphQLErrorBody => ({
  errors: [{ message, extensions: field ? { code, field } : { code } }],
});
