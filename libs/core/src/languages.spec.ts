import { DomainError } from './domain-error';
import { isLanguageCode, requireLanguage } from './languages';

describe('ISO 639-1 languages', () => {
  it('accepts codes from the list, lower-cased', () => {
    expect(requireLanguage('language', ' SV ')).toBe('sv');
    expect(['en', 'fi', 'se', 'ar', 'fa', 'zu'].every(isLanguageCode)).toBe(true);
  });

  it('refuses two letters that are not a language, naming the field', () => {
    for (const code of ['zz', 'xx', 'qq', 'e', 'eng', 'sv-SE']) {
      expect(() => requireLanguage('language', code)).toThrow(DomainError);
    }
    try {
      requireLanguage('languages', 'zz');
    } catch (e) {
      expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'languages' });
    }
  });
});
