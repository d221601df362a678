import { screen } from '@testing-library/dom';
import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { render } from '../../test/render';
import { ErrorState, QueryState } from './states';

const wrap = render;

describe('ErrorState', () => {
  it("words the API's code in the UI language and names the field", () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'title is too short', extensions: { code: 'BAD_USER_INPUT', field: 'title' } }],
    });
    wrap(<ErrorState error={error} />);
    expect(screen.getByRole('alert').textContent).toContain('Kontrollera uppgifterna. (title)');
  });

  it('reads a transport failure as a network problem', () => {
    wrap(<ErrorState error={new TypeError('Failed to fetch')} />);
    expect(screen.getByRole('alert').textContent).toContain('Kunde inte nå Navet');
  });
});

describe('QueryState', () => {
  it('shows data over a stale error, the error over loading, and empty when there is nothing', () => {
    const { rerender } = wrap(
      <QueryState loading={false} data={undefined}>
        {() => 'content'}
      </QueryState>,
    );
    expect(screen.getByText('Inget att visa ännu.')).toBeTruthy();
    rerender(
      <QueryState loading data={{ x: 1 }} error={new Error('x')}>
        {(d) => `content ${d.x}`}
      </QueryState>,
    );
    expect(screen.getByText('content 1')).toBeTruthy();
  });
});
