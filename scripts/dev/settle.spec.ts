import { describePending, DUE_SOON_MS, dueSoon } from './settle';

describe('npm start settling', () => {
  const now = 1_000_000;

  it('counts delayed jobs due soon (debounced hand-over, short backoff), not the next scheduled reconcile', () => {
    const handOver = { timestamp: now - 1000, delay: 3000 };
    const overdue = { timestamp: now - 5000, delay: 500 };
    const reconcile = { timestamp: now, delay: 600_000 };
    expect(dueSoon([handOver, overdue, reconcile], now)).toBe(2);
    expect(dueSoon([{ timestamp: now, delay: DUE_SOON_MS + 1 }], now)).toBe(0);
  });

  it('describes only what is pending', () => {
    expect(describePending({ outbox: 0, matching: 120, search: 0, notifications: 3 })).toBe('matching=120 notifications=3');
    expect(describePending({ outbox: 0, matching: 0 })).toBe('');
  });
});
