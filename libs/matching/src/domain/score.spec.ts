import { ReferenceCatalogue } from '@navet/reference';
import { DEFAULT_CRITERIA } from './criteria';
import { MATCH_SIGNALS } from './score-component';
import { NeedFacts, scoreMatch, ScoreInput, SupplierFacts } from './score';

const catalogue = ReferenceCatalogue.fromFiles();

const need: NeedFacts = {
  language: 'sv',
  cpvCodes: ['72212000-4'],
  regionCodes: ['SE110'],
  focusAreas: ['DIGITALISATION', 'HEALTH_AND_CARE'],
  readiness: 'MARKET_READY',
};
const supplier: SupplierFacts = {
  name: 'Exempel AB',
  cpvCodes: ['72210000-0', '48000000-8'],
  regionCodes: ['SE11'],
  focusAreas: ['DIGITALISATION'],
  readiness: 'MARKET_READY',
};
const input = (patch: Partial<ScoreInput> = {}): ScoreInput => ({
  need,
  supplier,
  textScore: 0.5,
  feedback: { positive: 2, negative: 1 },
  criteria: DEFAULT_CRITERIA,
  catalogue,
  ...patch,
});

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

describe('scoreMatch', () => {
  it('gives one component per signal in contract order with hand-computed values', () => {
    const out = scoreMatch(input());
    expect(out.components.map((c) => c.signal)).toEqual([...MATCH_SIGNALS]);
    expect(out.components.map((c) => [c.weight, c.value, c.contribution])).toEqual([
      [0.35, 0.5, 0.175],
      [0.2, 0.6, 0.12],
      [0.25, 1, 0.25],
      [0.08, 0.5, 0.04],
      [0.05, 1, 0.05],
      [0.07, 0.6, 0.042],
    ]);
    expect(out.score).toBe(0.677);
  });

  it('makes the score exactly the sum of the 4-decimal contributions', () => {
    const out = scoreMatch(
      input({
        criteria: { weights: { text: 1, cpv: 1, region: 1, focusArea: 1, readiness: 1, feedback: 1 } },
        textScore: 0.3333333,
      }),
    );
    const contributions = out.components.map((c) => c.contribution);
    for (const c of contributions) expect(Math.round(c * 10_000)).toBeCloseTo(c * 10_000, 9);
    expect(out.score).toBeCloseTo(sum(contributions), 12);
    expect(sum(out.components.map((c) => c.weight))).toBeCloseTo(1, 12);
    for (const c of out.components) expect(Math.abs(c.contribution - c.weight * c.value)).toBeLessThanOrEqual(0.00005 + 1e-12);
  });

  it('stays within [0,1]: a perfect match scores exactly 1, a hopeless one low', () => {
    const perfect = scoreMatch(
      input({
        supplier: {
          ...supplier,
          cpvCodes: ['72212000-4'],
          regionCodes: ['SE110'],
          focusAreas: ['DIGITALISATION', 'HEALTH_AND_CARE'],
        },
        textScore: 1,
        feedback: { positive: 1_000_000, negative: 0 },
        criteria: { weights: { text: 1, cpv: 1, region: 1, focusArea: 1, readiness: 1, feedback: 0 } },
      }),
    );
    expect(perfect.score).toBe(1);
    const hopeless = scoreMatch(
      input({
        supplier: { cpvCodes: ['45000000-7'], regionCodes: ['DK011'], focusAreas: ['FOOD'], readiness: 'NEEDS_DEVELOPMENT' },
        textScore: null,
        feedback: { positive: 0, negative: 0 },
      }),
    );
    // only the neutral feedback prior (0.07 * 0.5) remains
    expect(hopeless.score).toBe(0.035);
    expect(hopeless.components.filter((c) => c.contribution > 0).map((c) => c.signal)).toEqual(['FEEDBACK']);
    expect(hopeless.explanation).toBe('Möjlig matchning utan tydliga gemensamma nämnare i kod, region eller text.');
  });

  it('explains in the need language with the strongest reasons', () => {
    const sv = scoreMatch(input());
    expect(sv.explanation).toBe(
      'God matchning: verksam i Stockholms län, beskrivning som liknar behovet och samma CPV-klass 7221 (Programmering av programpaket).',
    );
    const en = scoreMatch(input({ need: { ...need, language: 'en' } }));
    expect(en.explanation).toBe(
      'Good match: active in Stockholms län, a description similar to the need and the same CPV class 7221 (Programming services of packaged software products).',
    );
    expect(en.components[1].detail).toBe(
      'CPV 72212000 shares class 7221 (Programming services of packaged software products) with 72210000',
    );
  });

  it('drops a zero-weight signal from the explanation and gives it zero contribution', () => {
    const out = scoreMatch(input({ criteria: { weights: { ...DEFAULT_CRITERIA.weights, cpv: 0 } } }));
    const cpv = out.components.find((c) => c.signal === 'CPV');
    expect(cpv).toMatchObject({ weight: 0, value: 0.6, contribution: 0 });
    expect(out.explanation).not.toContain('CPV');
  });

  it('scores a supplier found only by CPV with a zero text component', () => {
    const out = scoreMatch(input({ textScore: null }));
    expect(out.components[0]).toMatchObject({
      signal: 'TEXT',
      value: 0,
      contribution: 0,
      detail: 'Hittad enbart via CPV-koder (ingen textträff)',
    });
    expect(out.score).toBeCloseTo(0.677 - 0.175, 12);
  });
});

describe('scoreMatch without words (explain: false), as ranking uses it', () => {
  const suppliers: SupplierFacts[] = [
    supplier,
    { cpvCodes: ['72212000-4'], regionCodes: ['SE110'], focusAreas: [], readiness: null },
    { cpvCodes: ['34144900-7'], regionCodes: ['SE232'], focusAreas: ['HEALTH_AND_CARE'], readiness: 'NEEDS_DEVELOPMENT' },
    { cpvCodes: [], regionCodes: [], focusAreas: [], readiness: null },
    {
      cpvCodes: ['72000000-5'],
      regionCodes: ['SE', 'NO011'],
      focusAreas: ['DIGITALISATION', 'HEALTH_AND_CARE'],
      readiness: 'NEEDS_ADAPTATION',
    },
  ];
  const needs: NeedFacts[] = [need, { ...need, language: 'en', regionCodes: [], focusAreas: [] }, { ...need, cpvCodes: [] }];

  it('gives exactly the scores and component values of the explained score, with no details or explanation', () => {
    for (const n of needs)
      for (const s of suppliers)
        for (const textScore of [null, 0.05, 0.4, 1]) {
          const full = scoreMatch(input({ need: n, supplier: s, textScore }));
          const bare = scoreMatch(input({ need: n, supplier: s, textScore, explain: false }));
          expect(bare.score).toBe(full.score);
          expect(bare.components.map(({ detail: _d, ...c }) => c)).toEqual(full.components.map(({ detail: _d, ...c }) => c));
          expect(bare.explanation).toBe('');
          expect(full.explanation).not.toBe('');
        }
  });

  it('normalizes each weights object once and follows a new one', () => {
    const weights = { text: 1, cpv: 0, region: 0, focusArea: 0, readiness: 0, feedback: 0 };
    expect(scoreMatch(input({ criteria: { weights } })).score).toBe(0.5);
    expect(scoreMatch(input({ criteria: { weights: { ...weights, text: 0, region: 1 } } })).score).toBe(1);
  });
});
