import { DomainError } from './domain-error';
import { optionalText, requireEmail, requireText, textList } from './text';
import { cleanText, visibleLength } from './text-hygiene';

const fieldOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError && e.code === 'BAD_USER_INPUT') return e.field;
    throw e;
  }
  return undefined;
};

describe('text hygiene', () => {
  it('refuses a title made only of zero-width and format characters as required, naming the field', () => {
    expect(fieldOf(() => requireText('title', '\u200B\u200B\u200B\u200B', 3, 200))).toBe('title');
    expect(fieldOf(() => requireText('title', '\u200D\u200C\u2060\uFEFF\u00AD', 1, 200))).toBe('title');
    expect(fieldOf(() => requireText('title', '\u3164\u3164\u3164', 3, 200))).toBe('title');
    expect(() => requireText('title', ' \u200B \u200B ', 1, 200)).toThrow('title is required');
  });

  it('counts visible characters for the minimum, so padding with zero-width joiners does not reach it', () => {
    expect(fieldOf(() => requireText('title', 'a\u200D\u200Db', 3, 200))).toBe('title');
    expect(requireText('title', 'abc', 3, 200)).toBe('abc');
  });

  it('refuses bidirectional override and isolate characters anywhere', () => {
    for (const ch of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(fieldOf(() => requireText('description', `Behov av ${ch}sensorer`, 1, 200))).toBe('description');
    }
    expect(() => requireText('title', 'Faktura \u202Efdp.exe', 1, 200)).toThrow(/bidirectional/);
  });

  it('keeps plain direction marks, joiners and soft hyphens, which real text uses', () => {
    expect(requireText('title', 'שלום\u200F abc', 1, 200)).toBe('שלום\u200F abc');
    expect(requireText('title', 'می\u200Cخواهم', 1, 200)).toBe('می\u200Cخواهم');
    expect(requireText('title', '👩\u200D💻 utvecklare', 1, 200)).toBe('👩\u200D💻 utvecklare');
    expect(requireText('title', 'Upp\u00ADhandling', 1, 200)).toBe('Upp\u00ADhandling');
  });

  it('strips zero-width spaces, word joiners and byte-order marks', () => {
    expect(requireText('title', '\uFEFFTrygg\u200Bhet\u2060 i hemmet', 1, 200)).toBe('Trygghet i hemmet');
  });

  it('refuses C0 and C1 control characters; multi-line text keeps tabs and line breaks, CR LF becomes LF', () => {
    expect(fieldOf(() => requireText('description', 'a\u0000b', 1, 200))).toBe('description');
    expect(fieldOf(() => requireText('description', 'a\u001Bb', 1, 200))).toBe('description');
    expect(fieldOf(() => requireText('description', 'a\u0085b', 1, 200))).toBe('description');
    expect(fieldOf(() => requireText('description', 'a\u007Fb', 1, 200))).toBe('description');
    expect(requireText('description', 'Rad ett\r\n\tRad två\rRad tre', 1, 200)).toBe('Rad ett\n\tRad två\nRad tre');
  });

  it('single-line fields refuse line breaks and turn tabs into spaces', () => {
    expect(fieldOf(() => requireText('title', 'Rad ett\nRad två', 1, 200, { singleLine: true }))).toBe('title');
    expect(fieldOf(() => requireText('title', 'Rad ett\u2028Rad två', 1, 200, { singleLine: true }))).toBe('title');
    expect(requireText('title', 'Ett\tTvå\n', 1, 200, { singleLine: true })).toBe('Ett Två');
    expect(fieldOf(() => textList('offerings', ['ok', 'två\nrader'], 5, 100))).toBe('offerings');
  });

  it('refuses lone surrogates (not Unicode text; PostgreSQL cannot store them)', () => {
    expect(fieldOf(() => requireText('title', 'abc\uD800def', 1, 200))).toBe('title');
    expect(requireText('title', 'Emoji 😀 ok', 1, 200)).toBe('Emoji 😀 ok');
  });

  it('normalises to NFC, so one visible text has one stored form', () => {
    expect(requireText('title', 'Go\u0308teborg', 1, 200)).toBe('Göteborg');
  });

  it('optional text without anything visible is null; list entries without anything visible are refused', () => {
    expect(optionalText('note', '\u200B \u200B', 100)).toBeNull();
    expect(fieldOf(() => optionalText('note', 'x\u202Ey', 100))).toBe('note');
    expect(fieldOf(() => textList('desiredOutcomes', ['Bra', '\u200B'], 5, 100))).toBe('desiredOutcomes');
  });

  it('e-mail addresses may not hide invisible or control characters', () => {
    expect(fieldOf(() => requireEmail('email', 'an\u200Bna@example.se'))).toBe('email');
    expect(fieldOf(() => requireEmail('email', 'anna@exa\u202Emple.se'))).toBe('email');
    expect(requireEmail('email', ' Anna@Example.se ')).toBe('anna@example.se');
  });

  it('cleanText reports the problem without throwing; visibleLength counts code points', () => {
    expect(cleanText('a\u202Eb')).toEqual({ ok: false, problem: 'bidi' });
    expect(visibleLength('😀 a\u200B')).toBe(2);
  });
});
