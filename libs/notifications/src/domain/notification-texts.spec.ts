import { savedSearchHitText, textLanguageOf, webhookDisabledText } from './notification-texts';

describe('notification texts', () => {
  it('uses Swedish unless the user prefers English', () => {
    expect(textLanguageOf('en')).toBe('en');
    expect(textLanguageOf('sv')).toBe('sv');
    expect(textLanguageOf('de')).toBe('sv');
  });

  it("falls back to the need's language when the user has no (known) preference", () => {
    expect(textLanguageOf(null, 'en')).toBe('en');
    expect(textLanguageOf('', 'de')).toBe('en');
    expect(textLanguageOf(undefined, 'sv')).toBe('sv');
    expect(textLanguageOf(null, '')).toBe('sv');
    expect(textLanguageOf('sv', 'en')).toBe('sv');
  });

  it('names the saved search, the need and the buyer', () => {
    expect(savedSearchHitText('sv', 'Elbussar', 'Eldrivna bussar', 'Region Skåne')).toEqual({
      title: 'Bevakning "Elbussar": Eldrivna bussar',
      body: 'Region Skåne har publicerat behovet "Eldrivna bussar" som matchar er bevakning "Elbussar".',
    });
    expect(savedSearchHitText('en', 'Buses', 'Electric buses', 'Region Skåne').title).toBe(
      'Saved search "Buses": Electric buses',
    );
  });

  it('explains how to turn a disabled webhook back on', () => {
    expect(webhookDisabledText('en', 5).body).toContain('5 failed deliveries');
    expect(webhookDisabledText('sv', 5).body).toContain('Spara webhook-adressen igen');
  });
});
