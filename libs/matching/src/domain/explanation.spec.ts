import { buildExplanation, ExplanationReason, STRENGTH_BANDS, strengthLabel } from './explanation';

const reasons: ExplanationReason[] = [
  { signal: 'TEXT', contribution: 0.05, reason: 'beskrivning som liknar behovet' },
  { signal: 'CPV', contribution: 0.18, reason: 'samma CPV-klass 7221 (Programmering av programpaket)' },
  { signal: 'REGION', contribution: 0.15, reason: 'verksam i Stockholms län' },
  { signal: 'FOCUS_AREA', contribution: 0, reason: 'inriktning på energi' },
  { signal: 'READINESS', contribution: 0.025, reason: null },
  { signal: 'FEEDBACK', contribution: 0.07, reason: 'tidigare positiv återkoppling' },
];

describe('buildExplanation', () => {
  it('names the three strongest reasons, strongest first, in Swedish', () => {
    expect(buildExplanation(0.8, reasons, 'sv')).toBe(
      'Stark matchning: samma CPV-klass 7221 (Programmering av programpaket), verksam i Stockholms län och tidigare positiv återkoppling.',
    );
  });

  it('defaults to Swedish and grades the strength by score', () => {
    expect(buildExplanation(0.55, reasons.slice(0, 1))).toBe('God matchning: beskrivning som liknar behovet.');
    expect(buildExplanation(0.4, reasons.slice(0, 1), 'sv')).toBe('Möjlig matchning: beskrivning som liknar behovet.');
  });

  it('draws the bands at the thresholds calibrated on the eval (docs/benchmarks.md)', () => {
    expect(STRENGTH_BANDS).toEqual({ strong: 0.75, good: 0.5 });
    expect(strengthLabel(0.75, 'en')).toBe('Strong match');
    expect(strengthLabel(0.7499, 'en')).toBe('Good match');
    expect(strengthLabel(0.5, 'en')).toBe('Good match');
    expect(strengthLabel(0.4999, 'en')).toBe('Possible match');
  });

  it('uses English for English and any other non-Swedish language', () => {
    const en: ExplanationReason[] = [
      { signal: 'CPV', contribution: 0.3, reason: 'the same CPV code 72212000' },
      { signal: 'REGION', contribution: 0.15, reason: 'active in Stockholm' },
    ];
    expect(buildExplanation(0.8, en, 'en')).toBe('Strong match: the same CPV code 72212000 and active in Stockholm.');
    expect(buildExplanation(0.8, en, 'de')).toMatch(/^Strong match: /);
  });

  it('never lists a signal that contributed nothing', () => {
    expect(buildExplanation(0.3, reasons)).not.toContain('energi');
    expect(buildExplanation(0.3, [{ signal: 'FOCUS_AREA', contribution: 0, reason: 'inriktning på energi' }])).not.toContain(
      'energi',
    );
  });

  it('is never empty, even without any reason', () => {
    expect(buildExplanation(0.05, [], 'sv')).toBe('Möjlig matchning utan tydliga gemensamma nämnare i kod, region eller text.');
    expect(buildExplanation(0.05, [{ signal: 'READINESS', contribution: 0.02, reason: null }], 'en').length).toBeGreaterThan(0);
  });
});
