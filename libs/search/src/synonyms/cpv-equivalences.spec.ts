import { ReferenceCatalogue } from '@navet/reference';
import { cpvEquivalences, labelEquivalences, wordEquivalences } from './cpv-equivalences';

const repeat = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

describe('labelEquivalences', () => {
  it('keeps short labels whole, normalized, in both directions of meaning', () => {
    expect(
      labelEquivalences([
        { sv: 'Elfordon', en: 'Electric vehicles' },
        { sv: 'Reservdelar', en: 'Spare parts' },
        { sv: 'Sojabönor', en: 'Soya beans' },
      ]),
    ).toEqual([
      { sv: 'elfordon', en: 'electric vehicles' },
      { sv: 'reservdelar', en: 'spare parts' },
      { sv: 'sojabönor', en: 'soya beans' },
    ]);
  });

  it('skips lists, long labels, identical labels, function words and very short words', () => {
    expect(
      labelEquivalences([
        { sv: 'Jordbruks- och trädgårdsprodukter', en: 'Agricultural and horticultural products' },
        { sv: 'Grödor, trädgårdsprodukter', en: 'Crops' },
        { sv: 'Radio (utom bilradio)', en: 'Radio' },
        { sv: 'Tjänster för rengöring av stora offentliga byggnader', en: 'Cleaning services of large public buildings' },
        { sv: 'Rengöring av stora offentliga byggnader med ånga', en: 'Steam cleaning' },
        { sv: 'Ammunition', en: 'Ammunition' },
        { sv: 'Och', en: 'And' },
        { sv: 'Te', en: 'Tea' },
      ]),
    ).toEqual([]);
  });

  it('keeps a pair when one side is short enough to be looked up', () => {
    expect(labelEquivalences([{ sv: 'Äldreomsorg', en: 'Welfare services for the elderly' }])).toEqual([
      { sv: 'äldreomsorg', en: 'welfare services for the elderly' },
    ]);
  });
});

describe('wordEquivalences', () => {
  it('pairs words that are each other’s best partner in enough labels', () => {
    const labels = [
      ...repeat(4, (i) => ({ sv: `Underhåll av sak${i}`, en: `Maintenance of thing${i}` })),
      ...repeat(2, (i) => ({ sv: `Målning av hus${i}`, en: `Painting of house${i}` })),
    ];
    expect(wordEquivalences(labels)).toEqual([{ sv: 'underhåll', en: 'maintenance' }]);
  });

  it('gives a compound the English phrase that fits it as well as one of its words', () => {
    const labels = [
      ...repeat(3, (i) => ({ sv: `Reservdelar till maskin${i}`, en: `Spare parts for machine${i}` })),
      ...repeat(3, (i) => ({ sv: `Delar till verktyg${i}`, en: `Parts for tool${i}` })),
    ];
    expect(wordEquivalences(labels).find((e) => e.sv === 'reservdelar')).toEqual({ sv: 'reservdelar', en: 'spare parts' });
  });

  it('does not glue the next word on when that word belongs to another Swedish word of the label', () => {
    const labels = repeat(3, () => ({ sv: 'Kontaminerad jord', en: 'Contaminated soil' }));
    labels.push(...repeat(3, (i) => ({ sv: `Jord typ${i}`, en: `Soil type${i}` })));
    const byWord = new Map(wordEquivalences(labels).map((e) => [e.sv, e.en]));
    expect(byWord.get('kontaminerad')).toBe('contaminated');
    expect(byWord.get('jord')).toBe('soil');
  });

  it('ignores rare pairs and English words inside Swedish labels', () => {
    const labels = [
      ...repeat(2, (i) => ({ sv: `Potatis ${i}`, en: `Potatoes ${i}` })),
      ...repeat(4, (i) => ({ sv: `Internet tjänst${i}`, en: `Internet service${i}` })),
      ...repeat(4, (i) => ({ sv: `Internet nätverk${i}`, en: `Intranet network${i}` })),
    ];
    expect(wordEquivalences(labels).map((e) => e.sv)).not.toEqual(expect.arrayContaining(['potatis']));
    expect(wordEquivalences(labels).map((e) => e.sv)).not.toContain('internet');
  });
});

describe('the CPV 2008 catalogue', () => {
  const labels = ReferenceCatalogue.fromFiles()
    .allCpv()
    .map((e) => ({ sv: e.labelSv, en: e.labelEn }));
  const pairs = cpvEquivalences(labels);
  const has = (sv: string, en: string) => (pairs.some((p) => p.sv === sv && p.en === en) ? true : `${sv}=${en} missing`);

  it('yields thousands of whole-label pairs and a few hundred word pairs', () => {
    expect(labelEquivalences(labels).length).toBeGreaterThan(5000);
    expect(wordEquivalences(labels).length).toBeGreaterThan(200);
  });

  it('contains the pairs a reader would expect', () => {
    expect(has('elfordon', 'electric vehicles')).toBe(true);
    expect(has('äldreomsorg', 'welfare services for the elderly')).toBe(true);
    expect(has('underhåll', 'maintenance')).toBe(true);
    expect(has('motordelar', 'engine parts')).toBe(true);
    expect(has('potatis', 'potatoes')).toBe(true);
  });

  it('keeps function words out of the word pairs', () => {
    const words = new Set(wordEquivalences(labels).flatMap((p) => [p.sv, ...p.en.split(' ')]));
    for (const w of ['och', 'and', 'för', 'for', 'of', 'får', 'delar']) expect(words.has(w)).toBe(false);
  });
});
