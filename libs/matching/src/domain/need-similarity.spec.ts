import { ReferenceCatalogue } from '@navet/reference';
import { DEFAULT_CRITERIA } from './criteria';
import { DEFAULT_SIMILAR_NEED_MIN_SCORE, needTextSimilarity, scoreNeedPair, SimilarNeedFacts } from './need-similarity';

const catalogue = ReferenceCatalogue.fromFiles();
const weights = DEFAULT_CRITERIA.weights;

const svCharging: SimilarNeedFacts = {
  language: 'sv',
  title: 'Laddning av elfordon för hemtjänsten',
  summary: 'Hemtjänstens bilar behöver laddas där personalen arbetar.',
  description: 'Vi har 120 elbilar i hemtjänsten och saknar laddning vid brukarnas bostäder och på våra baser.',
  desiredOutcomes: ['Inga uteblivna besök på grund av laddning'],
  cpvCodes: ['34144900-7'],
  regionCodes: ['SE110'],
  focusAreas: ['TRANSPORT', 'HEALTH_AND_CARE'],
};
const svChargingNorth: SimilarNeedFacts = {
  ...svCharging,
  title: 'Laddinfrastruktur för kommunens hemtjänstbilar',
  summary: 'Elbilarna i hemtjänsten behöver laddning vid baserna.',
  description: 'Kommunen byter till elbilar i hemtjänsten och behöver laddning som fungerar i kyla.',
  regionCodes: ['SE332'],
};
const enCharging: SimilarNeedFacts = {
  language: 'en',
  title: 'Charging electric vehicles for home care services',
  summary: 'Our home care cars must be charged where staff work.',
  description: 'The city runs electric cars in home care and lacks charging points at the depots.',
  desiredOutcomes: ['No missed visits because of charging'],
  cpvCodes: ['34144900-7'],
  regionCodes: ['FI1B1'],
  focusAreas: ['TRANSPORT', 'HEALTH_AND_CARE'],
};
const svSchoolFood: SimilarNeedFacts = {
  language: 'sv',
  title: 'Minskat matsvinn i skolmåltider',
  summary: 'Skolorna kastar för mycket mat.',
  description: 'Vi vill mäta och minska matsvinnet i kommunens skolkök.',
  desiredOutcomes: ['Halverat matsvinn'],
  cpvCodes: ['55524000-9'],
  regionCodes: ['SE110'],
  focusAreas: ['FOOD', 'EDUCATION'],
};

describe('scoreNeedPair', () => {
  it('lists TEXT, CPV, REGION and FOCUS_AREA; region has weight 0 and the contributions add up to the score', () => {
    const s = scoreNeedPair(svCharging, svChargingNorth, weights, catalogue);
    expect(s.components.map((c) => c.signal)).toEqual(['TEXT', 'CPV', 'REGION', 'FOCUS_AREA']);
    expect(s.components.find((c) => c.signal === 'REGION')!.weight).toBe(0);
    expect(s.components.reduce((a, c) => a + c.weight, 0)).toBeCloseTo(1, 4);
    expect(s.components.reduce((a, c) => a + c.contribution, 0)).toBeCloseTo(s.score, 4);
    expect(s.score).toBeGreaterThan(0);
    expect(s.score).toBeLessThanOrEqual(1);
  });

  it('ranks a Swedish and an English need with the same CPV codes high, above an unrelated Swedish need', () => {
    const crossLanguage = scoreNeedPair(svCharging, enCharging, weights, catalogue);
    const unrelated = scoreNeedPair(svCharging, svSchoolFood, weights, catalogue);
    expect(crossLanguage.components.find((c) => c.signal === 'CPV')!.value).toBe(1);
    expect(crossLanguage.score).toBeGreaterThanOrEqual(DEFAULT_SIMILAR_NEED_MIN_SCORE);
    expect(unrelated.score).toBeLessThan(DEFAULT_SIMILAR_NEED_MIN_SCORE);
    expect(crossLanguage.score).toBeGreaterThan(unrelated.score);
  });

  it('does not let different regions lower the score (Stockholm and Finland, Stockholm and Jämtland)', () => {
    const far = scoreNeedPair(svCharging, svChargingNorth, weights, catalogue);
    const near = scoreNeedPair(svCharging, { ...svChargingNorth, regionCodes: ['SE110'] }, weights, catalogue);
    expect(far.score).toBe(near.score);
    expect(
      scoreNeedPair(svCharging, enCharging, weights, catalogue).components.find((c) => c.signal === 'REGION')!.detail,
    ).toMatch(/Olika regioner/);
    expect(far.score).toBeGreaterThanOrEqual(DEFAULT_SIMILAR_NEED_MIN_SCORE);
  });

  it("writes details in the scored need's language", () => {
    const sv = scoreNeedPair(svCharging, enCharging, weights, catalogue);
    const en = scoreNeedPair(enCharging, svCharging, weights, catalogue);
    expect(sv.components.find((c) => c.signal === 'CPV')!.detail).toMatch(/^Båda behoven har CPV 34144900/);
    expect(en.components.find((c) => c.signal === 'CPV')!.detail).toMatch(/^Both needs have CPV 34144900/);
    expect(en.components.find((c) => c.signal === 'FOCUS_AREA')!.detail).toBe(
      'Shared focus areas: transport and health and care',
    );
  });

  it('gives a shared CPV class partial credit and no shared area none', () => {
    const sameClass = scoreNeedPair(svCharging, { ...svSchoolFood, cpvCodes: ['34144000-8'] }, weights, catalogue);
    expect(sameClass.components.find((c) => c.signal === 'CPV')!.value).toBeGreaterThan(0);
    expect(sameClass.components.find((c) => c.signal === 'CPV')!.value).toBeLessThan(1);
    expect(scoreNeedPair(svCharging, svSchoolFood, weights, catalogue).components.find((c) => c.signal === 'CPV')!.value).toBe(0);
  });

  it('is symmetric in its text signal and uses only the text, CPV and focus weights (falls back when all three are 0)', () => {
    expect(needTextSimilarity(svCharging, svChargingNorth)).toBeCloseTo(needTextSimilarity(svChargingNorth, svCharging), 10);
    const cpvOnly = scoreNeedPair(svCharging, enCharging, { text: 0, cpv: 1, focusArea: 0 }, catalogue);
    expect(cpvOnly.score).toBe(1);
    const fallback = scoreNeedPair(svCharging, enCharging, { text: 0, cpv: 0, focusArea: 0 }, catalogue);
    expect(fallback.components.reduce((a, c) => a + c.weight, 0)).toBeCloseTo(1, 4);
  });
});
