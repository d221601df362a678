import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '@navet/core';
import { createErrorFormatter } from './error-formatter';

const driverError = (code: string, message: string) => Object.assign(new Error(message), { code });
const sqlError = (code: string) =>
  new QueryFailedError(
    'INSERT INTO saved_searches (id, user_id, name) VALUES ($1, $2, $3)',
    ['x'],
    driverError(code, `duplicate key value violates unique constraint "saved_searches_user_name_key"`),
  );
const thrownInResolver = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['saveSearch'] });
const formatted = (e: GraphQLError) => e.toJSON();

describe('error formatter', () => {
  for (const isProduction of [false, true]) {
    const format = createErrorFormatter(isProduction);
    const mode = isProduction ? 'production' : 'development';

    it(`never shows SQL text to a client (${mode}): a unique violation is a CONFLICT, other database errors are internal`, () => {
      const dup = thrownInResolver(sqlError('23505'));
      expect(format(formatted(dup), dup)).toEqual({
        message: 'This already exists',
        path: ['saveSearch'],
        extensions: { code: 'CONFLICT' },
      });
      const other = thrownInResolver(sqlError('22003'));
      const out = format(formatted(other), other);
      expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(out)).not.toMatch(/INSERT|constraint|saved_searches/);
    });
  }

  const format = createErrorFormatter(false);

  it('keeps a domain error its code and field', () => {
    const e = thrownInResolver(new DomainError('BAD_USER_INPUT', 'title is required', 'title'));
    expect(format(formatted(e), e).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
  });

  it('names the input field of a variable coercion error (Int overflow, unknown enum value, nested in a list)', () => {
    const cases: [string, string][] = [
      [
        'Variable "$input" got invalid value 2147483648 at "input.estimatedValueSek"; Int cannot represent non 32-bit signed integer value: 2147483648',
        'input.estimatedValueSek',
      ],
      [
        'Variable "$input" got invalid value "SPACE" at "input.focusAreas[0]"; Value "SPACE" does not exist in "FocusArea" enum.',
        'input.focusAreas',
      ],
      ['Variable "$id" of required type "ID!" was not provided.', 'id'],
      [
        'Variable "$input" got invalid value { summary: "s" }; Field "title" of required type "String!" was not provided.',
        'input.title',
      ],
      [
        'Variable "$input" got invalid value { title: "t", colour: "red" }; Field "colour" is not defined by type "CreateNeedInput".',
        'input.colour',
      ],
      ['Variable "$pageSize" got invalid value "x"; Int cannot represent non-integer value: "x"', 'pageSize'],
      // A string value quoting the pattern is printed with escaped quotes and cannot redirect the field.
      ['Variable "$input" got invalid value { title: "a at \\"input.other\\"; " } at "input.title"; bad', 'input.title'],
    ];
    for (const [message, field] of cases) {
      const e = new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
      expect(format(formatted(e), e).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('turns a validation error that names a literal field into BAD_USER_INPUT with that field', () => {
    const e = new GraphQLError('Int cannot represent non 32-bit signed integer value: 2147483648', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', field: 'input.estimatedValueSek' },
    });
    expect(format(formatted(e), e).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.estimatedValueSek' });
    const plain = new GraphQLError('Cannot query field "x"', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format(formatted(plain), plain).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
