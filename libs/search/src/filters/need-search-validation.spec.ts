import { DomainError } from '@navet/core';
import { needSort } from '../queries/need-search-sort';
import { validateNeedSearchFilter, validateNeedSearchSort } from './need-search-validation';
import { needFilter } from './search-filters';

const field = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError && e.code === 'BAD_USER_INPUT') return e.field;
    throw e;
  }
  return 'no error';
};

describe('needFilter: dialogue, value, stage and language', () => {
  const now = new Date(1_000);

  it('openForDialogue compares the deadline with now; no deadline counts as open', () => {
    expect(needFilter({ openForDialogue: true }, now)).toBe('dialogueDeadline IS NULL OR dialogueDeadline > 1000');
    expect(needFilter({ openForDialogue: false }, now)).toBe('dialogueDeadline <= 1000');
    expect(needFilter({ openForDialogue: null }, now)).toBeUndefined();
  });

  it('value bounds are inclusive, alone or as a range', () => {
    expect(needFilter({ minValueSek: 5_000_000_000 }, now)).toBe('estimatedValueSek >= 5000000000');
    expect(needFilter({ maxValueSek: 0 }, now)).toBe('estimatedValueSek <= 0');
    expect(needFilter({ minValueSek: 1, maxValueSek: 2 }, now)).toBe('estimatedValueSek 1 TO 2');
  });

  it('stages and languages OR within, AND with the rest, the OR of openForDialogue parenthesised', () => {
    expect(needFilter({ stages: ['PROCUREMENT'], languages: ['en'], openForDialogue: true }, now)).toBe(
      '(dialogueDeadline IS NULL OR dialogueDeadline > 1000) AND (stage IN ["PROCUREMENT"]) AND (language IN ["en"])',
    );
  });
});

describe('validateNeedSearchFilter', () => {
  it('normalises language codes and drops duplicates', () => {
    expect(validateNeedSearchFilter({ languages: ['SV', 'sv', ' en '], stages: ['PROCUREMENT', 'PROCUREMENT'] })).toMatchObject({
      languages: ['sv', 'en'],
      stages: ['PROCUREMENT'],
    });
  });

  it('names the offending field', () => {
    expect(field(() => validateNeedSearchFilter({ minValueSek: -1 }))).toBe('filter.minValueSek');
    expect(field(() => validateNeedSearchFilter({ maxValueSek: 0.5 }))).toBe('filter.maxValueSek');
    expect(field(() => validateNeedSearchFilter({ minValueSek: 3, maxValueSek: 2 }))).toBe('filter.minValueSek');
    expect(field(() => validateNeedSearchFilter({ languages: ['swedish'] }))).toBe('filter.languages');
    expect(field(() => validateNeedSearchFilter({ stages: ['DREAMING' as never] }))).toBe('filter.stages');
    expect(field(() => validateNeedSearchSort('CHEAPEST'))).toBe('sort');
    expect(validateNeedSearchSort(null)).toBe('RELEVANCE');
  });
});

describe('needSort', () => {
  it('ranks by relevance with words, newest first without, else by the chosen attribute', () => {
    expect(needSort('RELEVANCE', 'laddning')).toBeUndefined();
    expect(needSort('RELEVANCE', '')).toEqual(['publishedAt:desc']);
    expect(needSort('NEWEST', 'laddning')).toEqual(['publishedAt:desc']);
    expect(needSort('DEADLINE_SOONEST', '')).toEqual(['dialogueDeadline:asc']);
    expect(needSort('VALUE_HIGHEST', 'x')).toEqual(['estimatedValueSek:desc']);
  });
});
