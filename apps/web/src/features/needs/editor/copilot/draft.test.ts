import { describe, expect, it } from 'vitest';
import { emptyNeedForm } from '../need-form-state';
import { addCode, findingsByField, otherFindings, toDraft, type Finding } from './draft';

describe('toDraft', () => {
  it('asks nothing while the title is empty or blank', () => {
    expect(toDraft(emptyNeedForm)).toBeNull();
    expect(toDraft({ ...emptyNeedForm, title: '   ', description: 'Text' })).toBeNull();
  });

  it('sends the form trimmed, without empty outcome rows, the deadline as the end of that day', () => {
    const draft = toDraft({
      ...emptyNeedForm,
      title: ' Färre fallolyckor ',
      description: ' Äldre faller hemma. ',
      desiredOutcomes: ['Färre fall', '  '],
      cpvCodes: ['85000000'],
      regionCodes: ['SE110'],
      focusAreas: ['HEALTH_AND_CARE'],
      dialogueDeadline: '2027-01-31',
    });
    expect(draft).toEqual({
      title: 'Färre fallolyckor',
      summary: '',
      description: 'Äldre faller hemma.',
      desiredOutcomes: ['Färre fall'],
      language: 'sv',
      cpvCodes: ['85000000'],
      regionCodes: ['SE110'],
      focusAreas: ['HEALTH_AND_CARE'],
      dialogueDeadline: '2027-01-31T23:59:59.000Z',
    });
  });
});

describe('findingsByField', () => {
  const f = (code: string, field: string): Finding => ({ code, field, message: code, severity: 'WARNING' });

  it('groups findings under the field they name, keeping their order', () => {
    const by = findingsByField([f('BRAND_NAME', 'title'), f('TOO_SHORT', 'description'), f('SOLUTION_BIASED', 'title')]);
    expect(by.title?.map((x) => x.code)).toEqual(['BRAND_NAME', 'SOLUTION_BIASED']);
    expect(by.description?.map((x) => x.code)).toEqual(['TOO_SHORT']);
  });

  it('reads a path like input.cpvCodes as its last segment', () => {
    expect(Object.keys(findingsByField([f('CPV_TOO_COARSE', 'input.cpvCodes')]))).toEqual(['cpvCodes']);
  });
});

describe('otherFindings', () => {
  it('keeps only findings on fields the form has no place for', () => {
    const f = (field: string): Finding => ({ code: 'X', field, message: field, severity: 'INFO' });
    expect(otherFindings([f('title'), f('input.cpvCodes'), f('language')]).map((x) => x.field)).toEqual(['language']);
  });
});

describe('addCode', () => {
  it('adds a code once', () => {
    expect(addCode(['1'], '2')).toEqual(['1', '2']);
    expect(addCode(['1', '2'], '2')).toEqual(['1', '2']);
  });
});
