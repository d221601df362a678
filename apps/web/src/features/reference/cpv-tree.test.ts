import { describe, expect, it } from 'vitest';
import { cpvAncestors, cpvPrefix } from './cpv-tree';

describe('CPV tree positions', () => {
  it('gives a code the prefix its descendants share', () => {
    expect(cpvPrefix('72000000-5', 1)).toBe('72');
    expect(cpvPrefix('72212000-4', 4)).toBe('72212');
  });
  it('lists the ancestors from the division down, not the code itself', () => {
    expect(cpvAncestors('72212000-4', 4)).toEqual(['72000000', '72200000', '72210000']);
    expect(cpvAncestors('72000000-5', 1)).toEqual([]);
  });
});
