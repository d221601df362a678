import { screen } from '@testing-library/dom';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '../../../../../test/render';
import { useDebounced } from './use-debounced';

function Probe({ value }: { value: { title: string } }) {
  const settled = useDebounced(value, 400);
  return <output>{settled.title}</output>;
}

describe('useDebounced', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('gives the first value at once, then a new one only after 400 ms without changes', () => {
    const { rerender } = render(<Probe value={{ title: 'a' }} />);
    expect(screen.getByRole('status').textContent).toBe('a');
    rerender(<Probe value={{ title: 'ab' }} />);
    act(() => vi.advanceTimersByTime(300));
    rerender(<Probe value={{ title: 'abc' }} />);
    act(() => vi.advanceTimersByTime(300));
    // Typing went on: still the old value, 600 ms after the first change.
    expect(screen.getByRole('status').textContent).toBe('a');
    act(() => vi.advanceTimersByTime(100));
    expect(screen.getByRole('status').textContent).toBe('abc');
  });

  it('does not restart the wait for an equal new object', () => {
    const { rerender } = render(<Probe value={{ title: 'a' }} />);
    rerender(<Probe value={{ title: 'b' }} />);
    act(() => vi.advanceTimersByTime(300));
    rerender(<Probe value={{ title: 'b' }} />);
    act(() => vi.advanceTimersByTime(100));
    expect(screen.getByRole('status').textContent).toBe('b');
  });
});
