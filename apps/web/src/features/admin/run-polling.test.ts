import { describe, expect, it } from 'vitest';
import { isRunActive, percent } from './run-polling';

describe('replay polling', () => {
  it('polls while QUEUED or RUNNING and stops once DONE or FAILED', () => {
    expect(isRunActive('QUEUED')).toBe(true);
    expect(isRunActive('RUNNING')).toBe(true);
    expect(isRunActive('DONE')).toBe(false);
    expect(isRunActive('FAILED')).toBe(false);
    expect(isRunActive(undefined)).toBe(false);
  });
  it('shows progress as a bounded whole percentage', () => {
    expect(percent(0.456)).toBe(46);
    expect(percent(1.2)).toBe(100);
    expect(percent(-1)).toBe(0);
  });
});
