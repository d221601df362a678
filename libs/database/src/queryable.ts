/** DataSource and EntityManager both run raw SQL; readers accept either so they work inside a transaction. */
export interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM's own signature
  query(sql: string, parameters?: unknown[]): Promise<any>;
}
