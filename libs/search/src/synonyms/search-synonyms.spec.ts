import { ReferenceCatalogue } from '@navet/reference';
import { catalogueSynonyms, documentEquivalentTerms } from './search-synonyms';

const catalogue = ReferenceCatalogue.fromFiles();

describe('catalogueSynonyms', () => {
  const map = catalogueSynonyms(catalogue);

  it('puts the curated terms first, then the CPV labels', () => {
    expect(map.get('ev')?.slice(0, 2)).toEqual(['elbil', 'elbilar']);
    expect(map.get('elfordon')).toEqual(expect.arrayContaining(['ev', 'electric vehicles']));
    expect(map.get('äldreboende')).toEqual(expect.arrayContaining(['nursing home', 'care home']));
    expect(map.get('underhåll')).toEqual(expect.arrayContaining(['maintenance']));
  });

  it('is built once per catalogue', () => {
    expect(catalogueSynonyms(catalogue)).toBe(map);
  });
});

describe('documentEquivalentTerms', () => {
  it('gives a Swedish elder-care text its English words and an English charging text its Swedish ones', () => {
    expect(documentEquivalentTerms(catalogue, ['Digital tillsyn av äldreboenden'])).toEqual(
      expect.arrayContaining(['nursing homes', 'monitoring']),
    );
    expect(documentEquivalentTerms(catalogue, ['Charging stations for electric vehicles'])).toEqual(
      expect.arrayContaining(['laddstationer', 'elbilar', 'ev']),
    );
  });
});
