import { textFit, textOverlap, tokenize } from './text-fit';

describe('textFit', () => {
  it('passes the engine score through, clamped to [0,1]', () => {
    expect(textFit(0.82, 'en')).toMatchObject({ value: 0.82, detail: "Text relevance 82% against the need's description" });
    expect(textFit(1.7).value).toBe(1);
    expect(textFit(-0.2).value).toBe(0);
    expect(textFit(0.5, 'sv').detail).toBe('Textrelevans 50 % mot behovets beskrivning');
  });

  it('is 0 with a CPV-only detail when the engine had no text hit', () => {
    expect(textFit(null, 'sv')).toEqual({ value: 0, detail: 'Hittad enbart via CPV-koder (ingen textträff)', reason: null });
    expect(textFit(Number.NaN, 'en').value).toBe(0);
  });

  it('only gives a reason for a meaningful text score', () => {
    expect(textFit(0.1).reason).toBeNull();
    expect(textFit(0.4, 'en').reason).toBe('a description similar to the need');
    expect(textFit(0.9, 'sv').reason).toBe('beskrivning som ligger nära behovet');
  });
});

describe('tokenize', () => {
  it('lower-cases, drops stop words and punctuation, keeps å ä ö and folds other accents', () => {
    expect(tokenize('Vi söker ett IT-system för Äldreomsorg och café!')).toEqual([
      'söker',
      'it',
      'system',
      'äldreomsorg',
      'cafe',
    ]);
    expect(tokenize('The system of the school')).toEqual(['system', 'school']);
  });
});

describe('textOverlap', () => {
  it('is the share of need words found in the supplier text', () => {
    // need words: digital, journal, äldreomsorg, kommun -> 3 of 4 present
    expect(textOverlap('Digital journal för äldreomsorg i kommun', 'Vi levererar digital journal till äldreomsorg')).toBe(0.75);
  });

  it('matches inflected forms sharing a stem of at least five letters', () => {
    expect(textOverlap('programvaran', 'programvara')).toBe(1);
    expect(textOverlap('systems', 'system')).toBe(1);
    // short words must match exactly
    expect(textOverlap('bil', 'bilar')).toBe(0);
  });

  it('keeps å/ä/ö distinct from a/o', () => {
    expect(textOverlap('får', 'far')).toBe(0);
  });

  it('is 0 for empty or stop-word-only texts and 1 for identical content', () => {
    expect(textOverlap('', 'anything')).toBe(0);
    expect(textOverlap('och the', 'och the')).toBe(0);
    expect(textOverlap('Snöröjning av gator', 'snöröjning gator')).toBe(1);
  });
});
