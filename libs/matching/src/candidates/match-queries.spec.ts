import { cpvLevels } from './match-queries';

describe('cpvLevels', () => {
  it('gives category, class and group prefixes, deepest first', () => {
    expect(cpvLevels(['72212100-0', '33141000-0'])).toEqual([
      ['72212', '33141'],
      ['7221', '3314'],
      ['722', '331'],
    ]);
  });

  it('keeps a shallow code at its own depth and leaves out bare divisions', () => {
    expect(cpvLevels(['72200000-7', '45000000-7'])).toEqual([['722'], ['722'], ['722']]);
    expect(cpvLevels(['45000000-7'])).toEqual([[], [], []]);
  });
});
