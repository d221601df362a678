import { createTestEnv, TestEnv, WebhookReceiver } from '@navet/testing';
import { ACCOUNT_MUTATION_ROWS, ACCOUNT_QUERY_ROWS } from './account-rows';
import { CellContext, MatrixRow, Outcome } from './authorization-outcomes';
import { ACTORS, ActorName, buildWorld, tokenOf, World } from './authorization-world';
import { FIELD_ROWS } from './field-rows';
import { MUTATION_ROWS as CORE_MUTATION_ROWS } from './mutation-rows';
import { QUERY_ROWS as CORE_QUERY_ROWS } from './query-rows';

const QUERY_ROWS = [...CORE_QUERY_ROWS, ...ACCOUNT_QUERY_ROWS];
const MUTATION_ROWS = [...CORE_MUTATION_ROWS, ...ACCOUNT_MUTATION_ROWS];

jest.setTimeout(300_000);

interface Cell {
  title: string;
  row: MatrixRow;
  state: string;
  actor: ActorName;
  expected: Outcome;
}

/** Rows without a `reveals` are about the operation itself: an answer is ALLOW. */
const ANSWERED: NonNullable<MatrixRow['reveals']> = () => true;

const cellsOf = (rows: MatrixRow[]): Cell[] =>
  rows.flatMap((row) =>
    Object.entries(row.expect).flatMap(([state, line]) =>
      ACTORS.map((actor) => ({
        title: `${row.name} × ${actor}${state === '-' ? '' : ` × ${state}`} → ${line[actor]}`,
        row,
        state,
        actor,
        expected: line[actor],
      })),
    ),
  );

describe('authorization matrix: every operation × actor × object state (e2e)', () => {
  const hooks = new WebhookReceiver();
  let env: TestEnv;
  let world: World;

  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => {
    await env?.close();
    await hooks.stop();
  });

  /** The outcome one actor gets; a mismatch names the answer so the failing cell explains itself. */
  async function check(cell: Cell): Promise<void> {
    const c: CellContext = { env, world, actor: cell.actor, state: cell.state };
    const vars = cell.row.vars ? await cell.row.vars(c) : {};
    const r = await env.gql.request(cell.row.document, vars, c.session?.token ?? tokenOf(world, cell.actor));
    const error = r.errors?.[0];
    const outcome = error
      ? (error.extensions?.code ?? 'NO_CODE')
      : (cell.row.reveals ?? ANSWERED)(r.data as Record<string, unknown>, c)
        ? 'ALLOW'
        : 'HIDDEN';
    if (outcome !== cell.expected) {
      throw new Error(`expected ${cell.expected}, got ${outcome}: ${JSON.stringify(error ?? r.data).slice(0, 400)}`);
    }
  }

  it('has a row for every Query and Mutation of the running schema, and none for operations that do not exist', async () => {
    const d = await env.gql.ok<{
      __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } };
    }>(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`);
    const schema = [
      ...d.__schema.queryType.fields.map((f) => `Query.${f.name}`),
      ...d.__schema.mutationType.fields.map((f) => `Mutation.${f.name}`),
    ];
    const table = [...QUERY_ROWS, ...MUTATION_ROWS].map((r) => `${r.kind}.${r.name}`);
    expect({
      withoutRow: schema.filter((op) => !table.includes(op)).sort(),
      notInSchema: table.filter((op) => !schema.includes(op)).sort(),
    }).toEqual({ withoutRow: [], notInSchema: [] });
  });

  // The world is built only when cells run, so the completeness check alone answers in seconds.
  describe('cells', () => {
    beforeAll(async () => {
      world = await buildWorld(env, hooks);
    }, 300_000);

    // Queries and field reads first: they share the world; mutations then work on fresh objects.
    for (const [group, rows] of [
      ['queries', QUERY_ROWS],
      ['fields', FIELD_ROWS],
      ['mutations', MUTATION_ROWS],
    ] as const) {
      describe(group, () => {
        test.each(cellsOf(rows))('$title', (cell) => check(cell));
      });
    }
  });
});
