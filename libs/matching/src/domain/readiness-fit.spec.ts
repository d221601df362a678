import { readinessFit } from './readiness-fit';

describe('readinessFit', () => {
  it.each([
    ['MARKET_READY', 'MARKET_READY', 1],
    ['NEEDS_ADAPTATION', 'NEEDS_ADAPTATION', 1],
    ['MARKET_READY', 'NEEDS_ADAPTATION', 0.5],
    ['NEEDS_DEVELOPMENT', 'NEEDS_ADAPTATION', 0.5],
    ['MARKET_READY', 'NEEDS_DEVELOPMENT', 0],
    ['NEEDS_DEVELOPMENT', 'MARKET_READY', 0],
  ] as const)('need %s vs supplier %s = %p', (need, supplier, value) => {
    expect(readinessFit(need, supplier).value).toBe(value);
  });

  it('explains equal readiness as a reason and a mismatch without one', () => {
    expect(readinessFit('MARKET_READY', 'MARKET_READY', 'sv')).toEqual({
      value: 1,
      detail: 'Samma mognadsgrad: färdig lösning',
      reason: 'rätt mognadsgrad (färdig lösning)',
    });
    const miss = readinessFit('MARKET_READY', 'NEEDS_DEVELOPMENT', 'en');
    expect(miss.detail).toBe('The need asks for a market-ready solution, the supplier offers a solution needing development');
    expect(miss.reason).toBeNull();
  });

  it('is neutral when either side is unknown', () => {
    expect(readinessFit(null, 'MARKET_READY', 'en')).toEqual({ value: 0.5, detail: 'Readiness unknown (neutral)', reason: null });
  });
});
