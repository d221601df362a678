import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { formErrors } from './form-errors';

const apiError = (errors: { message: string; extensions: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ errors: errors.map((e) => ({ ...e, locations: [], path: [] })) });

describe('form errors from the API', () => {
  it('puts errors that name a field under that field (last path segment) and keeps the rest for the summary', () => {
    const { byField, other } = formErrors(
      apiError([
        { message: 'password needs at least 12 characters', extensions: { code: 'BAD_USER_INPUT', field: 'input.password' } },
        { message: 'slow down', extensions: { code: 'RATE_LIMITED' } },
      ]),
    );
    expect(byField['password']?.message).toBe('password needs at least 12 characters');
    expect(other.map((e) => e.code)).toEqual(['RATE_LIMITED']);
  });

  it('a network failure is one error for the summary', () => {
    const { byField, other } = formErrors(new Error('offline'));
    expect(byField).toEqual({});
    expect(other).toEqual([{ code: 'NETWORK', message: 'offline' }]);
  });

  it('no error, nothing to show', () => {
    expect(formErrors(undefined)).toEqual({ byField: {}, other: [] });
  });
});
