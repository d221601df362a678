import { buildSchema, parse, validate } from 'graphql';
import { literalErrorField, literalPaths } from './input-error-fields';

const schema = buildSchema(`
  enum FocusArea { ENERGY FOOD }
  input NeedInput { title: String!, estimatedValueSek: Int, focusAreas: [FocusArea!] }
  type Query { ok: Boolean }
  type Mutation { createNeed(input: NeedInput!, pageSize: Int): Boolean }
`);

/** The field each validation error about a literal would be reported under. */
function fieldsOf(query: string): (string | undefined)[] {
  const document = parse(query);
  const paths = literalPaths(document);
  return validate(schema, document).map((e) => literalErrorField(e, paths));
}

describe('literalPaths', () => {
  it('names the input field of an Int overflow and of an unknown enum value inside a list', () => {
    expect(fieldsOf(`mutation { createNeed(input: { title: "t", estimatedValueSek: 2147483648 }) }`)).toEqual([
      'input.estimatedValueSek',
    ]);
    expect(fieldsOf(`mutation { createNeed(input: { title: "t", focusAreas: [ENERGY, SPACE] }) }`)).toEqual(['input.focusAreas']);
    expect(fieldsOf(`mutation { createNeed(input: { title: "t" }, pageSize: "x") }`)).toEqual(['pageSize']);
  });

  it('names a missing required input field and one the type does not define', () => {
    expect(fieldsOf(`mutation { createNeed(input: { estimatedValueSek: 1 }) }`)).toEqual(['input.title']);
    expect(fieldsOf(`mutation { createNeed(input: { title: "t", colour: "red" }) }`)).toEqual(['input.colour']);
  });

  it('names the variable of a default value that does not fit', () => {
    expect(fieldsOf(`mutation($n: Int = 2147483648) { createNeed(input: { title: "t" }, pageSize: $n) }`)).toEqual(['n']);
  });
});
