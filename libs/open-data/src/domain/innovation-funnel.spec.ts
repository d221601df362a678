import { funnelCsv, parseFunnelQuery } from './innovation-funnel';

describe('innovation funnel (pure parts)', () => {
  it('escapes CSV fields (quotes, commas, line breaks, formulas)', () => {
    const row = { published: 1, withSuggestions: 0, withInterest: 0, connected: 0, inDialogue: 0, procured: 0 };
    const csv = funnelCsv([
      { group: 'a,"b"', ...row },
      { group: 'x\ny', ...row },
      { group: '=1+1', ...row },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'group,published,withSuggestions,withInterest,connected,inDialogue,procured',
      '"a,""b""",1,0,0,0,0,0',
      '"x\ny",1,0,0,0,0,0',
      `"'=1+1",1,0,0,0,0,0`,
      '',
    ]);
  });

  it('validates the parameters, naming the field', () => {
    expect(parseFunnelQuery({ groupBy: 'REGION' })).toEqual({ ok: true, query: { groupBy: 'REGION', from: null, to: null } });
    expect(parseFunnelQuery({ groupBy: ['REGION'] })).toMatchObject({ ok: false, field: 'groupBy' });
    expect(parseFunnelQuery({ groupBy: 'MONTH', from: '2026-13-01' })).toMatchObject({ ok: false, field: 'from' });
    expect(parseFunnelQuery({ groupBy: 'MONTH', from: '1999-12-31' })).toMatchObject({ ok: false, field: 'from' });
    expect(parseFunnelQuery({ groupBy: 'MONTH', from: '2026-02-01', to: '2026-01-01' })).toMatchObject({
      ok: false,
      field: 'to',
    });
  });
});
