import { describe, expect, it } from 'vitest';
import type { NeedForEditQuery } from '../../../gql/graphql';
import { emptyNeedForm, formFromNeed, outcomes, recoverFromConflict, toCreateInput, toUpdateInput } from './need-form-state';

const latest: NonNullable<NeedForEditQuery['need']> = {
  id: 'n1',
  version: 4,
  status: 'DRAFT',
  title: 'Saved by a colleague',
  summary: 'S',
  description: 'D',
  desiredOutcomes: ['Fewer falls'],
  language: 'sv',
  cpvCodes: [{ code: '72000000' }],
  regions: [{ code: 'SE110' }],
  focusAreas: ['HEALTH_AND_CARE'],
  readiness: 'MARKET_READY',
  estimatedValueSekBig: 5_000_000_000,
  dialogueDeadline: '2027-03-01T23:59:59.000Z',
};

describe('outcomes list', () => {
  it('adds, edits and removes rows, keeping one row to type in', () => {
    let list = outcomes.add(['a']);
    expect(list).toEqual(['a', '']);
    list = outcomes.set(list, 1, 'b');
    expect(list).toEqual(['a', 'b']);
    expect(outcomes.remove(list, 0)).toEqual(['b']);
    expect(outcomes.remove(['only'], 0)).toEqual(['']);
  });
});

describe('form to API input', () => {
  it('trims text, drops empty outcomes, reads value and deadline', () => {
    const input = toCreateInput({
      ...emptyNeedForm,
      title: ' T ',
      desiredOutcomes: ['x', ' ', ''],
      estimatedValueSek: '3 000 000 000',
      dialogueDeadline: '2027-01-31',
    });
    expect(input.title).toBe('T');
    expect(input.desiredOutcomes).toEqual(['x']);
    expect(input.estimatedValueSekBig).toBe(3_000_000_000);
    expect(input.dialogueDeadline).toBe('2027-01-31T23:59:59.000Z');
  });
  it('sends an empty value and deadline as unknown, and carries the expected version', () => {
    const input = toUpdateInput(emptyNeedForm, 7);
    expect(input.estimatedValueSekBig).toBeNull();
    expect(input.dialogueDeadline).toBeNull();
    expect(input.expectedVersion).toBe(7);
  });
  it('reads a saved need back into the form', () => {
    const v = formFromNeed(latest);
    expect(v.cpvCodes).toEqual(['72000000']);
    expect(v.regionCodes).toEqual(['SE110']);
    expect(v.estimatedValueSek).toBe('5000000000');
    expect(v.dialogueDeadline).toBe('2027-03-01');
  });
});

describe('conflict recovery', () => {
  it('takes the latest version and keeps the user’s edits aside', () => {
    const mine = { ...emptyNeedForm, title: 'My unsaved title' };
    const r = recoverFromConflict(mine, latest);
    expect(r.version).toBe(4);
    expect(r.values.title).toBe('Saved by a colleague');
    expect(r.stash.title).toBe('My unsaved title');
    expect(toUpdateInput(r.values, r.version).expectedVersion).toBe(4);
  });
});
