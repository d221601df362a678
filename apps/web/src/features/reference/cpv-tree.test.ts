import { describe, expect, it } from 'vitest';
import { cpvAncestors, cpvPrefix, cpvPrefixOf } from './cpv-tree';

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

describe('a chosen code as a search prefix', () => {
  it('drops the check digit and the zeros that pad it', () => {
    expect(cpvPrefixOf('72200000-7')).toBe('722');
    expect(cpvPrefixOf('03000000-1')).toBe('03');
    expect(cpvPrefixOf('72212131')).toBe('72212131');
  });
});
