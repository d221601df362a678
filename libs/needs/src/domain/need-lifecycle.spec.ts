import {
  assertCanClose,
  assertCanPublish,
  canReimport,
  closedChange,
  contractedState,
  draftState,
  importedState,
  publishedState,
  stageOnPublish,
} from './need-lifecycle';

const at = new Date('2026-03-01T09:00:00Z');

describe('need lifecycle', () => {
  it('starts a need as a draft in need analysis', () => {
    expect(draftState()).toEqual({ status: 'DRAFT', stage: 'NEED_ANALYSIS', publishedAt: null, closedAt: null });
  });

  it('opens market dialogue on publish, unless the buyer already moved the stage further', () => {
    expect(stageOnPublish('NEED_ANALYSIS')).toBe('MARKET_DIALOGUE');
    expect(stageOnPublish('PROCUREMENT')).toBe('PROCUREMENT');
    expect(publishedState(at)).toEqual({ status: 'PUBLISHED', stage: 'MARKET_DIALOGUE', publishedAt: at, closedAt: null });
  });

  it('gives imports the same states as the service: published in dialogue, or a draft', () => {
    expect(importedState(true, at)).toEqual(publishedState(at));
    expect(importedState(false, at)).toEqual(draftState());
  });

  it('records awarded needs as contracted and closed, and closing keeps the stage', () => {
    expect(contractedState(at, at)).toEqual({ status: 'CLOSED', stage: 'CONTRACTED', publishedAt: at, closedAt: at });
    expect(closedChange(at)).toEqual({ status: 'CLOSED', closedAt: at });
  });

  it('lets a re-import touch anything but a closed need', () => {
    expect(canReimport('DRAFT')).toBe(true);
    expect(canReimport('PUBLISHED')).toBe(true);
    expect(canReimport('CLOSED')).toBe(false);
  });

  it('publishes drafts of verified buyers only, and closes published needs only', () => {
    expect(() => assertCanPublish('DRAFT', true)).not.toThrow();
    expect(() => assertCanPublish('DRAFT', false)).toThrow(/verified/);
    expect(() => assertCanPublish('PUBLISHED', true)).toThrow(/Only a draft/);
    expect(() => assertCanClose('DRAFT')).toThrow(/Only a published/);
  });
});
