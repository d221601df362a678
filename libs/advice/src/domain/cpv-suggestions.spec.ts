import { ReferenceCatalogue } from '@navet/reference';
import { loadAdviceTerms, stopwordSet } from '../advice-data';
import { CpvLabelIndex } from './cpv-label-index';
import { cpvFindings, DEFAULT_CPV_PARAMS, DraftText, draftTerms, suggestCpvCodes } from './cpv-suggestions';

const catalogue = ReferenceCatalogue.fromFiles();
const stopwords = stopwordSet(loadAdviceTerms());
const index = new CpvLabelIndex(catalogue.allCpv(), stopwords);
const lookup = (c: string) => catalogue.cpv(c);

const ev: DraftText = {
  title: 'Laddning av elfordon för hemtjänsten',
  summary: 'Hemtjänstens bilar behöver laddas där personalen arbetar.',
  description: 'Vi har 120 elbilar i hemtjänsten och saknar laddinfrastruktur vid brukarnas bostäder och på våra baser.',
  desiredOutcomes: ['Inga uteblivna besök på grund av laddning'],
};
const meals: DraftText = {
  title: 'School meals',
  summary: 'Healthier school meals with less food waste.',
  description: 'Our schools serve lunch to 4,000 pupils; we want meals pupils eat, with fruit and vegetables.',
  desiredOutcomes: [],
};

const suggest = (d: DraftText, neighbours: { cpvCodes: string[] }[] = [], language: 'sv' | 'en' = 'sv') =>
  suggestCpvCodes(index, lookup, draftTerms(d, stopwords), neighbours, language, DEFAULT_CPV_PARAMS, 5);

describe('suggestCpvCodes', () => {
  it('finds codes from Swedish and English text through the labels of both languages, with a reason', () => {
    const sv = suggest(ev);
    expect(sv.map((s) => s.code)).toContain('34144900-7'); // Elfordon
    expect(sv.find((s) => s.code === '34144900-7')!.reason).toMatch(/^Benämningen matchar .*”elfordon”/);
    const en = suggest(meals, [], 'en');
    expect(en.map((s) => s.code)).toContain('55523100-3'); // School-meal services
    expect(en[0]!.reason).toMatch(/^Its label matches/);
    for (const s of [...sv, ...en]) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });

  it('lets the closest needs and profiles vote, and says so', () => {
    const neighbours = Array.from({ length: 6 }, () => ({ cpvCodes: ['31158100-9'] })); // battery chargers
    const s = suggest(ev, neighbours).find((x) => x.code === '31158100-9');
    expect(s).toBeDefined();
    expect(s!.reason).toBe('Används av 6 av de 6 närmaste behoven och leverantörsprofilerna.');
  });

  it('flags a division when a finer code fits, and a code that fits nothing in the text', () => {
    const t = draftTerms(ev, stopwords);
    const suggestions = suggest(ev);
    const words = (c: string) => index.sharedWords(t.terms, c);
    const coarse = cpvFindings(['34000000-7'], suggestions, lookup, words, t.terms.length, 'sv');
    expect(coarse).toEqual([expect.objectContaining({ code: 'CPV_TOO_COARSE', field: 'cpvCodes', severity: 'WARNING' })]);
    expect(coarse[0]!.message).toMatch(/34000000-7 .* är en bred kod; 34\d+-\d .* passar texten bättre/);
    const mismatch = cpvFindings(['03111000-2'], suggestions, lookup, words, t.terms.length, 'en'); // Seeds
    expect(mismatch).toEqual([expect.objectContaining({ code: 'CPV_MISMATCH', field: 'cpvCodes' })]);
    expect(mismatch[0]!.message).toMatch(/^03111000-2 \(Seeds\) does not seem to fit the text/);
    expect(cpvFindings(['34144900-7'], suggestions, lookup, words, t.terms.length, 'sv')).toEqual([]);
  });
});
